/**
 * The pledge form as data: the values a person types, the submission they become,
 * and the errors on each field, worded the GOV.UK way ("Nhập họ và tên") in the page
 * language. Validation is the receiver's own (`validatePledgeSubmission` rules:
 * `pledgeSubmission` for the shape, `validatePledgeAgainstTemplate` for the form's
 * rules), run both at once so a person sees every error in one round.
 */
import { msg, str } from '@lit/localize';
import { pledgeSubmission, type PledgeSubmissionInput } from '../../schema/pledge.js';
import type { PledgeTemplate } from '../../schema/pledge-template.js';
import { validatePledgeAgainstTemplate } from '../../data/check/pledge-check.js';
import { fromZodIssues } from '../../data/check/zod-issues.js';
import { parsePath, type Issue, type Lang, type PathSegment } from '../../data/words/issues.js';
import { safeParse } from '../../schema/zod.js';
import { daysInMonth } from '../../schema/calendar.js';
import { readDateText } from './date-text.js';

export interface CommitmentValues {
  commitment: string;
  measures: string;
  /** ISO 8601 (`2024-06-05`) once it is a real date; until then the text as typed (see date-text.ts). */
  deadline: string;
}

export interface PledgeFormValues {
  fullName: string;
  position: string;
  unitId: string;
  /** The text in the unit picker (a name, or what was typed). */
  unitText: string;
  cellId: string;
  cellText: string;
  commitments: Record<string, CommitmentValues>;
  public: boolean;
}

/** One error on one field; `field` is the id of the control in the form. */
export interface FieldError {
  field: string;
  message: string;
}

export const personFields = ['fullName', 'position', 'unitId', 'cellId'] as const;
export const commitmentParts = ['commitment', 'measures', 'deadline'] as const;
export type CommitmentPart = (typeof commitmentParts)[number];

export const commitmentField = (part: CommitmentPart, headingId: string) => `${part}-${headingId}`;

export function emptyValues(template: PledgeTemplate): PledgeFormValues {
  const commitments: Record<string, CommitmentValues> = {};
  for (const h of template.headings) commitments[h.id] = { commitment: '', measures: '', deadline: '' };
  return { fullName: '', position: '', unitId: '', unitText: '', cellId: '', cellText: '', commitments, public: false };
}

/** Fills in what a saved draft lacks (a heading added to the template since), and drops what it should not have. */
export function mergeValues(template: PledgeTemplate, saved: Partial<PledgeFormValues>): PledgeFormValues {
  const values = emptyValues(template);
  for (const key of ['fullName', 'position', 'unitId', 'unitText', 'cellId', 'cellText'] as const)
    if (typeof saved[key] === 'string') values[key] = saved[key];
  values.public = saved.public === true;
  for (const h of template.headings) {
    const c = saved.commitments?.[h.id];
    for (const part of commitmentParts) if (typeof c?.[part] === 'string') values.commitments[h.id][part] = c[part];
  }
  return values;
}

/** Whether nothing has been typed (an empty form is not worth a draft). */
export function isBlank(values: PledgeFormValues): boolean {
  const texts = [values.fullName, values.position, values.unitText, values.cellText];
  for (const c of Object.values(values.commitments)) texts.push(c.commitment, c.measures, c.deadline);
  return texts.every((t) => t.trim() === '');
}

/** What the form posts. Empty optional fields are left out; text is sent as typed (NFC). */
export function toSubmission(template: PledgeTemplate, values: PledgeFormValues): PledgeSubmissionInput {
  const nfc = (s: string) => s.normalize('NFC');
  const optional = (s: string) => (s.trim() === '' ? undefined : nfc(s));
  return {
    templateId: template.id,
    year: template.year,
    person: { fullName: nfc(values.fullName), position: optional(values.position) },
    unitId: values.unitId || undefined,
    cellId: values.cellId || undefined,
    commitments: template.headings.map((h) => {
      const c = values.commitments[h.id] ?? { commitment: '', measures: '', deadline: '' };
      return {
        headingId: h.id,
        commitment: nfc(c.commitment),
        measures: optional(c.measures),
        deadline: optional(c.deadline),
      };
    }),
    public: values.public,
  };
}

