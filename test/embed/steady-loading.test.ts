import { expect } from '@open-wc/testing';
import { openPage, recorded, settledWidgets, shadowText, until } from '../helpers/page.js';

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources: string[];
}
type ShiftWindow = Window & { lamtheoShifts: Shift[] };

const tags = [
  'lamtheo-counter',
  'lamtheo-counter-grid',
  'lamtheo-commendation-table',
  'lamtheo-pledge-form',
  'lamtheo-pledge-list',
  'lamtheo-space-map',
];

/** Every widget of the slow-data page, by id. */
const widgetsOf = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(tags.join(','))];

/** The heights of the widgets once each is defined and shows its loading view. */
async function loadingHeights(doc: Document): Promise<Record<string, number>> {
  await until(
    () => widgetsOf(doc).every((el) => el.shadowRoot?.querySelector('[part~=loading]')),
    'every widget defined and loading',
  );
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  expect(
    widgetsOf(doc).map((el) => el.getAttribute('state')),
    'still loading when measured (the data is held back)',
  ).to.deep.equal(widgetsOf(doc).map(() => 'loading'));
  return Object.fromEntries(widgetsOf(doc).map((el) => [el.id, el.getBoundingClientRect().height]));
}

const readyHeights = (doc: Document) =>
  Object.fromEntries(widgetsOf(doc).map((el) => [el.id, el.getBoundingClientRect().height]));

async function openSlow(query: string, size: { width: number; height: number }) {
  const frame = await openPage(`/test/pages/slow-data.html?${query}`, size);
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as ShiftWindow };
}

const phone = { width: 375, height: 700 };
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('loading takes the final space (data served slowly)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const text of [100, 200]) {
    it(`moves nothing from loading to ready on a 375 px phone, text ${text}%`, async () => {
      const { frame, doc, win } = await openSlow(`delay=6000&text=${text}`, phone);
      const loading = await loadingHeights(doc);
      const widgets = await settledWidgets(doc, 30000);
      expect(widgets.map((el) => el.getAttribute('state'))).to.deep.equal(widgets.map(() => 'ready'));
      await settle();
      const ready = readyHeights(doc);
      // The counter and the grid know their shape from their attributes: the same height.
      for (const id of ['counter', 'grid']) {
        expect(
          Math.abs(ready[id] - loading[id]),
          `${id}: loading ${loading[id]} px, ready ${ready[id]} px`,
        ).to.be.at.most(1);
      }
      // The others reserve a screenful and never get shorter than that.
      for (const id of ['table', 'form', 'list', 'map']) {
        expect(loading[id], `${id}: a skeleton of at least 20em`).to.be.at.least(20 * 16 * (text / 100) - 1);
        expect(ready[id] + 1, `${id}: loading ${loading[id]} px, ready ${ready[id]} px`).to.be.at.least(loading[id]);
      }
      expect(win.lamtheoShifts, JSON.stringify(win.lamtheoShifts)).to.deep.equal([]);
      expect(recorded(frame).errors).to.deep.equal([]);
    });

    it(`moves nothing from loading to error, every widget in view, text ${text}%`, async () => {
      const { doc, win } = await openSlow(`delay=4000&status=500&text=${text}`, { width: 375, height: 9000 });
      const loading = await loadingHeights(doc);
      const widgets = await settledWidgets(doc, 30000);
      expect(widgets.map((el) => el.getAttribute('state'))).to.deep.equal(widgets.map(() => 'error'));
      await settle();
      const shown = readyHeights(doc);
      for (const id of Object.keys(loading)) {
        expect(
          Math.abs(shown[id] - loading[id]),
          `${id}: loading ${loading[id]} px, error ${shown[id]} px`,
        ).to.be.at.most(1);
        // The message is there to read (scrolling inside the reserved space if it needs more).
        expect(shadowText(doc.getElementById(id))).to.include('Không hiển thị được dữ liệu.');
      }
      expect(win.lamtheoShifts, JSON.stringify(win.lamtheoShifts)).to.deep.equal([]);
    });
  }

  it('moves nothing for a visitor who scrolled to the figures while they load', async () => {
    const { doc, win } = await openSlow('delay=6000', phone);
    await loadingHeights(doc);
    doc.getElementById('grid')!.scrollIntoView();
    await settledWidgets(doc, 30000);
    await settle();
    expect(doc.scrollingElement!.scrollTop, 'scrolled').to.be.above(50);
    expect(win.lamtheoShifts, JSON.stringify(win.lamtheoShifts)).to.deep.equal([]);
  });
});

