/**
 * Commendations (khen thưởng, tuyên dương). The form of the award is separate from
 * who issued it and from the line (party, state, mass organisation); the issuer's
 * level is a free string, because levels change (no district level after 2025).
 */
import * as z from './zod.js';
import { LIMITS, decision, id, longText, optionalNote, tags, text, year } from './primitives.js';

export const commendationForms = [
  'giay-khen',
  'bang-khen',
  'tuyen-duong',
  'bieu-duong',
  'co-thi-dua',
  'chien-si-thi-dua',
  'huan-chuong',
  'danh-hieu',
  'other',
] as const;

export const commendationLines = ['party', 'state', 'mass-organisation'] as const;

export const commendationStatuses = ['in-force', 'revoked'] as const;

export const recipientKinds = ['collective', 'individual'] as const;

export const recipient = z.object({
  kind: z.enum(recipientKinds),
  /** Person's full name or the collective's name, as printed in the list. */
  name: text(),
  /** Chức vụ: "Phó Bí thư Đảng ủy phường". */
  position: z.optional(text()),
  /** The recipient's unit as printed (đơn vị), free text. */
  unit: z.optional(text()),
  /** The recipient's unit as a reference to `units[].id`, when it is in the data. */
  unitId: z.optional(id),
});

export const issuer = z.object({
  name: text(),
  /** "Quận ủy", "UBND quận", "Thành ủy", "UBND phường": whatever the level was called. */
  level: z.optional(text(LIMITS.short)),
  unitId: z.optional(id),
});

export const commendation = z
  .object({
    id,
    recipient,
    form: z.enum(commendationForms),
    /** The form as written: "Bằng khen của Ban Thường vụ Thành ủy". */
    formLabel: z.optional(text()),
    line: z.enum(commendationLines),
    issuer,
    decision: z.optional(decision),
    /** The year the award is for; absent when the source does not say. */
    year: z.optional(year),
    achievement: z.optional(longText),
    status: z._default(z.enum(commendationStatuses), 'in-force'),
    revokedBy: z.optional(decision),
    tags: z.optional(tags),
    note: optionalNote,
  })
  .check(
    z.refine((c) => c.revokedBy === undefined || c.status === 'revoked', {
      path: ['status'],
      params: { code: 'revoked-status' },
    }),
  );

export type CommendationForm = (typeof commendationForms)[number];
export type CommendationLine = (typeof commendationLines)[number];
export type CommendationStatus = (typeof commendationStatuses)[number];
export type Recipient = z.infer<typeof recipient>;
export type Issuer = z.infer<typeof issuer>;
export type Decision = z.infer<typeof decision>;
export type Commendation = z.infer<typeof commendation>;
