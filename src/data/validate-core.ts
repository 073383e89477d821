/**
 * The checks behind every entry point: `validateDataset` for a value (the `data`
 * property, a parsed file), `validateJsonText` for the text of a file (adds line and
 * column to every issue). Never throws; every problem becomes an Issue in the
 * requested language. Import validate.ts (words loaded) or validate-lazy.ts (words on
 * demand) rather than this module: it words messages only with registered catalogues.
 */
import { withPositions } from './json-position.js';
import { MAX_DEPTH, parseJsonText } from './json-text.js';
import {
  capped,
  checkValue,
  internalError,
  withWordedSchemaIssues,
  type ValidateOptions,
  type ValidationResult,
} from './validate-checks.js';
import { fromZodIssues } from './zod-issues.js';

export { checkParsedDataset, tooDeepAt, type ValidateOptions, type ValidationResult } from './validate-checks.js';
export { withPositions };

/** Checks a dataset value. `data` in the result has defaults filled in; `normalised` adds derived values and lookups. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang === 'en' ? 'en' : 'vi';
  try {
    const checked = checkValue(input, lang, options.maxDepth ?? MAX_DEPTH, options.depthChecked === true);
    return capped(withWordedSchemaIssues(checked, fromZodIssues, lang), lang, options.maxIssues ?? 200);
  } catch (err) {
    return internalError(err, lang);
  }
}

/** Reads and checks the text of a dataset file. */
export function validateJsonText(text: string, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang === 'en' ? 'en' : 'vi';
  try {
    const read = parseJsonText(text, { lang, maxDepth: options.maxDepth });
    if (!read.ok) return read;
    const result = validateDataset(read.value, { ...options, depthChecked: true });
    const warnings = withPositions([...read.warnings, ...result.warnings], read.text);
    return result.ok
      ? { ...result, warnings }
      : { ok: false, errors: withPositions(result.errors, read.text), warnings };
  } catch (err) {
    return internalError(err, lang);
  }
}
