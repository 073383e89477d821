/**
 * Sending one pledge to a receiver, and what the answer means. Framework-free: the
 * element and the outbox courier both use it. The HTTP contract is in
 * docs/pledge-http-contract.md.
 */

/** A field error from the receiver: `{ path: "person.fullName", message: "…" }`. */
export interface ReceiverError {
  path: string;
  message: string;
}

export type SendResult =
  /** `code`: the private code a lamtheo receiver gives with the receipt ('' when none). */
  | { kind: 'sent'; receipt: string; code: string }
  /** The receiver refused the pledge (4xx): sending it again would not help. */
  | { kind: 'rejected'; status: number; errors: ReceiverError[] }
  /** The network failed or the receiver is down (5xx, 408, 429): keep it and try later. */
  | { kind: 'retry'; reason: 'network' | 'server'; status?: number };

export interface SendOptions {
  action: string;
  method?: 'POST' | 'PUT';
  /** The JSON text of the pledge. */
  body: string;
  /** The same for every attempt of one pledge, so the receiver stores it once. */
  idempotencyKey: string;
  headers?: Record<string, string>;
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
  /** Give up waiting after this many milliseconds (the pledge stays in the outbox). */
  timeoutMs?: number;
}

const retryStatuses = new Set([408, 425, 429]);

export async function sendPledge(options: SendOptions): Promise<SendResult> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 20_000);
  let response: Response;
  try {
    response = await doFetch(options.action, {
      method: options.method ?? 'POST',
      headers: {
        ...options.headers,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': options.idempotencyKey,
      },
      body: options.body,
      credentials: options.credentials ?? 'same-origin',
      signal: controller.signal,
    });
  } catch {
    return { kind: 'retry', reason: 'network' };
  } finally {
    clearTimeout(timer);
  }
  const json = await response.json().catch(() => undefined);
  if (response.ok) return { kind: 'sent', receipt: receiptOf(json) ?? '', code: codeOf(json) };
  if (response.status >= 500 || retryStatuses.has(response.status)) {
    return { kind: 'retry', reason: 'server', status: response.status };
  }
  return { kind: 'rejected', status: response.status, errors: errorsOf(json) };
}

function receiptOf(json: unknown): string | undefined {
  const receipt = (json as { receipt?: unknown } | undefined)?.receipt;
  return typeof receipt === 'string' || typeof receipt === 'number' ? String(receipt).slice(0, 100) : undefined;
}

/** The registrant's private code (letters, digits and dashes only: it is shown as text). */
function codeOf(json: unknown): string {
  const code = (json as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Za-z-]{4,40}$/.test(code) ? code : '';
}

/** Reads `{ errors: [{ path, message }] }`, ignoring anything else a receiver sends. */
export function errorsOf(json: unknown): ReceiverError[] {
  const errors = (json as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is ReceiverError => !!e && typeof e.path === 'string' && typeof e.message === 'string')
    .slice(0, 50)
    .map((e) => ({ path: e.path.slice(0, 200), message: e.message.slice(0, 500) }));
}

/**
 * Milliseconds to wait before attempt `attempt` (0-based): exponential from `base`,
 * capped at `max`, with jitter so a hundred phones coming back online do not all call at once.
 */
export function backoffDelay(attempt: number, { base = 2000, max = 5 * 60_000 } = {}, random = Math.random): number {
  const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
