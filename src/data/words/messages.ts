/**
 * The problems the data layer words, by code. The words themselves are `msg()` calls in
 * problem-words.ts (Vietnamese source, English in src/i18n/xliff/en.xlf), registered here:
 * statically by importing './messages-all.js' (code that words synchronously: the command line,
 * the pledge checks), or on demand with `loadMessages(lang)` from './messages-load.js'
 * (readDataset and checkDataset do), so a page whose data is valid never downloads them.
 */
import type { Language } from '../../i18n/language.js';

export type MessageCode =
  // reading the text
  | 'empty-file'
  | 'invalid-json'
  | 'not-an-object'
  | 'too-deep'
  | 'too-large'
  | 'bom'
  | 'unreadable'
  // version
  | 'missing-version'
  | 'unsupported-version'
  // shapes (from zod)
  | 'required'
  | 'wrong-type'
  | 'too-small'
  | 'too-big'
  | 'invalid-option'
  | 'invalid'
  | 'blank'
  | 'invalid-date'
  | 'unsafe-url'
  | 'web-url'
  | 'date-order'
  | 'derive-one-of'
  | 'derive-sum-field'
  | 'value-or-derive'
  | 'share-needs-target'
  | 'revoked-status'
  | 'online-needs-url'
  | 'online-no-location'
  | 'person-name-or-position'
  | 'boundaries-one-of'
  | 'location-swapped'
  | 'location-range'
  // across records
  | 'duplicate-id'
  | 'unknown-reference'
  | 'breakdown-sum'
  | 'derived-mismatch'
  | 'derive-no-records'
  | 'derive-not-number'
  | 'unknown-key'
  | 'html-in-text'
  | 'space-without-location'
  // pledges
  | 'missing-commitment'
  | 'unknown-heading'
  | 'duplicate-heading'
  | 'required-field'
  | 'template-mismatch'
  // lists
  | 'more-issues';

export type MessageParams = Record<string, string | number | boolean | undefined>;

/** Words a problem in a language: problem-words.ts's `problemWords` (which sets the language `msg()` answers in). */
export type ProblemWords = (code: MessageCode, params: MessageParams, key: string, lang: Language) => string;

let words: ProblemWords | undefined;
/** The languages whose words are here: Vietnamese with the module, English with its chunk too. */
const ready = new Set<Language>();

/** Registers the problem words, and the languages they can now be spoken in. */
export function registerMessages(problemWords: ProblemWords, languages: readonly Language[]): void {
  words = problemWords;
  for (const language of languages) ready.add(language);
}

export function hasMessages(lang: Language): boolean {
  return words !== undefined && ready.has(lang);
}

/**
 * The message for a code in a language; `segments` give the field name for "missing"
 * messages. Without the words of that language the message is the bare code (and field),
 * which `localiseIssues` replaces once they are loaded.
 */
export function message(
  lang: Language,
  code: MessageCode,
  params: MessageParams,
  segments: readonly (string | number)[] = [],
): string {
  const last = segments[segments.length - 1];
  const key = typeof last === 'string' ? last : '';
  if (!words || !ready.has(lang)) return key ? `${code} "${key}"` : code;
  return words(code, params, key, lang);
}
