/**
 * What a visitor sees of the commendation table on a phone and on a desktop, at 100% and
 * 200% text (the portal's A+): cards read as label/value pairs, no cell or header is cut,
 * nothing overflows, filters show their whole choice, and a screen reader hears the words
 * apart ("Thành phố Hồ Chí Minh (thành phố)").
 */
import { expect } from '@open-wc/testing';
import { render, html } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { generateDataset } from '../../fixtures/generate/generate.js';
import '../../../src/components/commendations/index.js';
import type { LamtheoCommendationTable } from '../../../src/components/commendations/index.js';
import { until } from '../../helpers/page.js';

const load = async (name: string) => (await fetch(new URL(`../../fixtures/${name}.json`, import.meta.url))).json();
const big = generateDataset({ seed: 2017, commendations: 100_000, spaces: 0 });

const root = (el: Element) => el.shadowRoot!;
const hosts: HTMLElement[] = [];
afterEach(async () => {
  hosts.splice(0).forEach((host) => host.remove());
  document.documentElement.style.fontSize = '';
  await setViewport({ width: 800, height: 600 });
});

/** The table in a page `width` px wide (8 px margins, as a plain page), text at `text`%. */
async function shown(data: unknown, width: number, text: number, attributes: Record<string, string> = {}) {
  await setViewport({ width, height: 900 });
  document.documentElement.style.fontSize = `${text}%`;
  const host = document.createElement('div');
  host.style.cssText = 'margin: 8px';
  document.body.append(host);
  hosts.push(host);
  render(html`<lamtheo-commendation-table .data=${data}></lamtheo-commendation-table>`, host);
  const el = host.firstElementChild as LamtheoCommendationTable;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await until(() => el.state === 'ready', 'the table to be ready', 15000);
  await until(() => root(el).querySelectorAll('tbody tr.row').length > 0, 'rows');
  // Let the windowing measure its rows and settle.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await el.updateComplete;
  return el;
}

/** The boxes of the text inside an element (its own words, not CSS-generated labels). */
function textBoxes(element: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || (node.parentElement!.closest('.visually-hidden') ?? null)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...[...range.getClientRects()].filter((box) => box.width > 0));
  }
  return boxes;
}

/** Cells whose text is cut: wider than their box, or ellipsised, without a way to read the rest. */
function clipped(elements: Iterable<HTMLElement>): string[] {
  const cut: string[] = [];
  for (const element of elements) {
    if (!element.getClientRects().length) continue;
    const style = getComputedStyle(element);
    const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
    if (element.scrollWidth > element.clientWidth + 1 || (hides && style.whiteSpace === 'nowrap'))
      cut.push(
        `${element.localName}.${element.className} "${element.textContent!.trim().slice(0, 40)}" ${element.scrollWidth}/${element.clientWidth}`,
      );
  }
  return cut;
}

