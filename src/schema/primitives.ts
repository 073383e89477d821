/**
 * Building blocks shared by every part of the schema: bounded text, identifiers,
 * dates, years, counts, safe links. Custom checks carry `params.code`, which
 * src/data/words/messages.ts turns into words for people in Vietnamese or English.
 */
import * as z from './zod.js';
import { isCalendarDate, isDateOrDateTime, isPartialDate } from './calendar.js';
import { isSafeUrl, isWebUrl } from './url.js';

/*
 * No eval: zod compiles a fast object parser with `new Function` unless told not to,
 * and tries it when each object schema is built. Pages with a strict
 * Content-Security-Policy would log a violation for that; measured here, the parser
 * without it is as fast (100,000 commendations: about 1 s either way in Node 20).
 * Every schema file imports this one first, so this runs before any schema is built.
 */
z.config({ jitless: true });

/** Length limits: generous for real text, small enough that a 10 MB string is refused. */
export const LIMITS = {
  id: 200,
  name: 500,
  label: 500,
  short: 200,
  text: 5000,
  url: 2000,
  tags: 50,
} as const;

const check = (code: string) => ({ params: { code } });

/** Text that is not blank and at most `max` characters, stored as written. */
export function text(max: number = LIMITS.name) {
  return z.string().check(
    z.maxLength(max, { abort: true }),
    z.minLength(1, { abort: true }),
    z.refine((s) => s.trim() !== '', check('blank')),
  );
}

/** Free text that may be long (achievements, notes, descriptions). */
export const longText = text(LIMITS.text);

/** An identifier another record can point to: `phuong-3`, `27220`, `spaces-launched`. */
export const id = text(LIMITS.id);

export const tags = z.array(text(LIMITS.short)).check(z.maxLength(LIMITS.tags));

/** A calendar date, `2019-02-28`. JSON Schema patterns for these live in json-schema.ts. */
export const isoDate = z
  .string()
  .check(z.maxLength(40, { abort: true }), z.refine(isCalendarDate, check('invalid-date')));

export const partialDate = z
  .string()
  .check(z.maxLength(40, { abort: true }), z.refine(isPartialDate, check('invalid-date')));

export const dateOrDateTime = z
  .string()
  .check(z.maxLength(40, { abort: true }), z.refine(isDateOrDateTime, check('invalid-date')));

export const year = z.int().check(z.gte(1900), z.lte(2100));

/** A count or amount: finite and not negative. */
export const amount = z.number().check(z.gte(0));

export const safeUrl = z
  .string()
  .check(z.maxLength(LIMITS.url, { abort: true }), z.refine(isSafeUrl, check('unsafe-url')));

export const webUrl = z.string().check(z.maxLength(LIMITS.url, { abort: true }), z.refine(isWebUrl, check('web-url')));

/** A decision (quyết định): its number as written, `1436/QĐ-UBND`, and its date. */
export const decision = z.object({
  number: text(LIMITS.short),
  date: z.optional(isoDate),
  issuer: z.optional(text()),
  url: z.optional(safeUrl),
});

export const optionalNote = z.optional(longText);
