/**
 * Calendar checks for the ISO 8601 strings the data contract uses.
 * Pure functions, no zod: the schema, the messages and the generator share them.
 */

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validParts(year: number, month?: number, day?: number): boolean {
  if (year < 1 || year > 9999) return false;
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= daysInMonth(year, month);
}

/** `2019-02-28` is a calendar date; `2019-02-31`, `2019-2-28` and `28/02/2019` are not. */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10) return false;
  const m = FULL_DATE.exec(value);
  return !!m && validParts(+m[1], +m[2], +m[3]);
}

/** A year (`2017`), a month (`2018-05`) or a full date (`2019-02-28`). */
export function isPartialDate(value: string): boolean {
  if (value.length > 10) return false;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  return validParts(+m[1], m[2] === undefined ? undefined : +m[2], m[3] === undefined ? undefined : +m[3]);
}

/** A full date or a date with a time (`2024-03-01T08:30:00+07:00`). */
export function isDateOrDateTime(value: string): boolean {
  if (value.length > 40) return false;
  if (isCalendarDate(value)) return true;
  const m = DATE_TIME.exec(value);
  return !!m && isCalendarDate(m[1]);
}

/**
 * Compare two partial dates by their start: `2018-05` < `2018-05-02` < `2019`.
 * Returns a negative number, zero or a positive number.
 */
export function comparePartialDates(a: string, b: string): number {
  const pad = (s: string) => (s + '-01-01').slice(0, 10);
  return pad(a) < pad(b) ? -1 : pad(a) > pad(b) ? 1 : 0;
}

/** The last day a partial date covers: `2019-02` → `2019-02-28`, `2017` → `2017-12-31`. */
export function endOfPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return value;
  if (m) return `${y}-${m}-${String(daysInMonth(+y, +m)).padStart(2, '0')}`;
  return `${y}-12-31`;
}
