/** Small formatting helpers for messages, shared by both catalogues. */

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Format a number the way the language writes it: 10.485.760 in vi, 10,485,760 in en.
 * Four-digit numbers stay ungrouped (`min2`), so years read as years: 1900, not 1.900.
 */
export function formatCount(value: number | string | boolean | undefined, lang: 'vi' | 'en'): string {
  if (typeof value !== 'number') return String(value ?? '');
  let format = formats.get(lang);
  if (!format) {
    const options = { maximumFractionDigits: 6, useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions;
    format = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'vi-VN', options);
    formats.set(lang, format);
  }
  return format.format(value);
}

/** A short quotation of a value for a message: long strings are cut, objects are not shown. */
export function preview(value: unknown, max = 40): string {
  if (typeof value === 'string') {
    const cut = value.length > max ? value.slice(0, max) + '…' : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return '';
}

/** `a, b, c` — at most `max` items, then `…`. */
export function listOf(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((v) => (typeof v === 'string' ? v : String(v)));
  return shown.join(', ') + (values.length > max ? ', …' : '');
}
