/**
 * Pledges (registrations) and what a pledge form posts. A pledge has one commitment
 * per heading of its template; that every heading is answered is checked against
 * the template by `validatePledgeAgainstTemplate` in src/data/check/pledges.ts.
 */
import * as z from './zod.js';
import { LIMITS, dateOrDateTime, id, isoDate, optionalNote, text, year } from './primitives.js';

/** Year-end rating: completed excellently / well / completed / not completed. */
export const selfAssessments = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

/**
 * Where a registration is on a pledge receiver (docs/pledge-http-contract.md): sent, returned by
 * the cell committee with a comment, confirmed, self-assessed at year end, rated.
 */
export const registrationStates = ['submitted', 'returned', 'confirmed', 'assessed', 'rated'] as const;

/** A year-end self-assessment of one heading: done, partly done, not done. */
export const assessmentResults = ['done', 'partly', 'not-done'] as const;

export const commitment = z.object({
  headingId: id,
  /** What the person will study and follow under this heading. */
  commitment: text(LIMITS.text),
  /** Biện pháp. */
  measures: z.optional(text(LIMITS.text)),
  deadline: z.optional(isoDate),
});

export const pledgePerson = z.object({ fullName: z.optional(text(LIMITS.short)), position: z.optional(text()) }).check(
  z.refine((p) => p.fullName !== undefined || p.position !== undefined, {
    path: ['fullName'],
    params: { code: 'person-name-or-position' },
  }),
);

/** Confirmation by the cell committee (xác nhận của chi ủy). */
export const confirmation = z.object({ by: text(), date: z.optional(isoDate) });

export const pledge = z.object({
  id: z.optional(id),
  templateId: id,
  year,
  /** A published leader's pledge may name only the position ("Bí thư Tỉnh ủy"). */
  person: pledgePerson,
  unitId: z.optional(id),
  cellId: z.optional(id),
  commitments: z.array(commitment).check(z.minLength(1), z.maxLength(20)),
  submittedAt: z.optional(dateOrDateTime),
  confirmedBy: z.optional(confirmation),
  selfAssessment: z.optional(z.enum(selfAssessments)),
  /** Whether the pledge may be shown to the public. */
  public: z._default(z.boolean(), false),
  note: optionalNote,
});

/** Smaller limits for what strangers post to a receiver. */
const FORM_TEXT = 2000;

/** What a pledge form posts and a receiver validates: a name is required. */
export const pledgeSubmission = z.object({
  templateId: id,
  year,
  person: z.object({ fullName: text(LIMITS.short), position: z.optional(text(LIMITS.short)) }),
  unitId: z.optional(id),
  cellId: z.optional(id),
  commitments: z
    .array(
      z.object({
        headingId: id,
        commitment: text(FORM_TEXT),
        measures: z.optional(text(FORM_TEXT)),
        deadline: z.optional(isoDate),
      }),
    )
    .check(z.minLength(1), z.maxLength(20)),
  submittedAt: z.optional(dateOrDateTime),
  selfAssessment: z.optional(z.enum(selfAssessments)),
  public: z._default(z.boolean(), false),
});

export type SelfAssessment = (typeof selfAssessments)[number];
export type RegistrationState = (typeof registrationStates)[number];
export type AssessmentResult = (typeof assessmentResults)[number];
export type Commitment = z.infer<typeof commitment>;
export type Pledge = z.infer<typeof pledge>;
export type PledgeSubmission = z.infer<typeof pledgeSubmission>;
export type PledgeSubmissionInput = z.input<typeof pledgeSubmission>;
