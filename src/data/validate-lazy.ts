/**
 * Validation for widget bundles: the same checks as validate.ts, but the words of the
 * messages (about 5 kB gzip for two languages) are fetched only when there is something
 * to say, and only in the language asked for. A page whose data is valid never loads them.
 */
import { localiseIssues, type Lang } from './issues.js';
import { hasMessages } from './messages.js';
import { loadMessages } from './messages-load.js';
import { validateDataset, validateJsonText, type ValidateOptions, type ValidationResult } from './validate-core.js';

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

export async function validateDatasetLazy(input: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  return worded(validateDataset(input, options), options.lang === 'en' ? 'en' : 'vi');
}

export async function validateJsonTextLazy(text: string, options: ValidateOptions = {}): Promise<ValidationResult> {
  return worded(validateJsonText(text, options), options.lang === 'en' ? 'en' : 'vi');
}

export { loadMessages };
