/**
 * Fetching a dataset: a timeout, abort, bounded retries with backoff, and ETag /
 * If-None-Match so an unchanged file costs a 304. Framework-free; never throws.
 */
import { msg, str } from '@lit/localize';
import { inLanguage, languageReady } from '../../i18n/locale.js';
import type { Language } from '../words/language.js';

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

export type FetchResult =
  | { status: 'ok'; text: string; etag?: string; contentType?: string }
  | { status: 'not-modified' }
  | { status: 'aborted' }
  | { status: 'failed'; code: string; message: string };

/** What went wrong, in words: `msg()` calls, said in the request's language with `inLanguage`. */
const words = {
  timeout: (s: string) =>
    msg(str`Mạng chậm hoặc máy chủ không trả lời sau ${s} giây; dữ liệu chưa tải được. Hãy thử lại.`),
  network: () => msg('Không kết nối được tới máy chủ (mất mạng, sai địa chỉ hoặc máy chủ chặn truy cập từ trang này).'),
  notFound: (url: string) => msg(str`Không tìm thấy tệp dữ liệu ${url} (lỗi 404).`),
  http: (status: number) => msg(str`Máy chủ báo lỗi ${status} khi tải dữ liệu.`),
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

async function attempt(url: string, options: FetchOptions): Promise<FetchResult & { retry?: boolean }> {
  const language = options.language ?? 'vi';
  const say = <A extends unknown[]>(word: (...args: A) => string, ...args: A) =>
    inLanguage(language, () => word(...args));
  const timeoutMs = options.timeoutMs ?? 15000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    const response = await fetch(url, { signal, headers, credentials: 'same-origin' });
    if (response.status === 304) return { status: 'not-modified' };
    if (!response.ok) {
      const message = response.status === 404 ? say(words.notFound, url) : say(words.http, response.status);
      return { status: 'failed', code: `http_${response.status}`, message, retry: response.status >= 500 };
    }
    // The body can fail or time out half-way (a slow link): that is a network failure too.
    const text = await response.text();
    return {
      status: 'ok',
      text,
      etag: response.headers.get('ETag') ?? undefined,
      contentType: response.headers.get('Content-Type') ?? undefined,
    };
  } catch {
    if (options.signal?.aborted) return { status: 'aborted' };
    if (timeout.aborted)
      return {
        status: 'failed',
        code: 'timeout',
        // "0,2 giây" on a Vietnamese page, "0.2 seconds" on an English one.
        message: say(words.timeout, (timeoutMs / 1000).toLocaleString(language)),
        retry: true,
      };
    return { status: 'failed', code: 'network', message: say(words.network), retry: true };
  }
}

export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  // An English failure is worded in English even when it comes before the English strings would.
  if (options.language === 'en') await languageReady('en');
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 500;
  for (let n = 0; ; n++) {
    const { retry, ...result } = await attempt(url, options);
    if (!retry || n >= retries || options.signal?.aborted)
      return options.signal?.aborted ? { status: 'aborted' } : result;
    await pause(backoff * 2 ** n * (0.75 + Math.random() * 0.5), options.signal);
  }
}