/** The form field a path in a submission points to (`commitments[1].measures` → `measures-dao-duc`). */
export function fieldOfPath(
  segments: readonly PathSegment[],
  submission: PledgeSubmissionInput,
  template: PledgeTemplate,
  message = '',
): string {
  const [first, second, third] = segments;
  if (first === 'person') return second === 'position' ? 'position' : 'fullName';
  if (first === 'unitId' || first === 'cellId') return first;
  if (first === 'commitments') {
    const headingId = typeof second === 'number' ? submission.commitments[second]?.headingId : undefined;
    const part = commitmentParts.includes(third as CommitmentPart) ? (third as CommitmentPart) : 'commitment';
    // "nothing is written for the heading “Về đạo đức”" points at the whole list: find the heading it names.
    const named = template.headings.find((h) => message.includes(h.title))?.id;
    return commitmentField(part, headingId ?? named ?? template.headings[0].id);
  }
  return personFields[0];
}

function headingTitle(template: PledgeTemplate, field: string): string {
  const heading = template.headings.find((h) => field.endsWith(`-${h.id}`));
  return heading?.title ?? '';
}

/** The label of a field, as the form shows it. */
export function fieldLabel(field: string): string {
  if (field === 'fullName') return msg('Họ và tên');
  if (field === 'position') return msg('Chức vụ');
  if (field === 'unitId') return msg('Đơn vị');
  if (field === 'cellId') return msg('Chi bộ');
  if (field.startsWith('measures-')) return msg('Biện pháp thực hiện');
  if (field.startsWith('deadline-')) return msg('Thời hạn hoàn thành');
  return msg('Nội dung đăng ký');
}

const missingCodes = new Set(['required', 'too-small', 'blank', 'missing-commitment', 'required-field']);

/** Words for an issue on a field, the way a form speaks to the person filling it in. */
export function fieldMessage(field: string, issue: Pick<Issue, 'code' | 'message'>, template: PledgeTemplate): string {
  const title = headingTitle(template, field);
  if (missingCodes.has(issue.code)) {
    if (field === 'fullName') return msg('Nhập họ và tên');
    if (field === 'position') return msg('Nhập chức vụ');
    if (field === 'unitId') return msg('Chọn đơn vị');
    if (field === 'cellId') return msg('Chọn chi bộ');
    if (field.startsWith('measures-')) return msg(str`Nhập biện pháp thực hiện cho mục “${title}”`);
    if (field.startsWith('deadline-')) return msg(str`Nhập thời hạn hoàn thành cho mục “${title}”`);
    return msg(str`Nhập nội dung đăng ký cho mục “${title}”`);
  }
  if (issue.code === 'invalid-date' && field.startsWith('deadline-'))
    return msg(str`Thời hạn cho mục “${title}” phải là một ngày có thật`);
  const label = title ? `${fieldLabel(field)} (${title})` : fieldLabel(field);
  return `${label}: ${issue.message}`;
}

/** Why a typed deadline is not a date, in words ("không có ngày 31 tháng 2 năm 2024"); undefined when it is one or is empty. */
export function deadlineMessage(text: string, title: string, lang: Lang): string | undefined {
  const read = readDateText(text);
  if (read.kind === 'format')
    return msg(str`Nhập thời hạn cho mục “${title}” theo thứ tự ngày/tháng/năm, ví dụ 30/06/2025`);
  if (read.kind === 'month')
    return msg(str`Thời hạn cho mục “${title}”: không có tháng ${read.month} (tháng chỉ từ 1 đến 12)`);
  if (read.kind !== 'day') return undefined;
  const { day, month, year } = read;
  const monthName =
    lang === 'vi'
      ? `tháng ${month}`
      : new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  const days = daysInMonth(year, month);
  return msg(
    str`Thời hạn cho mục “${title}”: không có ngày ${day} ${monthName} năm ${year} (${monthName} năm ${year} chỉ có ${days} ngày)`,
  );
}

