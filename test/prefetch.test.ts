// The one-tag loader starts a widget's data download the moment it sees the tag, in parallel
// with the family's code (src/data/load/prefetch.ts); the reader takes that response once
// (src/data/load/fetch-text.ts) and falls back to its own fetch, errors and retries.
import { expect } from '@open-wc/testing';
import { startAutoloader } from '../src/autoloader.js';
import { prefetch, accept as prefetchAccept, prefetchEvent as loaderEvent } from '../src/data/load/prefetch.js';
import { accept, fetchText, prefetchEvent } from '../src/data/load/fetch-text.js';
import { shadowText, until } from './helpers/page.js';
import { api, newKey, requestCount, script } from './helpers/figure-element.js';

interface Log {
  module: { start?: number; sent?: number };
  data: { start: number; accept: string }[];
}
const logOf = async (key: string): Promise<Log> => (await fetch(`/test-prefetch/log?key=${key}`)).json();
const data = (key: string, query = '') => `/test-prefetch/data?key=${key}${query ? `&${query}` : ''}`;
const value = (element: Element) =>
  (element.shadowRoot?.querySelector('[part~=value]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

const holders: HTMLElement[] = [];
afterEach(() => holders.splice(0).forEach((holder) => holder.remove()));
function addToPage(markup: string): HTMLElement {
  const holder = document.createElement('div');
  holder.lang = 'vi';
  holder.innerHTML = markup;
  document.body.append(holder);
  holders.push(holder);
  return holder;
}

describe('starting the data download with the code (prefetch)', () => {
  it('sends the request the reader sends', () => {
    // The loader keeps copies of the reader's constants, so as not to share a module with it.
    expect(prefetchAccept).to.equal(accept);
    expect(loaderEvent).to.equal(prefetchEvent);
  });

  it("starts a counter's data before its family's code has arrived, downloads it once, and shows the same figure", async () => {
    const key = newKey();
    // The family's code is held back 1.5 s by the server, as on a slow link.
    const chunk = `/test-prefetch/module?key=${key}&delay=1500&module=/src/components/counter/index.ts`;
    const holder = addToPage(`<lamtheo-counter metric="m" no-animation src="${data(key)}"></lamtheo-counter>`);
    const stop = startAutoloader([{ name: 'counter', tags: ['lamtheo-counter'], load: () => import(chunk) }]);
    try {
      const counter = holder.querySelector('lamtheo-counter') as HTMLElement & { state: string };
      await until(() => counter.state === 'ready' && value(counter), 'the figure', 8000);
      const log = await logOf(key);
      expect(log.module.sent, 'the code was held back').to.be.a('number');
      expect(log.data, 'one download, the early one').to.have.length(1);
      expect(log.data[0]!.start, 'the data request started while the code was still on its way').to.be.below(
        log.module.sent!,
      );
      expect(log.data[0]!.accept).to.equal(accept);

      // A counter added once the code is there reads the same file on its own: the same figure.
      const later = newKey();
      const other = addToPage(`<lamtheo-counter metric="m" no-animation src="${data(later)}"></lamtheo-counter>`);
      const plain = other.querySelector('lamtheo-counter') as HTMLElement & { state: string };
      await until(() => plain.state === 'ready' && value(plain), 'the other figure', 8000);
      expect(value(counter)).to.equal('11.368');
      expect(value(plain)).to.equal(value(counter));
      expect(shadowText(counter)).to.equal(shadowText(plain));
      const otherLog = await logOf(later);
      expect(otherLog.data).to.have.length(1);
      expect(otherLog.data[0]!.accept, 'the same request as the early one').to.equal(log.data[0]!.accept);
    } finally {
      stop();
    }
  });

  it('gives the early response to the first read only: a later read fetches again', async () => {
    const key = newKey();
    prefetch(data(key));
    const first = await fetchText(data(key));
    expect(first.ok).to.equal(true);
    expect((await logOf(key)).data).to.have.length(1);
    const second = await fetchText(data(key));
    expect(second.ok).to.equal(true);
    expect((await logOf(key)).data).to.have.length(2);
  });

  it('keys the download by its absolute address, resolved against the page as fetch resolves it', async () => {
    const key = newKey();
    prefetch(data(key).slice(1)); // "test-prefetch/data?…", relative to the page
    expect((await fetchText(new URL(data(key).slice(1), document.baseURI).href)).ok).to.equal(true);
    expect((await logOf(key)).data).to.have.length(1);
  });

  it('is not used by a request that carries an ETag (a refresh)', async () => {
    const key = newKey();
    prefetch(data(key));
    const result = await fetchText(data(key), { etag: '"v0"' });
    expect(result.ok).to.equal(true);
    expect((await logOf(key)).data).to.have.length(2);
    // The early one is still there for the first load.
    expect((await fetchText(data(key))).ok).to.equal(true);
    expect((await logOf(key)).data).to.have.length(2);
  });

  it('falls back to a fetch of its own when the early download fails on the network', async () => {
    const key = newKey();
    prefetch(data(key, 'drop=1'));
    const result = await fetchText(data(key, 'drop=1'), { retries: 0 });
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect((await logOf(key)).data).to.have.length(2);
  });

  it('answers a server error on the early download with the usual retries, and a 404 with the usual words', async () => {
    const key = newKey();
    await script(key, [{ status: 500 }, { status: 200, body: { version: 1, metrics: [] } }]);
    prefetch(api(key));
    const retried = await fetchText(api(key), { backoffMs: 10 });
    expect(retried.ok).to.equal(true);
    expect(await requestCount(key)).to.equal(2);

    const missing = newKey();
    prefetch(api(missing, 'status=404'));
    const early = await fetchText(api(missing, 'status=404'));
    const plain = await fetchText(api(missing, 'status=404'));
    expect(early).to.deep.equal(plain);
    expect(!early.ok && early.problems[0].message).to.match(/^Không tìm thấy tệp dữ liệu .* \(lỗi 404\)\.$/);
    expect(await requestCount(missing)).to.equal(2);
  });

  it("keeps the reader's timeout and abort for a download started early", async () => {
    const key = newKey();
    prefetch(data(key, 'delay=3000'));
    const slow = await fetchText(data(key, 'delay=3000'), { timeoutMs: 200, retries: 0 });
    expect(!slow.ok && slow.problems[0].code).to.equal('timeout');
    expect(!slow.ok && slow.problems[0].message).to.contain('0,2 giây');

    const stopped = newKey();
    prefetch(data(stopped, 'delay=3000'));
    const abort = new AbortController();
    const reading = fetchText(data(stopped, 'delay=3000'), { signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    const stoppedResult = await reading;
    expect(!stoppedResult.ok && stoppedResult.problems[0].code).to.equal('aborted');
  });
});
