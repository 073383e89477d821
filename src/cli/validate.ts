/**
 * `npx lamtheo validate <file|pattern...>`: checks dataset files with the same schema
 * and messages as the widgets, with the place of each problem (file:line:column and
 * JSON path). Exit code 0 when every file is valid (warnings allowed), 1 when a file
 * has errors, 2 when a file cannot be read or nothing matches. Node only; uses
 * src/schema and src/data, never the DOM. Bundled to dist/cli.js by scripts/build-cli.js.
 */
import { resolve } from 'node:path';
import { makeIssue, type Issue, type Lang } from '../data/words/issues.js';
import { checkDataset } from '../data/check/check.js';
import { expandPattern, isPattern } from './glob.js';
import { MAX_FILE_BYTES, readTextFile } from './read-file.js';
import { formatFileReport, type FileReport } from './report.js';
import { help, inLanguage, noFiles, summary } from './words.js';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  color: boolean;
}

interface Args {
  command?: string;
  files: string[];
  lang: Lang;
  json: boolean;
  help: boolean;
  problem?: string;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { files: [], lang: 'vi', json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a.includes('=') ? a.slice(7) : argv[++i];
      if (value === 'vi' || value === 'en') args.lang = value;
      else args.problem = `--lang ${value ?? ''}`.trim();
    } else if (a.startsWith('-')) args.problem = a;
    else if (args.command === undefined) args.command = a;
    else args.files.push(a);
  }
  return args;
}

async function checkFile(file: string, cwd: string, lang: Lang): Promise<FileReport> {
  const read = readTextFile(resolve(cwd, file));
  if (!read.ok) {
    const issue: Issue =
      read.reason === 'too-large'
        ? makeIssue('too-large', [], { size: read.size, limit: MAX_FILE_BYTES, unit: 'bytes' }, lang)
        : makeIssue('unreadable', [], { reason: read.reason, detail: read.detail }, lang);
    return read.reason === 'too-large'
      ? { file, readable: true, errors: [issue], warnings: [] }
      : { file, readable: false, errors: [issue], warnings: [] };
  }
  const result = await checkDataset(read.text, { lang });
  const problems = result.ok ? result.warnings : result.problems;
  return {
    file,
    readable: true,
    errors: problems.filter((issue) => issue.severity === 'error'),
    warnings: problems.filter((issue) => issue.severity === 'warning'),
  };
}

/** Runs the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const out = io.out ?? ((line: string) => console.log(line));
  const err = io.err ?? ((line: string) => console.error(line));
  const cwd = io.cwd ?? process.cwd();
  const color = io.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
  const args = parseArgs(argv);
  const lang = args.lang;

  if (args.help || args.command === undefined || args.command === 'help') {
    (args.help || args.command === 'help' ? out : err)(inLanguage(lang, help));
    return args.help || args.command === 'help' ? 0 : 2;
  }
  if (args.command !== 'validate' || args.problem || args.files.length === 0) {
    err(`lamtheo: ${args.problem ?? args.command}\n\n${inLanguage(lang, help)}`);
    return 2;
  }

  const reports: FileReport[] = [];
  let nothingMatched = false;
  for (const pattern of args.files) {
    const files = isPattern(pattern) ? expandPattern(pattern, cwd) : [pattern];
    if (files.length === 0) {
      err(`lamtheo: ${inLanguage(lang, () => noFiles(pattern))}`);
      nothingMatched = true;
    }
    for (const file of files) reports.push(await checkFile(file, cwd, lang));
  }

  if (args.json) out(JSON.stringify(reports, null, 2));
  else {
    for (const report of reports) out(formatFileReport(report, lang, color));
    const bad = reports.filter((r) => r.errors.length > 0).length;
    const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
    if (reports.length > 1) out(inLanguage(lang, () => summary(reports.length, bad, warnings)));
  }
  if (nothingMatched || reports.some((r) => !r.readable)) return 2;
  return reports.some((r) => r.errors.length > 0) ? 1 : 0;
}
