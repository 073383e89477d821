import { expect, fixture, html } from '@open-wc/testing';
import { until, shadowText } from '../helpers/page.js';
import { liveUpdates } from '../../src/controllers/source-loader.js';
import { offlineParts } from '../../src/i18n/lazy-part.js';
import type { LamtheoErrorEvent } from '../../src/internal/events.js';
import {
  TestFigure,
  valueOf,
  newKey,
  requestCount,
  script,
  dataset,
  recordStates,
  api,
} from '../helpers/figure-element.js';

const quiet = () => {
  const warn = console.warn;
  console.warn = () => {};
  return () => (console.warn = warn);
};

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('keeping a dataset fresh', () => {
  // Test pages run side by side and only one is the front tab: say which state each test means.
  beforeEach(() => setVisibility('visible'));
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('polls with refresh, keeps the last good data marked stale when an update fails, and recovers', async () => {
    const key = newKey();
    const restore = quiet();
    try {
      await script(key, [
        { status: 200, body: dataset(1), etag: '"a"' },
        { status: 404 },
        { status: 200, body: dataset(2), etag: '"b"' },
      ]);
      const el = await fixture<TestFigure>(html`<test-figure refresh="0.2" src=${api(key)}></test-figure>`);
      const states = recordStates(el);
      const shown: string[] = [];
      el.addEventListener('lamtheo-state', () =>
        shown.push(`${valueOf(el)} ${shadowText(el).includes('Dữ liệu có thể đã cũ')}`),
      );
      await until(() => valueOf(el) === '2' && el.state === 'ready', 'the next good value');
      expect(states).to.deep.equal(['ready', 'stale', 'ready']);
      // While stale, the last good value stayed on screen with the note.
      expect(shown).to.deep.equal(['1 false', '1 true', '2 false']);
    } finally {
      restore();
    }
  });

  it('keeps the last good data when an update is invalid', async () => {
    const key = newKey();
    const restore = quiet();
    try {
      await script(key, [
        { status: 200, body: dataset(7), etag: '"a"' },
        { status: 200, body: { version: 1, metrics: [{ id: 'm', label: 'x', value: 'nhiều' }] }, etag: '"b"' },
      ]);
      const el = await fixture<TestFigure>(html`<test-figure refresh="0.2" src=${api(key)}></test-figure>`);
      const states = recordStates(el);
      await until(() => states.includes('stale'), 'stale after an invalid update');
      expect(states).to.deep.equal(['ready', 'stale']);
      expect(valueOf(el)).to.equal('7');
    } finally {
      restore();
    }
  });

  it('costs nothing when the file has not changed (304): no new render', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure refresh="0.15" src=${api(key)}></test-figure>`);
    await until(() => valueOf(el), 'first value');
    const renders = el.renders;
    for (let polls = 0; polls < 3; polls = await requestCount(key)) await new Promise((r) => setTimeout(r, 50));
    expect(el.state).to.equal('ready');
    expect(el.renders).to.equal(renders);
  });

  it('does not poll while the tab is hidden, and polls again when it is shown', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure refresh="0.1" src=${api(key)}></test-figure>`);
    await until(() => valueOf(el), 'first value');
    setVisibility('hidden');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const whileHidden = await requestCount(key);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestCount(key)).to.equal(whileHidden);
    setVisibility('visible');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requestCount(key)).to.be.greaterThan(whileHidden);
  });

  it('stops polling when the element leaves the page', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure refresh="0.1" src=${api(key)}></test-figure>`);
    await until(() => valueOf(el), 'first value');
    el.remove();
    const atRemoval = await requestCount(key);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await requestCount(key)).to.be.at.most(atRemoval + 1); // at most the poll already under way
  });

  it('updates from Server-Sent Events and keeps the last good data when a message is invalid', async () => {
    const key = newKey();
    const restore = quiet();
    try {
      const el = await fixture<TestFigure>(
        html`<test-figure src=${api(key)} live=${`/test-api/events?key=${key}`}></test-figure>`,
      );
      await until(() => valueOf(el) === '11368', 'first value');
      await new Promise((resolve) => setTimeout(resolve, 200)); // the stream is open
      await fetch(`/test-api/emit?key=${key}`, { method: 'POST', body: JSON.stringify(dataset(9661330)) });
      await until(() => valueOf(el) === '9661330', 'pushed value');
      await fetch(`/test-api/emit?key=${key}`, { method: 'POST', body: '{ not json' });
      await until(() => el.state === 'stale', 'stale after a bad message');
      expect(valueOf(el)).to.equal('9661330');
    } finally {
      restore();
    }
  });
});

describe('keeping a dataset fresh, without its code', () => {
  it('shows the data it fetched and says that it will not refresh when that code cannot be downloaded', async () => {
    const key = newKey();
    await script(key, [{ status: 200, body: dataset(7) }]);
    offlineParts.add(liveUpdates.name);
    const restore = quiet();
    try {
      const told: string[] = [];
      const el = await fixture<TestFigure>(
        html`<test-figure
          refresh="0.1"
          src=${api(key)}
          @lamtheo-error=${(e: LamtheoErrorEvent) => told.push(...e.problems.map((p) => p.message))}
        ></test-figure>`,
      );
      await until(() => el.state === 'stale', 'the data marked as possibly out of date');
      expect(valueOf(el)).to.equal('7');
      expect(shadowText(el), 'the visitor is told the figures may be old').to.include('Dữ liệu có thể đã cũ');
      expect(told.join(' '), 'the administrator is told why').to.include('Không tải được phần cập nhật dữ liệu');
    } finally {
      offlineParts.delete(liveUpdates.name);
      restore();
    }
  });
});

describe('<lamtheo-dataset>', () => {
  it('loads once for every widget inside it', async () => {
    const key = newKey();
    const holder = await fixture(
      html`<lamtheo-dataset src=${api(key)}>
        <test-figure></test-figure>
        <section><test-figure></test-figure></section>
        <test-figure></test-figure>
      </lamtheo-dataset>`,
    );
    const figures = [...holder.querySelectorAll<TestFigure>('test-figure')];
    await until(() => figures.every((figure) => valueOf(figure) === '11368'), 'every figure');
    expect(await requestCount(key)).to.equal(1);
  });

  it('lets a widget with its own source ignore the shared one', async () => {
    const holder = await fixture(
      html`<lamtheo-dataset .data=${dataset(1)}>
        <test-figure></test-figure>
        <test-figure .data=${dataset(2)}></test-figure>
      </lamtheo-dataset>`,
    );
    const [shared, own] = [...holder.querySelectorAll<TestFigure>('test-figure')];
    await until(() => valueOf(shared) && valueOf(own), 'both figures');
    expect([valueOf(shared), valueOf(own)]).to.deep.equal(['1', '2']);
  });
});

describe('one source at a time', () => {
  it('reads the inline JSON of a <lamtheo-dataset> for the widgets inside it', async () => {
    const holder = await fixture(
      html`<lamtheo-dataset>
        <script type="application/json">
          { "version": 1, "metrics": [{ "id": "m", "label": "Đảng viên", "value": 77 }] }
        </script>
        <test-figure></test-figure>
      </lamtheo-dataset>`,
    );
    const figure = holder.querySelector<TestFigure>('test-figure')!;
    await until(() => valueOf(figure) === '77', 'the shared inline figure');
  });

  it('never shows a slow answer for a source that was replaced meanwhile', async () => {
    const slow = newKey();
    const fast = newKey();
    await script(slow, [{ status: 200, body: dataset(1), delay: 600 }]);
    const el = await fixture<TestFigure>(html`<test-figure src=${api(slow, 'delay=600')}></test-figure>`);
    const shown: string[] = [];
    el.addEventListener('lamtheo-state', () => shown.push(valueOf(el) ?? ''));
    el.src = api(fast);
    await until(() => valueOf(el) === '11368', 'the figure of the new source');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(valueOf(el)).to.equal('11368');
    expect(shown.filter((value) => value === '1')).to.deep.equal([]);
  });

  it('follows a source that changes from a URL to a value and back', async () => {
    const key = newKey();
    const el = await fixture<TestFigure>(html`<test-figure src=${api(key)}></test-figure>`);
    await until(() => valueOf(el) === '11368', 'the URL figure');
    el.data = dataset(5);
    await until(() => valueOf(el) === '5', 'the value figure');
    el.data = undefined;
    await until(() => valueOf(el) === '11368', 'the URL figure again');
    expect(el.state).to.equal('ready');
  });
});
