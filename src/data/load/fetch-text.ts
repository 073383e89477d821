/**
 * Fetching a dataset: a timeout, abort, bounded retries with backoff, and ETag /
 * If-None-Match so an unchanged file costs a 304. Framework-free; never throws.
 */
import { msg, str } from '@lit/localize';
import { inLanguage, languageReady } from '../../i18n/locale.js';
import type { Problem, Result } from '../../schema/result.js';
import type { Language } from '../../i18n/language.js';

export interface FetchOptions {
  signal?: AbortSignal;
  /** The ETag of the copy we hold: an unchanged file answers 304 and costs nothing. */
  etag?: string;
  timeoutMs?: number;
  /** Attempts after the first, for network failures, timeouts and 5xx (never for 4xx). */
  retries?: number;
  /** First pause between attempts; doubles each time, with jitter. */
  backoffMs?: number;
  language?: Language;
}

/**
 * What a server sent: the text (as UTF-8), or `not-modified` (304) when the copy we hold is
 * current. A file that is not JSON (by its address or content type) also keeps its `bytes`:
 * a CSV list saved by Excel is not always UTF-8, and its reader decodes them itself
 * (data/parse/decode-text.ts). JSON is read as text only, as before.
 */
export type Fetched = { text: string; bytes?: Uint8Array; etag?: string; contentType?: string } | 'not-modified';

/** A failed fetch has one problem: `timeout`, `network`, `http_404` …, or `aborted` when the caller stopped it. */
export type FetchResult = Result<Fetched>;

/** What went wrong, in words: `msg()` calls, said in the request's language with `inLanguage`. */
const words = {
  timeout: (s: string) =>
    msg(str`Mạng chậm hoặc máy chủ không trả lời sau ${s} giây; dữ liệu chưa tải được. Hãy thử lại.`),
  network: () => msg('Không kết nối được tới máy chủ (mất mạng, sai địa chỉ hoặc máy chủ chặn truy cập từ trang này).'),
  notFound: (url: string) => msg(str`Không tìm thấy tệp dữ liệu ${url} (lỗi 404).`),
  http: (status: number) => msg(str`Máy chủ báo lỗi ${status} khi tải dữ liệu.`),
  aborted: () => msg('Đã dừng tải dữ liệu.'),
};

/**
 * A failure of the network or the server (a timeout, no connection, an HTTP error), not of
 * the file: its message is the whole story, and it must never be counted as an error in the data.
 */
export function isLoadFailure(code: string): boolean {
  return code === 'timeout' || code === 'network' || code.startsWith('http_');
}

const pause = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** The Accept header of every dataset request: JSON first; the commendation table also reads CSV. */
export const accept = 'application/json, text/csv;q=0.9, */*;q=0.1';

/**
 * The event by which the reader asks the one-tag loader for a download it started early
 * (prefetch.ts). An event rather than a module both import: the loader is one small file, and
 * a module shared with the reader would be one more file to download before it could start.
 */
export const prefetchEvent = 'lamtheo-prefetched';

/** A download started early: the pending response, and how to stop it. */
export type Prefetched = readonly [response: Promise<Response>, abort: AbortController];

/** The `detail` of that event: the absolute URL asked for; the loader fills `found`. */
export interface PrefetchQuery {
  url: string;
  found?: Prefetched;
}

/**
 * The download the one-tag loader started early for `url` (prefetch.ts), if any: taken once,
 * so a retry or a later refresh fetches again.
 */
function takePrefetched(url: string): Prefetched | undefined {
  if (typeof document === 'undefined') return undefined;
  let href: string;
  try {
    // Absolute as `fetch` makes it, against the page's base.
    href = new URL(url, document.baseURI).href;
  } catch {
    return undefined;
  }
  const query: PrefetchQuery = { url: href };
  document.dispatchEvent(new CustomEvent(prefetchEvent, { detail: query }));
  return query.found;
}

/** Whether a response is JSON by its address or content type (then read as text only). */
function isJson(url: string, contentType = ''): boolean {
  return /json/i.test(contentType) || url.split(/[?#]/)[0].toLowerCase().endsWith('.json');
}

/** How an attempt failed, before it is worded: the code, what the words need, whether to retry. */
type Failure = { code: string; say: () => string; retry: boolean };

async function attempt(
  url: string,
  options: FetchOptions,
  prefetched?: Prefetched,
): Promise<{ ok: true; value: Fetched } | Failure> {
  const language = options.language ?? 'vi';
  const timeoutMs = options.timeoutMs ?? 15000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const headers: Record<string, string> = { Accept: accept };
    if (options.etag) headers['If-None-Match'] = options.etag;
    let response: Response | undefined;
    if (prefetched) {
      // The early download obeys this read's abort and timeout; if it failed, fetch again now.
      const [early, abort] = prefetched;
      const stop = () => abort.abort();
      if (signal.aborted) stop();
      else signal.addEventListener('abort', stop, { once: true });
      response = await early.catch(() => undefined);
    }
    response ??= await fetch(url, { signal, headers, credentials: 'same-origin' });
    if (response.status === 304) return { ok: true, value: 'not-modified' };
    if (!response.ok) {
      const status = response.status;
      const say = status === 404 ? () => words.notFound(url) : () => words.http(status);
      return { code: `http_${status}`, say, retry: status >= 500 };
    }
    const etag = response.headers.get('ETag') ?? undefined;
    const contentType = response.headers.get('Content-Type') ?? undefined;
    // The body can fail or time out half-way (a slow link): that is a network failure too.
    if (isJson(url, contentType)) return { ok: true, value: { text: await response.text(), etag, contentType } };
    const bytes = new Uint8Array(await response.arrayBuffer());
    // What response.text() gives: UTF-8, a BOM dropped, bad bytes as U+FFFD.
    return { ok: true, value: { text: new TextDecoder().decode(bytes), bytes, etag, contentType } };
  } catch {
    if (options.signal?.aborted) return { code: 'aborted', say: words.aborted, retry: false };
    // "0,2 giây" on a Vietnamese page, "0.2 seconds" on an English one.
    const seconds = (timeoutMs / 1000).toLocaleString(language);
    if (timeout.aborted) return { code: 'timeout', say: () => words.timeout(seconds), retry: true };
    return { code: 'network', say: words.network, retry: true };
  }
}

/**
 * Fetches `url` as text: a first load may take the download the one-tag loader started early;
 * network failures, timeouts and 5xx are retried (`retries`, with backoff). Never throws: a
 * failure is one problem, worded in `language` (an English one waits for the English strings).
 */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 500;
  const language = options.language ?? 'vi';
  // A first load (no ETag yet) may use the download the one-tag loader started early.
  const prefetched = options.etag ? undefined : takePrefetched(url);
  for (let n = 0; ; n++) {
    let result = await attempt(url, options, n === 0 ? prefetched : undefined);
    if (options.signal?.aborted) result = { code: 'aborted', say: words.aborted, retry: false };
    if ('ok' in result) return { ...result, warnings: [] };
    if (!result.retry || n >= retries) {
      await languageReady(language);
      const message = inLanguage(language, result.say);
      return { ok: false, problems: [{ path: '', code: result.code, message, severity: 'error' } satisfies Problem] };
    }
    await pause(backoff * 2 ** n * (0.75 + Math.random() * 0.5), options.signal);
  }
}
