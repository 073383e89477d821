/**
 * The map as a visitor meets it on the demo (issue 12): the Quận 11 article's own file, the
 * counters of the same file beside it, screen readers, 200% text and forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../../src/components/spaces/index.js';
import '../../../src/components/counter/index.js';
import type { LamtheoSpaceMap } from '../../../src/components/spaces/space-map.js';
import { until } from '../../helpers/page.js';

type Json = Record<string, unknown>;
interface AxNode {
  role: string;
  name: string;
}

const $ = <T extends Element = Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The accessibility tree; a name's " , " (Chromium spaces out a visually hidden comma) as ", ". */
const axNodes = async () =>
  (await executeServerCommand<AxNode[], undefined>('ax-nodes')).map((n) => ({
    ...n,
    name: n.name.replace(/\s+([,:])/g, '$1'),
  }));

async function drawn(el: LamtheoSpaceMap): Promise<LamtheoSpaceMap> {
  await until(() => el.state === 'ready' && $$(el, 'path.ward[d^="M"]').length > 0, 'the map to be drawn');
  await el.updateComplete;
  return el;
}

describe('<lamtheo-space-map> on the Quận 11 article (what a visitor meets)', () => {
  let q11: Json;
  before(async () => {
    q11 = await (await fetch(new URL('../../fixtures/quan-11-2022.json', import.meta.url))).json();
  });
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await executeServerCommand('lamtheo-media', { features: [] });
    await setViewport({ width: 800, height: 600 });
  });

  it('agrees with the counter of the same file: 23 spaces in the data of the 43 stated, in words on both sides', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <lamtheo-counter metric="spaces-launched" .data=${q11}></lamtheo-counter>
        <lamtheo-space-map style="width:900px" .data=${q11}></lamtheo-space-map>
      </div>`,
    );
    const counter = box.querySelector('lamtheo-counter')!;
    const map = await drawn(box.querySelector('lamtheo-space-map')!);
    await until(() => $(counter, '[part~=sentence]'), 'the counter');
    const words = '23 trong số 43 không gian có trong dữ liệu';
    expect($(counter, '[part~=value]')!.textContent).to.equal('43');
    expect($(counter, '[part~=counted]')!.textContent).to.equal(words);
    expect($(counter, '[part~=sentence]')!.textContent).to.include(`43 không gian; ${words}`);
    expect($(map, '.summary')!.textContent).to.include(words);
    expect($(map, '.summary')!.textContent).to.include('2 chưa có vị trí trên bản đồ');
    const description = $(map, '#map-description')!.textContent!;
    expect(description).to.include(`${words}: 20 có vị trí trên bản đồ, 1 trực tuyến, 2 chưa có vị trí trên bản đồ.`);
    expect(description).to.include('liệt kê cả 23 không gian');
    expect($(map, '#list-heading')!.textContent).to.equal('Danh sách không gian (23)');
    expect($$(map, '.list > li')).to.have.length(23);
    for (const space of q11.spaces as Json[])
      expect($(map, '.list')!.textContent, String(space.name)).to.include(String(space.name));
  });

  it('says the same in English inside lang="en"', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div lang="en"><lamtheo-space-map .data=${q11}></lamtheo-space-map></div>`,
    );
    const map = box.querySelector('lamtheo-space-map')!;
    await until(() => $(map, '.summary .spaces')?.textContent?.includes('of the'), 'English words');
    expect($(map, '.summary .spaces')!.textContent).to.equal(
      '23 of the 43 spaces are in the data · 2 without a place on the map yet',
    );
    const unplaced = $$(map, '.list .unplaced').map((u) => u.textContent);
    expect(unplaced).to.deep.equal(['no place on the map yet', 'no place on the map yet']);
  });

  it('says "23" without "trong số" when the file states no larger figure', async () => {
    const metrics = (q11.metrics as Json[]).filter((m) => m.id !== 'spaces-launched');
    const map = await drawn(
      await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${{ ...q11, metrics }}></lamtheo-space-map>`),
    );
    expect($(map, '.summary .spaces')!.textContent).to.equal('23 không gian · 2 chưa có vị trí trên bản đồ');
  });

  it('lists the spaces that have no location, marked "chưa có vị trí trên bản đồ", and opens their details', async () => {
    const map = await drawn(await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${q11}></lamtheo-space-map>`));
    const spaces = q11.spaces as Json[];
    const unplaced = spaces.map((s, i) => [s, i] as const).filter(([s]) => !s.location && s.kind !== 'online');
    expect(unplaced.map(([s]) => s.name)).to.include('Đình Đông Sơn');
    for (const [space, i] of unplaced) {
      const item = $<HTMLButtonElement>(map, `.list button[data-item="${i}"]`)!;
      expect(item.textContent, String(space.name)).to.include('chưa có vị trí trên bản đồ');
      expect($(map, `[data-space="${i}"]`), 'no marker').to.equal(null);
    }
    const names = (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
    expect(names).to.include('Đình Đông Sơn, chưa có vị trí trên bản đồ');
    $<HTMLButtonElement>(map, `.list button[data-item="${unplaced[0][1]}"]`)!.click();
    await until(() => $(map, '.panel h3'), 'the details panel');
    expect($(map, '.panel h3')!.textContent).to.equal(unplaced[0][0].name);
  });

  it('gives screen readers every list item, with spaced names and no doubled ward, before the map is scrolled to', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height:5000px"></div>
        <lamtheo-space-map .data=${q11}></lamtheo-space-map>
      </div>`,
    );
    const map = await drawn(box.querySelector('lamtheo-space-map')!);
    expect(map.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
    for (const li of $$(map, '.list > li')) expect(getComputedStyle(li).contentVisibility).to.equal('visible');
    const names = (await axNodes()).filter((n) => n.role === 'button').map((n) => n.name);
    expect(names).to.include('Không gian văn hóa Hồ Chí Minh Phường 1');
    expect(names).to.include('Chùa Quan Âm, Phường 3');
    expect(names.filter((n) => /Phường \d+ ?Phường \d+$|Phường \d+Phường/.test(n))).to.deep.equal([]);
    for (const space of q11.spaces as Json[]) {
      const name = String(space.name);
      expect(
        names.some((n) => n.startsWith(name) || n.endsWith(`: ${name}`)),
        `a button for ${name}`,
      ).to.equal(true);
    }
  });

  it('reads the coverage legend in words, not as bare numbers', async () => {
    const map = await drawn(await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${q11}></lamtheo-space-map>`));
    expect($(map, '.coverage')!.textContent).to.include('5 trở lên');
    const text = (await axNodes()).map((n) => n.name);
    expect(
      text.some((n) =>
        n.includes('Số không gian mỗi phường: 0, 1, 2, 3 đến 4, 5 trở lên; phường càng đậm, càng nhiều không gian.'),
      ),
    ).to.equal(true);
    expect(text.filter((n) => n === '3–4' || n === '5+')).to.deep.equal([]);
  });

  it('grows markers and clusters with the text at 200%', async () => {
    const map = await drawn(
      await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map style="width:900px" .data=${q11}></lamtheo-space-map>`),
    );
    const size = (selector: string) => $(map, selector)!.getBoundingClientRect().width;
    const marker = size('[data-space] path');
    const cluster = $(map, '[data-cluster] .disc') ? size('[data-cluster] .disc') : undefined;
    document.documentElement.style.fontSize = '200%';
    await until(() => size('[data-space] path') > marker * 1.8, 'markers twice as large');
    expect(size('[data-space] path')).to.be.closeTo(marker * 2, marker * 0.1);
    if (cluster !== undefined && $(map, '[data-cluster] .disc'))
      expect(size('[data-cluster] .disc')).to.be.greaterThan(cluster * 1.5);
  });

  it('never wraps "Phường" apart from its number, at 375 px and 200% text', async () => {
    await setViewport({ width: 375, height: 800 });
    document.documentElement.style.fontSize = '200%';
    const map = await drawn(await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${q11}></lamtheo-space-map>`));
    const kept = $$<HTMLElement>(map, '.list .nb');
    expect(kept.length).to.be.at.least(20);
    for (const nb of kept) expect(nb.getClientRects().length, nb.textContent!).to.equal(1);
    // What is seen: the names without the words only screen readers get.
    const listText = $$(map, '.list .name')
      .map((n) => {
        const seen = n.cloneNode(true) as HTMLElement;
        seen.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
        return seen.textContent;
      })
      .join('\n');
    const numbered = listText.match(/Phường \d+/g) ?? [];
    expect(kept.filter((nb) => /^Phường \d+$/.test(nb.textContent!)).length).to.equal(numbered.length);
  });

  it('keeps the legend and the wards alike, and tells the classes apart, under forced colours', async () => {
    await executeServerCommand('lamtheo-media', { features: [{ name: 'forced-colors', value: 'active' }] });
    const map = await drawn(await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${q11}></lamtheo-space-map>`));
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const swatches = $$(map, '.swatch').map((s) => getComputedStyle(s).backgroundColor);
    expect(new Set(swatches).size, swatches.join(' | ')).to.equal(5);
    for (const ward of $$<SVGPathElement>(map, 'path.ward')) {
      const cls = Number(/cov-(\d)/.exec(ward.getAttribute('class')!)![1]);
      expect(getComputedStyle(ward).fill, `ward of class ${cls}`).to.equal(swatches[cls]);
    }
  });

  it("colours links with the widget's tokens (a portal contrast mode), not the browser's blue", async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div
        style="--lamtheo-color-text:#fff;--lamtheo-color-surface:#000;--lamtheo-color-focus:#0ff;background:#000"
      >
        <lamtheo-space-map .data=${q11}></lamtheo-space-map>
      </div>`,
    );
    const map = await drawn(box.querySelector('lamtheo-space-map')!);
    const links = $$<HTMLAnchorElement>(map, 'a');
    expect(links.length).to.be.at.least(2);
    for (const a of links) expect(getComputedStyle(a).color, a.textContent!).to.equal('rgb(0, 255, 255)');
  });
});
