/**
 * The pledge chain on a store: registration (idempotent), the registrant's own access by
 * receipt and private code, the cell committee's review, publication, year-end self-assessment
 * and rating. Every change is one conditional SQL statement, so two receivers sharing one
 * PostgreSQL server (or two clicks at once) cannot take a registration through a step twice or
 * out of order. Answers follow docs/pledge-http-contract.md; words are the command line's
 * (`cli.rx.*` ids, English in src/i18n/xliff/en.xlf).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  assessmentResults as results,
  registrationStates as states,
  selfAssessments,
  type AssessmentResult as Result,
  type PledgeSubmission,
  type RegistrationState as State,
  type SelfAssessment,
} from '../schema/pledge.js';
import { validatePledgeSubmission } from '../data/check/pledges.js';
import type { Lang } from '../data/words/issues.js';
import type { DatasetView } from './dataset-file.js';
import type { Queryable, Store } from './store.js';
import { words } from './words.js';

export type { State, Result };

export interface Answer {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export interface Row {
  receipt: string;
  idempotency_key: string;
  body_hash: string;
  template_id: string;
  year: number;
  unit_id: string | null;
  cell_id: string | null;
  submission: PledgeSubmission;
  consent: boolean;
  published: boolean;
  status: State;
  review: Review | null;
  confirmed_at: Date | string | null;
  confirmed_by: string | null;
  assessment: Assessment | null;
  rating: SelfAssessment | null;
  rated_at: Date | string | null;
  received_at: Date | string;
}

export interface Review {
  action: 'confirm' | 'return';
  comment?: string;
  at: string;
}
export interface Assessment {
  items: { headingId: string; result: Result; note?: string }[];
  at: string;
}
export interface Reviewer {
  id: number;
  unit_id: string;
  name: string | null;
}

const MAX_KEY = 200;
const MAX_NOTE = 2000;
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const fail = (status: number, message: string, path = '', headers?: Record<string, string>): Answer => ({
  status,
  json: { errors: [{ path, message }] },
  headers,
});

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The registrant's private code: 12 letters and digits from an HMAC of the receipt and key. */
export function codeFor(secret: string, receipt: string, key: string): string {
  const mac = createHmac('sha256', secret).update(`${receipt}\n${key}`).digest();
  let code = '';
  for (let i = 0; i < 12; i++) code += CODE_ALPHABET[mac[i] % CODE_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A code as typed back: any case, spaces or dashes. */
export const normaliseCode = (typed: string) => typed.toUpperCase().replace(/[^0-9A-Z]/g, '');

export function createRegistrations(store: Store, secret: string) {
  const byReceipt = async (db: Queryable, receipt: string) =>
    (await db.query<Row>('select * from registrations where receipt = $1', [receipt])).rows[0];

  /** POST /api/pledges. */
  async function register(dataset: DatasetView, key: string, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    key = key.trim();
    if (!key || key.length > MAX_KEY) return fail(400, w.missingKey());
    const bodyHash = sha256(JSON.stringify(body ?? null));
    const seen = await store.query<Row>('select receipt, body_hash from registrations where idempotency_key = $1', [
      key,
    ]);
    if (seen.rows[0]) return replay(seen.rows[0], key, bodyHash, lang);
    if (isObject(body) && typeof body.website === 'string' && body.website.trim()) {
      // A bot filled the honeypot: answer like a success, keep nothing.
      const receipt = `DK${new Date().getFullYear()}-${String(Math.floor(Math.random() * 99999)).padStart(5, '0')}`;
      return { status: 201, json: { receipt, code: codeFor(secret, receipt, sha256(key)), status: 'submitted' } };
    }
    const checked = checkSubmission(dataset, body, lang);
    if ('status' in checked) return checked;
    const { data, template } = checked;
    const submission = { ...data, submittedAt: data.submittedAt ?? new Date().toISOString() };
    const inserted = await store.query<{ receipt: string }>(
      `insert into registrations (receipt, idempotency_key, body_hash, template_id, year, unit_id, cell_id, submission, consent)
       values ('DK' || $1 || '-' || lpad(nextval('registration_number')::text, 5, '0'), $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (idempotency_key) do nothing
       returning receipt`,
      [
        template.year,
        key,
        bodyHash,
        data.templateId,
        data.year,
        data.unitId ?? null,
        data.cellId ?? null,
        JSON.stringify(submission),
        data.public === true,
      ],
    );
    const receipt = inserted.rows[0]?.receipt;
    if (receipt) return { status: 201, json: { receipt, code: codeFor(secret, receipt, key), status: 'submitted' } };
    // Another request with this key was stored between the look-up and the insert.
    const first = await store.query<Row>('select receipt, body_hash from registrations where idempotency_key = $1', [
      key,
    ]);
    return replay(first.rows[0], key, bodyHash, lang);
  }

  function replay(first: Pick<Row, 'receipt' | 'body_hash'>, key: string, bodyHash: string, lang: Lang): Answer {
    if (first.body_hash !== bodyHash) return fail(409, words(lang).keyReused());
    return {
      status: 200,
      json: { receipt: first.receipt, code: codeFor(secret, first.receipt, key), status: 'submitted', duplicate: true },
    };
  }

  /** The registration a `Receipt DK…:CODE` header opens, or undefined (after the same work). */
  async function open(authorization: string): Promise<Row | undefined> {
    const match = /^Receipt\s+([A-Za-z0-9-]{1,40}):(.{1,40})$/.exec(authorization.trim());
    const receipt = match?.[1].toUpperCase() ?? '';
    const row = match ? await byReceipt(store, receipt) : undefined;
    const expected = normaliseCode(codeFor(secret, receipt, row?.idempotency_key ?? 'no such registration'));
    const typed = normaliseCode(match?.[2] ?? '')
      .padEnd(expected.length, '?')
      .slice(0, expected.length);
    const same = timingSafeEqual(Buffer.from(expected), Buffer.from(typed));
    return row && same ? row : undefined;
  }

  /** PUT /api/pledges/self: the whole submission again, before confirmation. */
  async function amend(dataset: DatasetView, row: Row, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    const checked = checkSubmission(dataset, body, lang);
    if ('status' in checked) return checked;
    const { data } = checked;
    if (data.templateId !== row.template_id || data.year !== row.year)
      return fail(422, w.templateFixed(), 'templateId');
    const submission = { ...data, submittedAt: row.submission.submittedAt ?? data.submittedAt };
    const updated = await store.query<Row>(
      `update registrations set submission = $2, unit_id = $3, cell_id = $4, consent = $5,
         published = published and $5, status = 'submitted', updated_at = now()
       where receipt = $1 and status in ('submitted', 'returned') returning *`,
      [row.receipt, JSON.stringify(submission), data.unitId ?? null, data.cellId ?? null, data.public === true],
    );
    return updated.rows[0] ? { status: 200, json: selfView(updated.rows[0]) } : fail(409, w.notAmendable());
  }

  /** PUT /api/pledges/self/assessment. */
  async function assess(row: Row, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    const headings = row.submission.commitments.map((c) => c.headingId);
    const items = isObject(body) && Array.isArray(body.items) ? body.items : undefined;
    if (!items) return fail(422, w.assessmentItems(), 'items');
    const clean: Assessment['items'] = [];
    for (const [i, item] of items.entries()) {
      if (!isObject(item) || typeof item.headingId !== 'string' || !headings.includes(item.headingId))
        return fail(422, w.assessmentHeading(), `items[${i}].headingId`);
      if (!results.includes(item.result as Result)) return fail(422, w.assessmentResult(), `items[${i}].result`);
      const note = item.note === undefined || item.note === null ? undefined : item.note;
      if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE))
        return fail(422, w.noteTooLong(MAX_NOTE), `items[${i}].note`);
      if (clean.some((c) => c.headingId === item.headingId))
        return fail(422, w.assessmentTwice(), `items[${i}].headingId`);
      clean.push({ headingId: item.headingId, result: item.result as Result, ...(note?.trim() ? { note } : {}) });
    }
    const missing = headings.findIndex((h) => !clean.some((c) => c.headingId === h));
    if (missing >= 0) return fail(422, w.assessmentMissing(), `items`);
    const assessment: Assessment = { items: clean, at: new Date().toISOString() };
    const updated = await store.query<Row>(
      `update registrations set assessment = $2, status = case when status = 'rated' then 'rated' else 'assessed' end,
         updated_at = now()
       where receipt = $1 and status in ('confirmed', 'assessed') returning *`,
      [row.receipt, JSON.stringify(assessment)],
    );
    return updated.rows[0] ? { status: 200, json: selfView(updated.rows[0]) } : fail(409, w.notAssessable());
  }

  /** The reviewer a `Bearer` token names, unless revoked. */
  async function reviewer(authorization: string): Promise<Reviewer | undefined> {
    const token = /^Bearer\s+(\S{1,200})$/.exec(authorization.trim())?.[1];
    if (!token) return undefined;
    const found = await store.query<Reviewer>(
      'select id, unit_id, name from reviewers where token_hash = $1 and revoked_at is null',
      [sha256(token)],
    );
    return found.rows[0];
  }

  const inScope = 'receipt = $1 and (unit_id = any($2::text[]) or cell_id = any($2::text[]))';

  async function reviewList(scope: string[], status?: string): Promise<Answer> {
    const rows = await store.query<Row>(
      `select * from registrations where (unit_id = any($1::text[]) or cell_id = any($1::text[]))
         and ($2::text is null or status = $2) order by received_at, receipt`,
      [scope, status && states.includes(status as State) ? status : null],
    );
    return { status: 200, json: { pledges: rows.rows.map(reviewView) } };
  }

  /** Runs a conditional change on a registration in scope: 404 outside it, 409 in a wrong state. */
  async function change(
    scope: string[],
    receipt: string,
    set: string,
    when: string,
    params: unknown[],
    lang: Lang,
    conflict: string,
  ): Promise<Answer> {
    const updated = await store.query<Row>(
      `update registrations set ${set}, updated_at = now() where ${inScope} and (${when}) returning *`,
      [receipt, scope, ...params],
    );
    if (updated.rows[0]) return { status: 200, json: reviewView(updated.rows[0]) };
    const exists = await store.query(`select 1 from registrations where ${inScope}`, [receipt, scope]);
    return exists.rows[0] ? fail(409, conflict) : fail(404, words(lang).notFound());
  }

  async function review(who: Reviewer, scope: string[], receipt: string, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    const action = isObject(body) ? body.action : undefined;
    const comment = isObject(body) && typeof body.comment === 'string' ? body.comment.trim() : '';
    if (comment.length > MAX_NOTE) return fail(422, w.noteTooLong(MAX_NOTE), 'comment');
    const at = new Date().toISOString();
    if (action === 'confirm') {
      const review = JSON.stringify({ action, ...(comment ? { comment } : {}), at });
      return change(
        scope,
        receipt,
        `status = 'confirmed', review = $3, confirmed_at = now(), confirmed_by = $4`,
        `status in ('submitted', 'returned')`,
        [review, who.unit_id],
        lang,
        w.notConfirmable(),
      );
    }
    if (action === 'return') {
      if (!comment) return fail(422, w.commentNeeded(), 'comment');
      return change(
        scope,
        receipt,
        `status = 'returned', review = $3`,
        `status = 'submitted'`,
        [JSON.stringify({ action, comment, at })],
        lang,
        w.notReturnable(),
      );
    }
    return fail(422, w.unknownAction(), 'action');
  }

  async function publish(scope: string[], receipt: string, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    if (!isObject(body) || typeof body.public !== 'boolean') return fail(422, w.publicBoolean(), 'public');
    if (!body.public) return change(scope, receipt, 'published = false', 'true', [], lang, '');
    const answer = await change(
      scope,
      receipt,
      'published = true',
      `consent and status in ('confirmed', 'assessed', 'rated')`,
      [],
      lang,
      '', // worded below, once it is known why
    );
    if (answer.status !== 409) return answer;
    const row = await byReceipt(store, receipt);
    return fail(409, row && !row.consent ? w.noConsent() : w.notConfirmedYet(), 'public');
  }

  async function rate(scope: string[], receipt: string, body: unknown, lang: Lang): Promise<Answer> {
    const w = words(lang);
    const level = isObject(body) ? body.level : undefined;
    if (!selfAssessments.includes(level as SelfAssessment)) return fail(422, w.ratingLevel(), 'level');
    return change(
      scope,
      receipt,
      `rating = $3, rated_at = now(), status = 'rated'`,
      `status in ('assessed', 'rated')`,
      [level],
      lang,
      w.notRatable(),
    );
  }

  return {
    register,
    open,
    amend,
    assess,
    reviewer,
    reviewList,
    review,
    publish,
    rate,
    byReceipt: (r: string) => byReceipt(store, r),
  };
}

