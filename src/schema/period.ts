/**
 * The time a figure covers, as reports say it: a year (2017), a term (nhiệm kỳ
 * 2015–2020), a range (5/2018–2/2019) or part of a year ("6 tháng đầu năm 2017").
 */
import * as z from './zod.js';
import { comparePartialDates, endOfPartialDate } from './calendar.js';
import { LIMITS, partialDate, text, year } from './primitives.js';

const label = z.optional(text(LIMITS.short));

export const yearPeriod = z.object({ type: z.literal('year'), year, label });

export const termPeriod = z
  .object({ type: z.literal('term'), from: year, to: year, label })
  .check(z.refine((p) => p.from <= p.to, { path: ['to'], params: { code: 'date-order' } }));

export const rangePeriod = z.object({ type: z.literal('range'), from: partialDate, to: partialDate, label }).check(
  z.refine((p) => comparePartialDates(p.from, endOfPartialDate(p.to)) <= 0, {
    path: ['to'],
    params: { code: 'date-order' },
  }),
);

/** `months: 6` with `label: "6 tháng đầu năm"`; `from` is the first month (default 1). */
export const partOfYearPeriod = z.object({
  type: z.literal('part-of-year'),
  year,
  months: z.int().check(z.gte(1), z.lte(12)),
  from: z.optional(z.int().check(z.gte(1), z.lte(12))),
  label,
});

export const period = z.discriminatedUnion('type', [yearPeriod, termPeriod, rangePeriod, partOfYearPeriod]);

export const periodTypes = ['year', 'term', 'range', 'part-of-year'] as const;

export type Period = z.infer<typeof period>;
export type PeriodType = Period['type'];