describe('<lamtheo-commendation-table> as a visitor reads it', () => {
  for (const text of [100, 200]) {
    for (const [name, data] of [
      ['the Tân Bình list', () => load('tan-binh-2017')],
      ['100,000 rows', async () => big],
    ] as const) {
      it(`shows ${name} on a 375 px phone at ${text}% text as cards of label/value pairs`, async () => {
        const el = await shown(await data(), 375, text);
        expect(el.scrollWidth, 'the widget overflows').to.be.at.most(el.clientWidth);
        const cells = [...root(el).querySelectorAll<HTMLElement>('tbody tr.row > td, tbody tr.row > th')].filter(
          (cell) => cell.getClientRects().length > 0,
        );
        expect(cells.length).to.be.greaterThan(5);
        for (const cell of cells) {
          const style = getComputedStyle(cell);
          expect(style.display, 'a card field').to.equal('grid');
          const columns = style.gridTemplateColumns.split(' ');
          const rows = style.gridTemplateRows.split(' ');
          const box = cell.getBoundingClientRect();
          const words = textBoxes(cell);
          expect(words.length, `${cell.dataset.label} has a value`).to.be.greaterThan(0);
          if (columns.length === 2) {
            // Label beside value: one row, and every word of the value in the value column.
            expect(rows, `${cell.dataset.label}: ${cell.textContent}`).to.have.length(1);
            const valueStart =
              box.left + parseFloat(style.paddingLeft) + parseFloat(columns[0]) + parseFloat(style.columnGap);
            for (const word of words)
              expect(word.left, `${cell.textContent} in the label column`).to.be.at.least(valueStart - 1);
          } else {
            // Label above value (a very narrow card): the label's row, then the value's.
            expect(rows, `${cell.dataset.label}: ${cell.textContent}`).to.have.length(2);
            const valueTop = box.top + parseFloat(style.paddingTop) + parseFloat(rows[0]);
            for (const word of words) expect(word.top).to.be.at.least(valueTop - 1);
          }
          const label = getComputedStyle(cell, '::before').content;
          expect(label, 'the label is the column name').to.include(cell.dataset.label!);
        }
        expect(clipped(cells)).to.deep.equal([]);
      });
    }
  }

  it('shows every word of the 100,000 rows on a 1280 px desktop: cells wrap, headers whole, no overflow', async () => {
    const el = await shown(big, 1280, 100);
    const scroller = root(el).querySelector<HTMLElement>('.scroller.virtual')!;
    expect(el.scrollWidth, 'the widget overflows').to.be.at.most(el.clientWidth);
    expect(scroller.scrollWidth, 'the table is wider than its box').to.be.at.most(scroller.clientWidth);
    const cells = root(el).querySelectorAll<HTMLElement>('tbody tr.row > td, tbody tr.row > th');
    expect(cells.length).to.be.greaterThan(20);
    expect(clipped(cells)).to.deep.equal([]);
    const headers = root(el).querySelectorAll<HTMLElement>('thead th, thead th button');
    expect(clipped(headers)).to.deep.equal([]);
    // Long values show whole: some rows take more than one line.
    const heights = [...root(el).querySelectorAll('tbody tr.row')].map((row) => row.getBoundingClientRect().height);
    expect(Math.max(...heights) - Math.min(...heights)).to.be.greaterThan(10);
  });

  it('keeps the rows measured as they wrap: scrolled to the end, the last row is there', async () => {
    const el = await shown(big, 1280, 100);
    const scroller = root(el).querySelector<HTMLElement>('.scroller.virtual')!;
    for (let i = 0; i < 6; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll')); // a page in a background tab delivers no scroll events
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const rows = [...root(el).querySelectorAll('tbody tr.row')];
    expect(rows.at(-1)!.getAttribute('aria-rowindex')).to.equal('100001');
    expect(rows.length).to.be.lessThan(120);
    const last = rows.at(-1)!.getBoundingClientRect();
    expect(last.bottom, 'the last row shows at the bottom of the scroller').to.be.at.most(
      scroller.getBoundingClientRect().bottom + 1,
    );
  });

  for (const [width, text] of [
    [1280, 100],
    [1280, 200],
    [375, 100],
    [375, 200],
  ]) {
    it(`shows each filter's longest choice and whole labels at ${width} px, ${text}% text`, async () => {
      const el = await shown(big, width, text);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const select of root(el).querySelectorAll<HTMLSelectElement>('.controls select')) {
        const actual = select.getBoundingClientRect().width;
        select.style.cssText = 'inline-size: auto; max-inline-size: none';
        const natural = select.getBoundingClientRect().width;
        select.style.cssText = '';
        expect(actual, `the ${select.id} filter is cut`).to.be.at.least(natural - 1);
      }
      expect(clipped(root(el).querySelectorAll<HTMLElement>('.controls label'))).to.deep.equal([]);
    });
  }

  it('writes filter choices and group headings with the data capital: "Quận", "Thành phố"', async () => {
    const el = await shown(await load('tan-binh-2017'), 1280, 100, { 'group-by': 'level' });
    const levels = [...root(el).querySelectorAll('select[data-filter=level] option')].map((o) => o.textContent!.trim());
    expect(levels).to.include.members(['Quận', 'Thành phố', 'Thành ủy', 'UBND thành phố']);
    const groups = [...root(el).querySelectorAll('tr.group th')].map((th) =>
      th.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(groups).to.include('Quận (1 khen thưởng)');
    for (const group of groups) expect(group[0], group).to.equal(group[0].toLocaleUpperCase('vi'));
    // The value still filters as the data writes it.
    const select = root(el).querySelector<HTMLSelectElement>('select[data-filter=level]')!;
    select.value = 'quận';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr.row')).to.have.length(1);
  });

  for (const width of [1280, 375]) {
    it(`gives a screen reader the issuer and its level apart, at ${width} px`, async () => {
      const el = await shown(await load('tan-binh-2017'), width, 100, { columns: 'recipient issuer year' });
      // innerText follows the rendering, as the accessibility tree does: words split into
      // separate boxes (grid items) lose the space between them, as "Minh(thành phố)" did.
      const read = (selector: string) =>
        [...root(el).querySelectorAll<HTMLElement>(selector)].map((cell) =>
          cell.innerText.replace(/[ \t]+/g, ' ').trim(),
        );
      const issuers = read('tbody td.issuer');
      expect(issuers).to.include('Thành phố Hồ Chí Minh (thành phố)');
      expect(issuers).to.include('Quận Tân Bình (quận)');
      expect(read('tbody th.recipient')[0]).to.match(/^Ban Tuyên giáo Quận ủy Tân Bình\s+Tập thể$/);
    });
  }
});