export type Registrations = ReturnType<typeof createRegistrations>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The shape and the form's rules, plus: the units named are the dataset's. */
function checkSubmission(dataset: DatasetView, body: unknown, lang: Lang) {
  const w = words(lang);
  const templateId = isObject(body) ? body.templateId : undefined;
  const template = typeof templateId === 'string' ? dataset.templates.get(templateId) : undefined;
  if (!template) return fail(422, w.noTemplate(), 'templateId');
  const result = validatePledgeSubmission(body, template, { lang });
  if (!result.ok)
    return { status: 422, json: { errors: result.errors.map((e) => ({ path: e.path, message: e.message })) } };
  if (dataset.units.size) {
    for (const field of ['unitId', 'cellId'] as const) {
      const id = result.data[field];
      if (id !== undefined && !dataset.units.has(id)) return fail(422, w.noUnit(id), field);
    }
  }
  return { data: result.data, template };
}

const can = (row: Row) => ({
  amend: row.status === 'submitted' || row.status === 'returned',
  assess: row.status === 'confirmed' || row.status === 'assessed',
});

/** What the registrant sees of their own registration. */
export function selfView(row: Row) {
  return {
    receipt: row.receipt,
    status: row.status,
    pledge: row.submission,
    published: row.published,
    review: row.review,
    assessment: row.assessment,
    rating: row.rating ? { level: row.rating, at: iso(row.rated_at) } : null,
    can: can(row),
  };
}

