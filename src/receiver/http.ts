/**
 * The receiver's HTTP side (docs/pledge-http-contract.md): routes, the 64 kB body limit, CORS
 * by an allow-list (a foreign Origin is refused: with 415 for non-JSON, that stops cross-site
 * form posts), a per-client limit on submissions and wrong codes, ETag on the public dataset,
 * and one log line per request with nothing personal in it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Lang } from '../data/words/issues.js';
import type { DatasetView } from './dataset-file.js';
import { publicList, publicRows, servedDataset, tallies } from './derive.js';
import { reportTable, toCsv, toXlsx } from './export.js';
import { fail, selfView, type Answer, type Registrations, type Row } from './registrations.js';
import type { Store } from './store.js';
import { words } from './words.js';

export const MAX_BODY = 64 * 1024;

export interface AppOptions {
  store: Store;
  registrations: Registrations;
  dataset: { current(): Promise<DatasetView> };
  /** Origins (scheme://host[:port]) whose pages may call the receiver. */
  allowOrigins?: readonly string[];
  /** Submissions and wrong codes per client per minute; 0 turns the limit off. */
  rateLimit?: number;
  /** Take the client's address from X-Forwarded-For (behind a proxy the receiver trusts). */
  trustProxy?: boolean;
  /** A path prefix the receiver is mounted under ('' by default). */
  base?: string;
  log?: (line: string) => void;
}

class Refused extends Error {
  constructor(readonly answer: Answer) {
    super('refused');
  }
}

export function createReceiverApp(options: AppOptions) {
  const { store, registrations: reg, dataset } = options;
  const allow = new Set((options.allowOrigins ?? []).map((o) => o.replace(/\/$/, '').toLowerCase()));
  const limiter = createLimiter(options.rateLimit ?? 30);
  const base = (options.base ?? '').replace(/\/$/, '');
  const log = options.log ?? (() => {});
  let writes = 0;
  let cached: { writes: number; at: number; key: string; body: Buffer; etag: string } | undefined;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://receiver');
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
    const lang: Lang = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'vi';
    let answer: Answer;
    try {
      const cors = corsHeaders(req, lang);
      if (req.method === 'OPTIONS') answer = { status: 204, headers: cors };
      else {
        answer = await route(req, path, url, lang);
        answer.headers = { ...cors, ...answer.headers };
      }
    } catch (error) {
      if (error instanceof Refused) answer = error.answer;
      else {
        // The code of a database error, never its message (it may quote a value).
        const code = (error as { code?: unknown })?.code;
        log(`error ${typeof code === 'string' ? code : ((error as Error)?.name ?? 'unknown')}`);
        answer = fail(503, words(lang).failed(), '', { 'Retry-After': '5' });
      }
    }
    send(req, res, answer);
    log(`${req.method} ${redactPath(path)} ${answer.status} ${Math.round(performance.now() - started)}ms`);
  }

  function corsHeaders(req: IncomingMessage, lang: Lang): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin) return {};
    const own = `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${req.headers.host ?? ''}`;
    if (origin.toLowerCase() === own.toLowerCase()) return {};
    if (!allow.has(origin.toLowerCase())) throw new Refused(fail(403, words(lang).originRefused()));
    return {
      'Access-Control-Allow-Origin': origin,
      Vary: 'Origin',
      'Access-Control-Allow-Methods': 'GET, POST, PUT',
      'Access-Control-Allow-Headers':
        'Content-Type, Idempotency-Key, Accept-Language, Authorization, If-None-Match, X-CSRF-Token',
      'Access-Control-Expose-Headers': 'ETag, Retry-After, Content-Disposition',
      'Access-Control-Max-Age': '600',
    };
  }

  function client(req: IncomingMessage): string {
    const forwarded = options.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          .trim()
      : '';
    return forwarded || req.socket.remoteAddress || '?';
  }

  const limited = (req: IncomingMessage, lang: Lang) => {
    const wait = limiter.take(client(req));
    if (wait > 0) throw new Refused(fail(429, words(lang).tooMany(), '', { 'Retry-After': String(wait) }));
  };

  async function route(req: IncomingMessage, path: string, url: URL, lang: Lang): Promise<Answer> {
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const w = words(lang);
    const auth = String(req.headers.authorization ?? '');

    if (path === '/api/pledges' && method === 'POST') {
      limited(req, lang);
      const body = await readJson(req, lang);
      const answer = await reg.register(
        await dataset.current(),
        String(req.headers['idempotency-key'] ?? ''),
        body,
        lang,
      );
      if (answer.status === 201) writes++;
      return answer;
    }
    if ((path === '/api/pledges' || path === '/api/pledges/dataset.json') && method === 'GET')
      return publicDocument(req, path === '/api/pledges' ? 'list' : 'dataset');

    if (path === '/api/pledges/self' || path === '/api/pledges/self/assessment') {
      const row = await reg.open(auth);
      if (!row) {
        limited(req, lang);
        return fail(401, w.wrongCode(), '', { 'WWW-Authenticate': 'Receipt' });
      }
      if (path === '/api/pledges/self' && method === 'GET') return { status: 200, json: selfView(row) };
      if (method !== 'PUT') return fail(405, w.noRoute());
      const body = await readJson(req, lang);
      const answer =
        path === '/api/pledges/self'
          ? await reg.amend(await dataset.current(), row, body, lang)
          : await reg.assess(row, body, lang);
      if (answer.status === 200) writes++;
      return answer;
    }

    if (path.startsWith('/api/review/')) {
      const who = await reg.reviewer(auth);
      if (!who) {
        limited(req, lang);
        return fail(401, w.wrongToken(), '', { 'WWW-Authenticate': 'Bearer' });
      }
      const current = await dataset.current();
      const scope = current.subtree(who.unit_id);
      if (path === '/api/review/me' && method === 'GET')
        return {
          status: 200,
          json: {
            reviewer: { id: who.id, name: who.name },
            unit: { id: who.unit_id, name: current.unitName(who.unit_id) ?? who.unit_id },
            units: scope,
          },
        };
      if (path === '/api/review/pledges' && method === 'GET')
        return reg.reviewList(scope, url.searchParams.get('status') ?? undefined);
      const exported = /^\/api\/review\/export\.(csv|xlsx)$/.exec(path);
      if (exported && method === 'GET')
        return exportOf(scope, who.unit_id, current, exported[1] as 'csv' | 'xlsx', lang);
      const one = /^\/api\/review\/pledges\/([A-Za-z0-9-]{1,40})(\/public|\/rating)?$/.exec(path);
      if (one) {
        const receipt = one[1].toUpperCase();
        let answer: Answer | undefined;
        if (!one[2] && method === 'POST')
          answer = await reg.review(who, scope, receipt, await readJson(req, lang), lang);
        else if (one[2] === '/public' && method === 'PUT')
          answer = await reg.publish(scope, receipt, await readJson(req, lang), lang);
        else if (one[2] === '/rating' && method === 'PUT')
          answer = await reg.rate(scope, receipt, await readJson(req, lang), lang);
        if (answer) {
          if (answer.status === 200) writes++;
          return answer;
        }
      }
    }
    return fail(404, w.noRoute());
  }

  async function publicDocument(req: IncomingMessage, kind: 'list' | 'dataset'): Promise<Answer> {
    // Polled by every visitor's counters: built at most once a second per receiver, and at once
    // after a change this receiver made.
    if (!cached || cached.key !== kind || cached.writes !== writes || Date.now() - cached.at > 1000) {
      const current = await dataset.current();
      const rows = await publicRows(store);
      const json = kind === 'list' ? publicList(rows, current) : servedDataset(rows, await tallies(store), current);
      const body = Buffer.from(JSON.stringify(json));
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      cached = { writes, at: Date.now(), key: kind, body, etag };
    }
    const headers = { ETag: cached.etag, 'Cache-Control': 'no-cache' };
    if (
      String(req.headers['if-none-match'] ?? '')
        .split(/\s*,\s*/)
        .includes(cached.etag)
    )
      return { status: 304, headers };
    return { status: 200, json: cached.body, headers };
  }

  async function exportOf(scope: string[], unitId: string, current: DatasetView, kind: 'csv' | 'xlsx', lang: Lang) {
    const { rows } = await store.query<Row>(
      `select * from registrations where unit_id = any($1::text[]) or cell_id = any($1::text[]) order by received_at, receipt`,
      [scope],
    );
    const table = reportTable(rows, current, lang);
    const name = `dang-ky-${unitId.replace(/[^A-Za-z0-9-]/g, '')}.${kind}`;
    const body = kind === 'csv' ? Buffer.from(toCsv(table)) : await toXlsx(table, current.unitName(unitId) ?? unitId);
    return {
      status: 200,
      json: body,
      headers: {
        'Content-Type':
          kind === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    };
  }

  return { handle, close: () => limiter.stop() };
}

