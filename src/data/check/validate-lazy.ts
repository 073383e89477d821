/**
 * Part of `checkDataset` (check.ts), not an entry point: the checks of validate-checks.ts with
 * what only explains problems fetched when there is a problem to explain: the words (only in the
 * language asked for), the wording of the schema's issues, line and column in the file, the full
 * JSON reader. A page whose data is valid loads none of it.
 */
import { localiseIssues, type Lang } from '../words/issues.js';
import { hasMessages } from '../words/messages.js';
import { loadMessages } from '../words/messages-load.js';
import {
  checkWithOptions,
  internalError,
  languageOf,
  resultOf,
  type ValidateOptions,
  type ValidationResult,
} from './validate-checks.js';

/** Words the issues of a result, loading the language's messages first when needed. */
export async function worded(result: ValidationResult, lang: Lang): Promise<ValidationResult> {
  const issues = result.ok ? result.warnings.length : result.errors.length + result.warnings.length;
  if (issues === 0 || hasMessages(lang)) return result;
  try {
    await loadMessages(lang);
  } catch {
    return result; // offline: the codes stay as messages rather than failing the load
  }
  const warnings = localiseIssues(result.warnings, lang);
  return result.ok ? { ...result, warnings } : { ok: false, errors: localiseIssues(result.errors, lang), warnings };
}

/** Line and column in `text` for every issue of a result (json-position.ts, loaded when needed). */
export async function placed(result: ValidationResult, text: string): Promise<ValidationResult> {
  if (!result.warnings.length && result.ok) return result;
  let withPositions: typeof import('../parse/json-position.js').withPositions;
  try {
    ({ withPositions } = await import('../parse/json-position.js'));
  } catch {
    return result; // offline: the problems are told without their line and column
  }
  const warnings = withPositions(result.warnings, text);
  return result.ok ? { ...result, warnings } : { ok: false, errors: withPositions(result.errors, text), warnings };
}

export async function validateDatasetLazy(input: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  const lang = languageOf(options);
  let result: ValidationResult;
  try {
    const checked = checkWithOptions(input, options);
    // The wording of zod's issues is downloaded only when the schema failed.
    const word = 'schemaIssues' in checked ? (await import('./zod-issues.js')).fromZodIssues : undefined;
    result = resultOf(checked, word!, options);
  } catch (err) {
    result = internalError(err, lang);
  }
  return worded(result, lang);
}

/**
 * The text of a dataset already parsed into `value` (by `parsePlainJsonObject`): checks the
 * value and places its issues in `text`, without parsing the text again.
 */
export async function validateParsedJsonLazy(
  value: Record<string, unknown>,
  text: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  return placed(await validateDatasetLazy(value, { ...options, depthChecked: true }), text);
}

/** Text that is not a plain JSON object: the full reader (loaded now) says what is wrong, and where. */
export async function explainJsonText(text: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  const lang = languageOf(options);
  try {
    const { validateJsonText } = await import('./validate-core.js');
    return worded(validateJsonText(text, options), lang);
  } catch (err) {
    return worded(internalError(err, lang), lang);
  }
}
