/**
 * Metrics: the figures counters show. A metric either states its value, or says how
 * to derive it from the records of another collection (`derive`), so "43 spaces"
 * can be counted from the spaces list and cannot drift from it.
 */
import * as z from './zod.js';
import { LIMITS, amount, id, optionalNote, partialDate, tags, text } from './primitives.js';
import { period } from './period.js';

/** How exact a figure is: "hơn 12.000" is more-than, "gần 1.300" nearly, "khoảng" about. */
export const qualifiers = ['exact', 'more-than', 'at-least', 'nearly', 'about', 'less-than'] as const;

/** count: 473 cells; percent: 98.8 (%); share: 24 of a target 40 (24/40). */
export const metricKinds = ['count', 'percent', 'share'] as const;

/** Collections a derived metric may count or sum over. */
export const derivableCollections = ['spaces', 'commendations', 'pledges', 'units'] as const;

const collection = z.enum(derivableCollections);
const scalar = z.union([z.string().check(z.maxLength(LIMITS.name)), z.number(), z.boolean(), z.null()]);

/**
 * `{ "count": "spaces", "where": { "kind": "religious-site" } }` or
 * `{ "sum": "commendations", "field": "...", "where": { ... } }`. Field names may be dot
 * paths (`recipient.kind`); when the field holds a list, the filter matches if the list
 * contains the value (`"tags": "diem"`).
 */
export const deriveRule = z
  .object({
    count: z.optional(collection),
    sum: z.optional(collection),
    field: z.optional(text(LIMITS.short)),
    where: z.optional(z.record(text(LIMITS.short), scalar)),
  })
  .check(
    z.refine((d) => (d.count === undefined) !== (d.sum === undefined), { params: { code: 'derive-one-of' } }),
    z.refine((d) => d.sum === undefined || d.field !== undefined, {
      path: ['field'],
      params: { code: 'derive-sum-field' },
    }),
  );

export const target = z.object({ value: amount, label: z.optional(text()) });

export const previousValue = z.object({
  value: amount,
  period: z.optional(period),
  label: z.optional(text()),
});

export const breakdownPart = z.object({
  label: text(),
  value: amount,
  about: z.optional(id),
});

export const historyPoint = z.object({
  value: amount,
  period: z.optional(period),
  date: z.optional(partialDate),
  label: z.optional(text(LIMITS.short)),
});

export const metric = z
  .object({
    id,
    label: text(),
    value: z.optional(amount),
    /** The unit word after the number: "đảng viên", "lớp", "không gian". */
    unit: z.optional(text(LIMITS.short)),
    qualifier: z._default(z.enum(qualifiers), 'exact'),
    kind: z._default(z.enum(metricKinds), 'count'),
    target: z.optional(target),
    previous: z.optional(previousValue),
    /** Parts that should add up to the value (440 = 138 + 124 + 115 + 28 + 35). */
    breakdown: z.optional(z.array(breakdownPart).check(z.maxLength(1000))),
    period: z.optional(period),
    history: z.optional(z.array(historyPoint).check(z.maxLength(10000))),
    /** The unit (id) the figure is about. */
    about: z.optional(id),
    tags: z.optional(tags),
    derive: z.optional(deriveRule),
    note: optionalNote,
  })
  .check(
    z.refine((m) => m.value !== undefined || m.derive !== undefined, {
      path: ['value'],
      params: { code: 'value-or-derive' },
    }),
    z.refine((m) => m.kind !== 'share' || m.target !== undefined, {
      path: ['target'],
      params: { code: 'share-needs-target' },
    }),
  );

export type Qualifier = (typeof qualifiers)[number];
export type MetricKind = (typeof metricKinds)[number];
export type DerivableCollection = (typeof derivableCollections)[number];
export type DeriveRule = z.infer<typeof deriveRule>;
export type BreakdownPart = z.infer<typeof breakdownPart>;
export type HistoryPoint = z.infer<typeof historyPoint>;
export type Metric = z.infer<typeof metric>;
/** A metric as written in a file, before defaults (`qualifier`, `kind`) are filled in. */
export type MetricInput = z.input<typeof metric>;
