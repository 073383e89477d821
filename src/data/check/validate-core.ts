/**
 * Part of `checkDataset` (check.ts), not an entry point: the full reader, downloaded by it only
 * for text that is not plain JSON (a syntax error, a BOM, a file too deep), which says what is
 * wrong and where. `validateDataset` checks a value, `validateJsonText` the text of a file (adds
 * line and column to every issue); both word issues only with words already registered.
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
