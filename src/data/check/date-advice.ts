/**
 * Why a string is not a date, read the way people write dates, for the words of
 * `invalid-date` (zod-issues.ts): only code that explains a problem loads it.
 */
import { daysInMonth } from '../../schema/calendar.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Why a string that looks like a date is not one, for messages:
 * `format` (not written as yyyy-mm-dd), `month` (13th month), `day` (31 February).
 */
export function dateProblem(value: string): 'format' | 'month' | 'day' {
  return dateAdvice(value).problem;
}

/** What is wrong with a date as written, and the fix when there is one (see `dateAdvice`). */
export interface DateAdvice {
  /** `format`: not yyyy-mm-dd (and the date itself may be right); `month`: no such month; `day`: no such day in that month. */
  problem: 'format' | 'month' | 'day';
  /** Whether it is written another way than yyyy-mm-dd (`31/02/2017`, `2017-2-5`). */
  format: boolean;
  /** The parts read, when the text has them: `31/02/2017` → 2017, 2, 31. */
  year?: number;
  month?: number;
  day?: number;
  /** How many days that month has, for a day it lacks. */
  days?: number;
  /** The date written as yyyy-mm-dd, when it is a real date written another way: `28/02/2017` → `2017-02-28`. */
  iso?: string;
}

/** Day, month and year the Vietnamese way (`31/02/2017`, `31-2-2017`, `31.02.2017`). */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** Year first but not padded, or with slashes (`2017-2-5`, `2017/02/05`). */
const YEAR_MONTH_DAY = /^(\d{4})[/.-](\d{1,2})(?:[/.-](\d{1,2}))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Why a string is not a date, read the way people write dates: `2017-02-31` and `31/02/2017`
 * both name 31 February 2017, which does not exist (February 2017 has 28 days); `28/02/2017`
 * is a real date written the Vietnamese way, to be written `2017-02-28`.
 */
export function dateAdvice(value: string): DateAdvice {
  const text = value.trim();
  const iso = text.length > 10 ? null : PARTIAL_DATE.exec(text);
  const dmy = iso ? null : DAY_MONTH_YEAR.exec(text);
  const ymd = iso || dmy ? null : YEAR_MONTH_DAY.exec(text);
  let year: number, month: number | undefined, day: number | undefined;
  if (iso) [year, month, day] = [+iso[1], iso[2] && +iso[2], iso[3] && +iso[3]] as [number, number?, number?];
  else if (dmy) [day, month, year] = [+dmy[1], +dmy[2], +dmy[3]];
  else if (ymd) [year, month, day] = [+ymd[1], +ymd[2], ymd[3] === undefined ? undefined : +ymd[3]];
  else return { problem: 'format', format: true };
  const format = !iso || text !== value;
  const parts = { format, year, month, day };
  if (month !== undefined && (month < 1 || month > 12)) return { problem: 'month', ...parts };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month)))
    return { problem: 'day', ...parts, days: daysInMonth(year, month) };
  const written =
    month === undefined ? String(year) : `${year}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
  return written === text ? { problem: 'format', ...parts } : { problem: 'format', ...parts, iso: written };
}
