
    // Do not modify this file by hand!
    // Re-generate this file by running npm run i18n:build (lit-localize, then scripts/i18n-split.js):
    // the English of the `cli.` strings, split out of en.ts

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'cli.error': `error`,
'cli.errors': str`${0} errors`,
'cli.help': `Usage: lamtheo validate FILE... [--lang vi|en] [--json]

FILE is a file name or a pattern of file names (data/*.json).
Checks lamtheo data files (JSON, "version": 1) and points at each problem by line and column.
  --lang en   messages in English
  --json      print the results as JSON (for programs)
Exit code: 0 valid (warnings allowed), 1 errors, 2 a file cannot be read.
Example: npx lamtheo validate data/*.json`,
'cli.no-files': str`no file matches "${0}"`,
'cli.one-error': str`${0} error`,
'cli.one-warning': str`${0} warning`,
'cli.summary': str`Checked ${0} file(s): no errors, ${1} warning(s).`,
'cli.summary-errors': str`Checked ${0} file(s): ${1} with errors, ${2} warning(s).`,
'cli.unreadable': `cannot be read`,
'cli.valid': `valid`,
'cli.warning': `warning`,
'cli.warnings': str`${0} warnings`,
    };
  