async function readJson(req: IncomingMessage, lang: Lang): Promise<unknown> {
  const w = words(lang);
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') throw new Refused(fail(415, w.jsonOnly()));
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY) throw new Refused(fail(413, w.tooLarge()));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Refused(fail(413, w.tooLarge()));
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refused(fail(400, w.notJson()));
  }
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer) {
  if (res.headersSent) return;
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...answer.headers,
  };
  let body: Buffer | undefined;
  if (answer.json !== undefined && answer.status !== 304 && answer.status !== 204) {
    body = Buffer.isBuffer(answer.json) ? answer.json : Buffer.from(JSON.stringify(answer.json));
    headers['Content-Type'] ??= 'application/json; charset=utf-8';
    if (body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
  }
  // The rest of an over-long body is not read: close the connection after answering.
  if (answer.status === 413) headers.Connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A path for the log: receipts become `:receipt`. */
export const redactPath = (path: string) => path.replace(/DK\d{4}-\d+/gi, ':receipt').slice(0, 200);

/**
 * At most `perMinute` takes per client in a minute (a token bucket refilled continuously).
 * Returns 0 when allowed, or the seconds to wait.
 */
export function createLimiter(perMinute: number) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, b] of buckets) if (now - b.at > 60_000) buckets.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    take(key: string): number {
      if (!perMinute) return 0;
      const now = Date.now();
      const b = buckets.get(key) ?? { tokens: perMinute, at: now };
      b.tokens = Math.min(perMinute, b.tokens + ((now - b.at) / 60_000) * perMinute);
      b.at = now;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.ceil(((1 - b.tokens) / perMinute) * 60);
    },
    stop: () => clearInterval(sweep),
  };
}
