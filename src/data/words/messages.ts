/**
 * Messages in two languages. Each code has a function of its params; the words live
 * in src/data/words/messages-vi.ts and messages-en.ts, which are registered here:
 * statically by importing './messages-all.js' (validate.ts does), or on demand with
 * `loadMessages(lang)` from './messages-load.js' (validate-lazy.ts does), so a page
 * whose data is valid never downloads them.
 */

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

export type Catalog = Record<MessageCode, (p: MessageParams, key: string) => string>;

const catalogs: Partial<Record<'vi' | 'en', Catalog>> = {};

export function registerMessages(lang: 'vi' | 'en', catalog: Catalog): void {
  catalogs[lang] = catalog;
}

export function hasMessages(lang: 'vi' | 'en'): boolean {
  return catalogs[lang] !== undefined;
}

/**
 * The message for a code in a language; `segments` give the field name for "missing"
 * messages. Without a registered catalogue the message is the bare code (and field),
 * which `localiseIssues` replaces once the words are loaded.
 */
export function message(
  lang: 'vi' | 'en',
  code: MessageCode,
  params: MessageParams,
  segments: readonly (string | number)[] = [],
): string {
  const last = segments[segments.length - 1];
  const key = typeof last === 'string' ? last : '';
  const catalog = catalogs[lang];
  return catalog ? catalog[code](params, key) : key ? `${code} "${key}"` : code;
}
