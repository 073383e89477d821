/**
 * The one way to check a dataset, for the widgets (through `readDataset`), the command line
 * and `lamtheo/schema`: JSON text (a file, an inline script, a server-sent event) or a value
 * (the `data` property, a parsed file) in; the dataset ready for widgets, or its problems in
 * words with their place, out. Never throws.
 *
 * What only explains problems is downloaded when there is a problem to explain: the words
 * (problem-words.ts, and their English chunk only for English), the wording of the schema's
 * issues (zod-issues.ts), line and column in the file (json-position.ts), the full JSON reader
 * (json-text.ts). A page whose data is valid loads none of it. The other modules of this
 * folder are its parts: validate-checks.ts (the checks themselves), validate-lazy.ts (the
 * wording on demand), validate-core.ts (the full reader for text that is not plain JSON),
 * read-in-slices.ts (a big document without blocking the page).
 */
import type { Language } from '../../i18n/language.js';
import { localiseIssues, type Issue } from '../words/issues.js';
import type { NormalisedDataset } from '../normalise/normalise.js';
import { parsePlainJsonObject } from '../parse/json-limits.js';
import { readInSlices, type ReadProgress } from './read-in-slices.js';
import type { ValidationResult } from './validate-checks.js';
import { explainJsonText, validateDatasetLazy, validateParsedJsonLazy } from './validate-lazy.js';

export type { ReadProgress };

export interface CheckOptions {
  /** The language of the problems' words: `vi` (the default) or `en`. */
  lang?: Language;
  /** At most this many errors and this many warnings are listed (default 200 each), then how many more. */
  maxIssues?: number;
  /** Values nested deeper than this are refused (default 100 levels). */
  maxDepth?: number;
  /**
   * For a document with a list over 2,000 records: called with its first records, checked,
   * while the rest is checked in slices that let the page breathe (read-in-slices.ts). The
   * result is the same as without it.
   */
  onFirst?: (data: NormalisedDataset, progress: ReadProgress) => void;
  /** Stops checking slices once the result is no longer wanted. */
  signal?: AbortSignal;
  /**
   * `input`'s text already parsed into a plain object (read.ts parses a long text in slices,
   * parse/json-slices.ts); the text is still used to place problems by line and column.
   * @internal
   */
  parsed?: Record<string, unknown>;
}

/**
 * The result of a check, in the shape every reading stage returns (schema/result.ts): the
 * dataset with derived values and lookups and the warnings that did not stop it, or the
 * problems that did, errors first, then warnings. Each problem is an `Issue`: its `code` and
 * `params` let `localiseIssues` word it again in the other language.
 */
export type CheckResult = { ok: true; value: NormalisedDataset; warnings: Issue[] } | { ok: false; problems: Issue[] };

export async function checkDataset(input: unknown, options: CheckOptions = {}): Promise<CheckResult> {
  const { onFirst, signal, parsed, ...validate } = options;
  const lang = validate.lang === 'en' ? 'en' : 'vi';
  // Text is parsed once, here: both ways of checking below start from the parsed value.
  const text = typeof input === 'string' ? input : undefined;
  const plain =
    text === undefined || validate.maxDepth !== undefined ? undefined : (parsed ?? parsePlainJsonObject(text));
  let result: ValidationResult | undefined;
  if (text !== undefined && plain === undefined) result = await explainJsonText(text, validate);
  else if (onFirst) result = await readInSlices(text === undefined ? input : plain, text, lang, onFirst, signal);
  result ??=
    text === undefined
      ? await validateDatasetLazy(input, validate)
      : await validateParsedJsonLazy(plain!, text, validate);
  if (!result.ok) return { ok: false, problems: [...result.errors, ...result.warnings] };
  // The dataset's own warnings (derived figures that differ from the stated ones, shown by the
  // widgets) were made before the words came: word them too, now that the words are here.
  const value = result.normalised;
  if (value.warnings.length) value.warnings = localiseIssues(value.warnings, lang);
  return { ok: true, value, warnings: result.warnings };
}