/** What a reviewer sees. */
export function reviewView(row: Row) {
  return {
    ...selfView(row),
    consent: row.consent,
    receivedAt: iso(row.received_at),
    confirmedAt: iso(row.confirmed_at),
  };
}

/** A public registration: only the fields the contract lists, only when consented and published. */
export function publicPledge(row: Row, dataset: DatasetView) {
  const s = row.submission;
  const by = dataset.unitName(row.confirmed_by) ?? row.confirmed_by;
  return {
    id: row.receipt,
    templateId: row.template_id,
    year: row.year,
    person: { fullName: s.person.fullName, ...(s.person.position ? { position: s.person.position } : {}) },
    ...(row.unit_id ? { unitId: row.unit_id } : {}),
    ...(row.cell_id ? { cellId: row.cell_id } : {}),
    commitments: s.commitments.map((c) => ({
      headingId: c.headingId,
      commitment: c.commitment,
      ...(c.measures ? { measures: c.measures } : {}),
      ...(c.deadline ? { deadline: c.deadline } : {}),
    })),
    ...(s.submittedAt ? { submittedAt: s.submittedAt } : {}),
    ...(by && row.confirmed_at ? { confirmedBy: { by, date: iso(row.confirmed_at)!.slice(0, 10) } } : {}),
    public: true,
  };
}
