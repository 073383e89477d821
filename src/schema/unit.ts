/**
 * Units: places (wards, communes, provinces) and bodies (party committees and cells,
 * agencies, schools, religious sites). No level is assumed to exist: since 1 July 2025
 * districts are gone, so a unit says what it is (`kind`), when it existed and who
 * succeeded it, and the widgets never walk a fixed hierarchy.
 */
import * as z from './zod.js';
import { comparePartialDates } from './calendar.js';
import { LIMITS, id, isoDate, optionalNote, tags, text } from './primitives.js';

export const unitKinds = [
  'ward',
  'commune',
  'special-zone',
  'township',
  'district',
  'town',
  'city',
  'province',
  'party-committee',
  'party-cell',
  'agency',
  'mass-organisation',
  'school',
  'hospital',
  'religious-site',
  'armed-forces',
  'residential-group',
  'organisation',
  'other',
] as const;

/**
 * An official code with the list it comes from. Codes are reused with new meanings
 * (26740 was Phường Bến Nghé, now Phường Sài Gòn), so the list and its date travel with it.
 */
export const unitCode = z.object({
  value: text(LIMITS.short),
  /** "Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê)". */
  list: text(),
  /** Date or version date of that list. */
  listDate: isoDate,
});

export const unit = z
  .object({
    id,
    /** Name as recorded at the time: "Phường 3", not the post-2025 name. */
    name: text(),
    kind: z.enum(unitKinds),
    code: z.optional(unitCode),
    /** Other spellings and historical names ("Phường 03"), for matching. */
    aliases: z.optional(z.array(text())),
    parent: z.optional(id),
    /**
     * How many people the unit has who may register (cán bộ, đảng viên): a pledge receiver gives
     * the share of them who registered.
     */
    members: z.optional(z.int().check(z.gte(0), z.lte(100_000_000))),
    validFrom: z.optional(isoDate),
    validTo: z.optional(isoDate),
    successors: z.optional(z.array(id)),
    tags: z.optional(tags),
    note: optionalNote,
  })
  .check(
    z.refine((u) => !u.validFrom || !u.validTo || comparePartialDates(u.validFrom, u.validTo) <= 0, {
      path: ['validTo'],
      params: { code: 'date-order' },
    }),
  );

export type UnitKind = (typeof unitKinds)[number];
export type UnitCode = z.infer<typeof unitCode>;
export type Unit = z.infer<typeof unit>;
