/**
 * Talking to a lamtheo receiver from the chain's widgets (`<lamtheo-pledge-review>`,
 * `<lamtheo-pledge-assessment>`): one call with the sign-in header and the language, the
 * answer read as the contract says (docs/pledge-http-contract.md), and every failure worded.
 * Sign-in travels in the Authorization header only, never in cookies (`credentials: 'omit'`).
 */
import { msg, str } from '@lit/localize';
import type { PledgeTemplate } from '../../schema/pledge-template.js';
import type { AssessmentResult, PledgeSubmission, RegistrationState, SelfAssessment } from '../../schema/pledge.js';
import { errorsOf, type ReceiverError } from './submit.js';

// The lists are the schema's (registrationStates, assessmentResults); the widgets walk them through
// the keys of their words below, in the same order, so that no value of src/schema/pledge.ts is
// bundled into the chain's chunk (a type-only import keeps that module in the data layer's chunk).
export type ChainState = RegistrationState;
export type { AssessmentResult };

/** A registration as the receiver shows it to its registrant or to a reviewer. */
export interface Registration {
  receipt: string;
  status: ChainState;
  pledge: PledgeSubmission;
  published: boolean;
  review: { action: 'confirm' | 'return'; comment?: string; at: string } | null;
  assessment: { items: { headingId: string; result: AssessmentResult; note?: string }[]; at: string } | null;
  rating: { level: SelfAssessment; at: string } | null;
  can: { amend: boolean; assess: boolean };
  /** Reviewer's view only. */
  consent?: boolean;
  receivedAt?: string;
}

export type Answer<T> =
  | { ok: true; status: number; json: T; response: Response }
  | { ok: false; status: number; message: string; errors: ReceiverError[] };

/** `${endpoint}${path}`: the endpoint is the receiver's base address ("https://…/" or "/"). */
export function receiverUrl(endpoint: string, path: string): string {
  const base = new URL(endpoint || '/', document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\//, ''), base).href;
}

export async function callReceiver<T>(
  endpoint: string,
  path: string,
  options: { method?: string; body?: unknown; authorization?: string; lang: string; fetch?: typeof fetch },
): Promise<Answer<T>> {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await send(receiverUrl(endpoint, path), {
      method: options.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        'Accept-Language': options.lang,
        ...(options.authorization ? { Authorization: options.authorization } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, status: 0, message: failureWords(0, []), errors: [] };
  }
  if (response.ok && !(response.headers.get('content-type') ?? '').includes('json'))
    return { ok: true, status: response.status, json: undefined as T, response };
  const json = await response.json().catch(() => undefined);
  if (response.ok) return { ok: true, status: response.status, json: json as T, response };
  const errors = errorsOf(json);
  return { ok: false, status: response.status, message: failureWords(response.status, errors), errors };
}

/** What went wrong, for a person: the receiver's own words when it gave them. */
function failureWords(status: number, errors: ReceiverError[]): string {
  const said = errors.find((e) => e.message)?.message;
  if (status === 0) return msg('Không kết nối được máy nhận. Kiểm tra mạng rồi thử lại; những gì bạn đã gõ vẫn còn.');
  if (status === 429) return msg('Máy nhận đang bận vì có quá nhiều yêu cầu. Xin thử lại sau ít phút.');
  if (status >= 500) return msg(str`Máy nhận gặp lỗi (mã ${status}). Xin thử lại sau; những gì bạn đã gõ vẫn còn.`);
  if (said) return capitalise(said);
  return msg(str`Máy nhận không làm được việc này (mã ${status}).`);
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The receiver's public dataset: the templates (headings' titles) and units (names) the widgets show. */
export const datasetPath = 'api/pledges/dataset.json';

/** The title of a heading of a registration's template, or its id when the template is unknown. */
export function headingTitle(
  templates: ReadonlyMap<string, PledgeTemplate>,
  pledge: PledgeSubmission,
  headingId: string,
) {
  return templates.get(pledge.templateId)?.headings.find((h) => h.id === headingId)?.title ?? headingId;
}

export const stateWords = (): Record<ChainState, string> => ({
  submitted: msg('Chờ chi ủy xác nhận'),
  returned: msg('Chi ủy trả lại để bổ sung'),
  confirmed: msg('Đã được chi ủy xác nhận'),
  assessed: msg('Đã tự đánh giá, chờ xếp loại'),
  rated: msg('Đã xếp loại'),
});

export const resultWords = (): Record<AssessmentResult, string> => ({
  done: msg('Hoàn thành'),
  partly: msg('Hoàn thành một phần'),
  'not-done': msg('Chưa hoàn thành'),
});

/** The four year-end ratings in their order, with their meaning (the schema's `selfAssessments`). */
export const levelWords = (): Record<SelfAssessment, string> => ({
  HTXSNV: msg('Hoàn thành xuất sắc nhiệm vụ'),
  HTTNV: msg('Hoàn thành tốt nhiệm vụ'),
  HTNV: msg('Hoàn thành nhiệm vụ'),
  KHTNV: msg('Không hoàn thành nhiệm vụ'),
});
