/**
 * A pledge form (bản đăng ký học tập và làm theo) as data: its headings are the
 * classic three (tư tưởng, đạo đức, phong cách), the five standards of Quy định
 * 144-QĐ/TW, or any list a unit chooses.
 */
import * as z from './zod.js';
import { LIMITS, id, longText, optionalNote, safeUrl, text, year } from './primitives.js';

export const pledgeHeading = z.object({
  id,
  title: text(),
  description: z.optional(longText),
  /** Example text shown in the empty field. */
  placeholder: z.optional(text()),
});

/** Fields of a pledge a form may require in addition to the name and one commitment per heading. */
export const pledgeOptionalFields = ['position', 'unitId', 'cellId', 'measures', 'deadline', 'selfAssessment'] as const;

export const pledgeEndpoint = z.object({
  /** Where the form posts the pledge (JSON matching `pledgeSubmission`). */
  action: safeUrl,
  method: z._default(z.enum(['POST', 'PUT']), 'POST'),
});

export const pledgeTemplate = z.object({
  id,
  year,
  /** The year's theme (chuyên đề năm). */
  theme: z.optional(text(LIMITS.text)),
  title: z.optional(text()),
  headings: z.array(pledgeHeading).check(z.minLength(1), z.maxLength(20)),
  requiredFields: z.optional(z.array(z.enum(pledgeOptionalFields))),
  /** How to write a good pledge: "cụ thể, sát với nhiệm vụ từng người, ngắn, dễ nhớ…". */
  guidance: z.optional(longText),
  endpoint: z.optional(pledgeEndpoint),
  /** The rule the headings come from: "Quy định 144-QĐ/TW". */
  basis: z.optional(text()),
  note: optionalNote,
});

export type PledgeHeading = z.infer<typeof pledgeHeading>;
export type PledgeOptionalField = (typeof pledgeOptionalFields)[number];
export type PledgeTemplate = z.infer<typeof pledgeTemplate>;
