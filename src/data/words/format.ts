/**
 * Formatting for the page's language. Numbers stay numbers in the data and become
 * 11.368 / 98,8 % in Vietnamese and 11,368 / 98.8% in English here, in one place.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) cache.set(key, (found = make()));
  return found;
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  const key = `n|${language}|${JSON.stringify(options)}`;
  return cached(key, () => new Intl.NumberFormat(language, { maximumFractionDigits: 2, ...options })).format(value);
}

/** An ISO date (`2017-04-12`) or a Date → 12/04/2017 in both languages (day first, as Vietnam writes it). */
export function formatDate(value: string | Date, language: string): string {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!date) return String(value);
  const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return cached(`d|${language}`, () => new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', options)).format(
    date,
  );
}

export function formatDateTime(value: Date, language: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'short', timeStyle: 'short' };
  return cached(`t|${language}`, () => new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', options)).format(
    value,
  );
}

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a UTC date; anything else gives undefined. */
export function parseIsoDate(text: string): Date | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
