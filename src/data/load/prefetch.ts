/**
 * Starting a dataset's download the moment the one-tag loader sees its tag, in parallel with
 * the family's code, instead of once that code has come, set up the element and asked for it:
 * one round trip less before the figures. The reader (fetch-text.ts) takes the pending
 * response for the same absolute URL, once, for its first request (it asks by the event
 * `prefetchEvent`); anything it does not take (a `data` property set by a script instead) is
 * dropped after a minute.
 *
 * Only types come from fetch-text.ts: the loader must stay one small file, so the two
 * constants below are copies of the reader's (test/prefetch.test.ts checks they are the same).
 */
import type { Prefetched, PrefetchQuery } from './fetch-text.js';

/** fetch-text.ts `accept`. */
export const accept = 'application/json, text/csv;q=0.9, */*;q=0.1';
/** fetch-text.ts `prefetchEvent`. */
export const prefetchEvent = 'lamtheo-prefetched';

const pending = new Map<string, Prefetched>();

/** Hands the reader the download for the URL it asks for, once. */
const answer = (event: Event) => {
  const query = (event as CustomEvent<PrefetchQuery>).detail;
  query.found = pending.get(query.url);
  pending.delete(query.url);
};

/**
 * Starts fetching `url` as the reader would, unless it is under way: relative to `base`
 * (itself relative to the page's base) when given, else to the page's base, as `fetch` is;
 * with the reader's Accept header and the default credentials (`same-origin`), as the reader.
 */
export function prefetch(url: string, base = ''): void {
  let href: string;
  try {
    href = new URL(url, new URL(base, document.baseURI)).href;
  } catch {
    return; // No URL: the reader will say so.
  }
  if (pending.has(href)) return;
  document.addEventListener(prefetchEvent, answer); // Once: the same listener is not added twice.
  const abort = new AbortController();
  const response = fetch(href, { headers: { Accept: accept }, signal: abort.signal });
  // Unused, it fails quietly: the reader fetches again and words its own error.
  response.catch(() => {});
  pending.set(href, [response, abort]);
  setTimeout(() => pending.get(href)?.[1] === abort && (pending.delete(href), abort.abort()), 60_000);
}
