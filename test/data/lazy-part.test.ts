import { expect } from '@open-wc/testing';
import { lazyPart, offlineParts } from '../../src/i18n/lazy-part.js';

/** A download the test settles by hand, counting how often it was started. */
function manual<T>() {
  const started: Array<{ resolve(value: T): void; reject(error: unknown): void }> = [];
  const download = () => new Promise<T>((resolve, reject) => started.push({ resolve, reject }));
  return { started, download };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyPart: code downloaded when needed', () => {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    offlineParts.clear();
  });

  it('downloads once, however many ask at the same time or later', async () => {
    const { started, download } = manual<{ x: number }>();
    const part = lazyPart('once', download);
    expect(part.value).to.equal(undefined);
    const asked = [part.load(), part.load('en')];
    await tick();
    expect(started).to.have.length(1);
    started[0].resolve({ x: 1 });
    for (const result of await Promise.all(asked))
      expect(result).to.deep.equal({ ok: true, value: { x: 1 }, warnings: [] });
    expect(part.value).to.deep.equal({ x: 1 });
    await part.load();
    expect(started).to.have.length(1);
  });

  it('never rejects: a failed download is a part-not-loaded problem in the language asked, told once to the console', async () => {
    const { started, download } = manual<string>();
    const part = lazyPart('words', download);
    const asked = [part.load('vi'), part.load('en')];
    await tick();
    started[0].reject(new TypeError('Failed to fetch dynamically imported module'));
    const [vi, en] = await Promise.all(asked);
    expect(vi).to.deep.equal({
      ok: false,
      problems: [
        {
          path: '',
          code: 'part-not-loaded',
          severity: 'error',
          message: 'Một phần của tiện ích này chưa tải được (mất kết nối mạng?).',
        },
      ],
    });
    expect(!en.ok && en.problems[0].message).to.equal(
      'Part of this widget could not be downloaded (is the connection down?).',
    );
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.equal('[lamtheo] could not download the part "words":');
    expect(part.value).to.equal(undefined);
  });

  it('tries again at the next call after a failure, rather than keeping the failure', async () => {
    const { started, download } = manual<string>();
    const part = lazyPart('again', download);
    const first = part.load();
    await tick();
    started[0].reject(new Error('offline'));
    expect((await first).ok).to.equal(false);
    const second = part.load();
    await tick();
    expect(started).to.have.length(2);
    started[1].resolve('here');
    expect(await second).to.deep.equal({ ok: true, value: 'here', warnings: [] });
  });

  it('fails while its name is in offlineParts (the one test seam), even once downloaded, and works again after', async () => {
    let downloads = 0;
    const part = lazyPart('seam', () => Promise.resolve(++downloads));
    expect((await part.load()).ok).to.equal(true);
    offlineParts.add('seam');
    expect(part.value).to.equal(undefined);
    expect((await part.load()).ok).to.equal(false);
    expect(downloads, 'the seam does not reach the network').to.equal(1);
    offlineParts.delete('seam');
    expect(part.value).to.equal(1);
    expect(await part.load()).to.deep.equal({ ok: true, value: 1, warnings: [] });
  });
});
