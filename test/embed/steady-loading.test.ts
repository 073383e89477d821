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
  this.timeout(40000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const text of [100, 200]) {
    it(`moves nothing from loading to ready on a 375 px phone, text ${text}%`, async () => {
      const { frame, doc, win } = await openSlow(`delay=2500&text=${text}`, phone);
      const loading = await loadingHeights(doc);
      const widgets = await settledWidgets(doc, 15000);
      expect(widgets.map((el) => el.getAttribute('state'))).to.deep.equal(widgets.map(() => 'ready'));
      await settle();
      const ready = readyHeights(doc);
      // The counter and the grid know their shape from their attributes: the same height.
      for (const id of ['counter', 'grid']) {
        expect(Math.abs(ready[id] - loading[id]), `${id}: loading ${loading[id]} px, ready ${ready[id]} px`).to.be.at.most(1);
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
      const { doc, win } = await openSlow(`delay=1500&status=500&text=${text}`, { width: 375, height: 9000 });
      const loading = await loadingHeights(doc);
      const widgets = await settledWidgets(doc, 15000);
      expect(widgets.map((el) => el.getAttribute('state'))).to.deep.equal(widgets.map(() => 'error'));
      await settle();
      const shown = readyHeights(doc);
      for (const id of Object.keys(loading)) {
        expect(Math.abs(shown[id] - loading[id]), `${id}: loading ${loading[id]} px, error ${shown[id]} px`).to.be.at.most(1);
        // The message is there to read (scrolling inside the reserved space if it needs more).
        expect(shadowText(doc.getElementById(id))).to.include('Không hiển thị được dữ liệu.');
      }
      expect(win.lamtheoShifts, JSON.stringify(win.lamtheoShifts)).to.deep.equal([]);
    });
  }

  it('moves nothing for a visitor who scrolled to the table, then the map, while they load', async () => {
    const { doc, win } = await openSlow('delay=2500', phone);
    await loadingHeights(doc);
    doc.getElementById('table')!.scrollIntoView();
    await settle(100);
    doc.getElementById('map')!.scrollIntoView();
    await settledWidgets(doc, 15000);
    await settle();
    expect(win.lamtheoShifts, JSON.stringify(win.lamtheoShifts)).to.deep.equal([]);
  });
});
