/**
 * The checks behind every entry point: `validateDataset` for a value (the `data`
 * property, a parsed file), `validateJsonText` for the text of a file (adds line and
 * column to every issue). Never throws; every problem becomes an Issue in the
 * requested language. Import validate.ts (words loaded) or validate-lazy.ts (words on
 * demand) rather than this module: it words messages only with registered catalogues.
 */
import { withPositions } from '../parse/json-position.js';
import { parseJsonText } from '../parse/json-text.js';
import {
  checkWithOptions,
  internalError,
  languageOf,
  resultOf,
  type ValidateOptions,
  type ValidationResult,
} from './validate-checks.js';
import { fromZodIssues } from './zod-issues.js';

export { checkParsedDataset, tooDeepAt, type ValidateOptions, type ValidationResult } from './validate-checks.js';
export { withPositions };

/** Checks a dataset value. `data` in the result has defaults filled in; `normalised` adds derived values and lookups. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  try {
    return resultOf(checkWithOptions(input, options), fromZodIssues, options);
  } catch (err) {
    return internalError(err, languageOf(options));
  }
}

/** Reads and checks the text of a dataset file. */
export function validateJsonText(text: string, options: ValidateOptions = {}): ValidationResult {
  const lang = languageOf(options);
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
