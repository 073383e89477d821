/**
 * A number written as text (`"11.368"`, `"11,368"`, `"98,8"`, `"2023"`), read the way a
 * Vietnamese administrator writes it, for the fix a message gives: the number to write instead,
 * and what the dot or comma was. Only for messages: the data itself is never changed.
 */

/** What the separator in a number written as text was. */
export type NumberSeparator = 'none' | 'thousands-dot' | 'thousands-comma' | 'decimal-comma' | 'decimal-dot';

export interface NumberFix {
  /** The number as JSON writes it: 11368, 98.8. */
  number: number;
  separator: NumberSeparator;
}

/**
 * `"11.368"` → 11368 (the dot groups thousands: Vietnamese writes 11.368), `"11,368"` → 11368,
 * `"1.234,5"` → 1234.5, `"98,8"` → 98.8 (a decimal comma), `"2023"` → 2023; undefined for text
 * that is not a number.
 */
export function numberFromText(text: string): NumberFix | undefined {
  const s = text.trim().replace(/\s/g, '');
  let m: RegExpExecArray | null;
  let digits: string;
  let separator: NumberSeparator;
  if (/^-?\d+$/.test(s)) [digits, separator] = [s, 'none'];
  else if ((m = /^-?\d{1,3}(?:([.,])\d{3})+$/.exec(s)) && !s.includes(m[1] === '.' ? ',' : '.'))
    [digits, separator] = [s.split(m[1]).join(''), m[1] === '.' ? 'thousands-dot' : 'thousands-comma'];
  else if (/^-?\d{1,3}(?:\.\d{3})+,\d+$/.test(s))
    [digits, separator] = [s.replace(/\./g, '').replace(',', '.'), 'thousands-dot'];
  else if (/^-?\d{1,3}(?:,\d{3})+\.\d+$/.test(s)) [digits, separator] = [s.replace(/,/g, ''), 'thousands-comma'];
  else if (/^-?\d+,\d+$/.test(s)) [digits, separator] = [s.replace(',', '.'), 'decimal-comma'];
  else if (/^-?\d*\.\d+$/.test(s)) [digits, separator] = [s, 'decimal-dot'];
  else return undefined;
  const number = Number(digits);
  return Number.isFinite(number) ? { number, separator } : undefined;
}
