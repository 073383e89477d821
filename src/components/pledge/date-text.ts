/**
 * Dates as people type them on a Vietnamese form: day first, `dd/mm/yyyy` ("5/6/2024",
 * "05-06-2024", "5.6.2024" are 5 June 2024), checked against the real calendar and kept
 * as ISO 8601 (`2024-06-05`) in the values, the draft and the submission. The browser's
 * `<input type=date>` is not used: it shows the browser's own order (mm/dd/yyyy in an
 * English browser), whatever the page's language. English pages get the same day-first
 * order, with the hint saying so in words, so one pledge reads the same in both.
 */
import { daysInMonth, isCalendarDate } from '../../schema/calendar.js';

export type DateText =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not day, month and year in that order. */
  | { kind: 'format' }
  | { kind: 'month'; month: number }
  /** A day the month does not have (31 February). */
  | { kind: 'day'; day: number; month: number; year: number };

const DAY_FIRST = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What a typed date says: a real date (as ISO), nothing, or why it is not one. */
export function readDateText(text: string): DateText {
  const s = text.trim();
  if (!s) return { kind: 'empty' };
  const dayFirst = DAY_FIRST.exec(s);
  const iso = dayFirst ? undefined : ISO.exec(s);
  if (!dayFirst && !iso) return { kind: 'format' };
  const [day, month, year] = dayFirst ? [+dayFirst[1], +dayFirst[2], +dayFirst[3]] : [+iso![3], +iso![2], +iso![1]];
  if (year < 1) return { kind: 'format' };
  if (month < 1 || month > 12) return { kind: 'month', month };
  if (day < 1 || day > daysInMonth(year, month)) return { kind: 'day', day, month, year };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** How an ISO date is shown in the field: `2024-06-05` → `05/06/2024`; other text as it is. */
export function showDateText(value: string): string {
  if (!isCalendarDate(value)) return value;
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** What the values keep for a typed date: the ISO date when it is one, else the text as typed (never lost). */
export function storedDate(text: string): string {
  const read = readDateText(text);
  return read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : text;
}