/**
 * Every error of the form, one per field, in the order of the form. `unknownChoice`
 * names pickers whose text matches no unit in the list.
 */
export function validateValues(
  template: PledgeTemplate,
  values: PledgeFormValues,
  lang: Lang,
  unknownChoice: readonly ('unitId' | 'cellId')[] = [],
): FieldError[] {
  const submission = toSubmission(template, values);
  const parsed = safeParse(pledgeSubmission, submission, { reportInput: true });
  const issues = parsed.success ? [] : fromZodIssues(parsed.error.issues, lang);
  issues.push(
    ...validatePledgeAgainstTemplate(submission as Parameters<typeof validatePledgeAgainstTemplate>[0], template, {
      lang,
    }),
  );
  const byField = new Map<string, string>();
  for (const field of unknownChoice)
    byField.set(
      field,
      field === 'unitId' ? msg('Chọn đơn vị trong danh sách gợi ý') : msg('Chọn chi bộ trong danh sách gợi ý'),
    );
  for (const h of template.headings) {
    const problem = deadlineMessage(values.commitments[h.id]?.deadline ?? '', h.title, lang);
    if (problem) byField.set(commitmentField('deadline', h.id), problem);
  }
  for (const issue of issues) {
    // Every heading is in the submission, so an empty one is already flagged on its own field.
    if (issue.code === 'missing-commitment') continue;
    const field = fieldOfPath(issue.segments, submission, template);
    if (!byField.has(field)) byField.set(field, fieldMessage(field, issue, template));
  }
  return orderFields(template, byField);
}

/** Every error of the form as it stands, counting picker text that names no unit in the list. */
export function validateForm(template: PledgeTemplate, values: PledgeFormValues, lang: Lang): FieldError[] {
  const unknown = (['unitId', 'cellId'] as const).filter((f) =>
    f === 'unitId' ? values.unitText.trim() && !values.unitId : values.cellText.trim() && !values.cellId,
  );
  return validateValues(template, values, lang, unknown);
}

/** Errors a receiver sent back (`{ path, message }`), placed on their fields in form order. */
export function receiverFieldErrors(
  errors: readonly { path: string; message: string }[],
  template: PledgeTemplate,
  values: PledgeFormValues,
): FieldError[] {
  const submission = toSubmission(template, values);
  const byField = new Map<string, string>();
  for (const e of errors) {
    const field = fieldOfPath(parsePath(e.path), submission, template, e.message);
    if (!byField.has(field)) byField.set(field, e.message);
  }
  return orderFields(template, byField);
}

/** What to show when the receiver refused a pledge: its errors on their fields, or that it refused. */
export function refusalErrors(
  result: { status: number; errors: readonly { path: string; message: string }[] },
  template: PledgeTemplate,
  values: PledgeFormValues,
): FieldError[] {
  const mapped = receiverFieldErrors(result.errors, template, values);
  return mapped.length
    ? mapped
    : [{ field: 'fullName', message: msg(str`Máy chủ không nhận bản đăng ký (mã ${result.status}).`) }];
}

/** The ids of the form's fields, in the order a person meets them. */
export function fieldOrder(template: PledgeTemplate): string[] {
  const order: string[] = [...personFields];
  for (const h of template.headings) for (const part of commitmentParts) order.push(commitmentField(part, h.id));
  return order;
}

function orderFields(template: PledgeTemplate, byField: Map<string, string>): FieldError[] {
  const order = fieldOrder(template);
  return [...byField]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([field, message]) => ({ field, message }));
}