describe('the space of lamtheo tags whose code has not come yet (the one-tag loader)', function () {
  this.timeout(20000);

  it('is the space of their loading views: 375 px at 100% and 200% text, and 1000 px (grids in columns)', async () => {
    const slow = (file: string) => `/test-api/data?key=undefined-${Math.random()}&delay=30000&file=${file}`;
    const markup = `
      <lamtheo-counter metric="dang-vien" src="${slow('tan-binh-2017.json')}"></lamtheo-counter>
      <lamtheo-counter compact metric="dang-vien" src="${slow('tan-binh-2017.json')}"></lamtheo-counter>
      <lamtheo-counter variant="odometer" metric="dang-vien" src="${slow('tan-binh-2017.json')}"></lamtheo-counter>
      <lamtheo-counter-grid heading="Số liệu" metrics="dang-vien to-chuc-co-so-dang" src="${slow('tan-binh-2017.json')}"></lamtheo-counter-grid>
      <lamtheo-counter-grid metrics="a b c d e" src="${slow('tan-binh-2017.json')}"></lamtheo-counter-grid>
      <lamtheo-counter-grid compact src="${slow('tan-binh-2017.json')}"></lamtheo-counter-grid>
      <lamtheo-counter-grid variant="odometer" metrics="a b c" src="${slow('tan-binh-2017.json')}"></lamtheo-counter-grid>
      <lamtheo-commendation-table src="${slow('tan-binh-2017.json')}"></lamtheo-commendation-table>
      <lamtheo-pledge-form template="ben-tre-2016" src="${slow('ben-tre-2016-2017.json')}"></lamtheo-pledge-form>
      <lamtheo-pledge-list src="${slow('ben-tre-2016-2017.json')}"></lamtheo-pledge-list>
      <lamtheo-space-map src="${slow('quan-11-2022.json')}"></lamtheo-space-map>`;
    const holders = [
      [375, 16],
      [375, 32],
      [1000, 16],
    ].map(([width, size]) => {
      const holder = document.createElement('div');
      holder.style.cssText = `width: ${width}px; font: ${size}px/1.5 system-ui, sans-serif`;
      holder.innerHTML = markup;
      document.body.append(holder);
      return holder;
    });
    const elements = holders.flatMap((holder) => [...holder.children] as HTMLElement[]);
    const heights = () => elements.map((el) => Math.round(el.getBoundingClientRect().height * 10) / 10);
    const names = elements.map(
      (el, i) =>
        `${holders.indexOf(el.parentElement as HTMLDivElement)}:${el.outerHTML.replace(/ src="[^"]*"/, '').slice(0, 80)} #${i}`,
    );

    const { startAutoloader } = await import('../../src/autoloader.js');
    const { families } = await import('../../src/families.js');
    // The code "never arrives": only the reservation of the loader applies.
    const stop = startAutoloader([
      { name: 'held', tags: families.flatMap((f) => f.tags), load: () => new Promise(() => {}) },
    ]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(elements.every((el) => !el.matches(':defined'))).to.equal(true);
    const before = heights();
    expect(Math.min(...before), 'every undefined tag takes space').to.be.above(20);

    await import('../../src/index.js');
    await until(() => elements.every((el) => el.shadowRoot?.querySelector('[part~=loading]')), 'every widget loading');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const after = heights();
    const differences = names
      .map((name, i) => [name, before[i], after[i]])
      .filter(([, b, a]) => Math.abs(Number(b) - Number(a)) > 1);
    expect(differences).to.deep.equal([]);
    stop();
    holders.forEach((holder) => holder.remove());
  });
});
