import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/spaces/index.js';
import type { LamtheoSpaceMap } from '../../../src/components/spaces/space-map.js';
import { FIRST_LIST_PAGE, LIST_PAGE } from '../../../src/components/spaces/space-list.js';
import type { LamtheoErrorEvent } from '../../../src/internal/events.js';
import { generateDataset } from '../../fixtures/generate/generate.js';
import { until } from '../../helpers/page.js';
import { partMissing, whenPartsFail } from '../../helpers/parts.js';
import { quan11Dataset, type Json } from './q11.js';

const $ = <T extends Element = Element>(el: LamtheoSpaceMap, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: LamtheoSpaceMap, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

async function mount(data: unknown, width = 900, wards = true): Promise<LamtheoSpaceMap> {
  const el = await fixture<LamtheoSpaceMap>(
    html`<lamtheo-space-map style="width:${width}px" .data=${data}></lamtheo-space-map>`,
  );
  const drawn = () =>
    wards ? $$(el, 'path.ward[d^="M"]').length > 0 : $$(el, '[data-space], [data-cluster], canvas').length > 0;
  await until(() => el.state === 'ready' && drawn(), 'the map to be drawn');
  await el.updateComplete;
  return el;
}

/** The details panel once its contents (downloaded at the first selection) are in. */
const panelOf = (el: LamtheoSpaceMap) => until(() => $(el, '.panel h3') && $(el, '.panel')!, 'the details panel');

const scaleOf = (el: LamtheoSpaceMap) => {
  const m = /scale\(([\d.]+)\)/.exec($(el, '.map > svg > g')!.getAttribute('transform') ?? '');
  return m ? Number(m[1]) : 1;
};
const translateOf = (el: LamtheoSpaceMap) =>
  (/translate\(([-\d.e]+),([-\d.e]+)\)/.exec($(el, '.map > svg > g')!.getAttribute('transform') ?? '') ?? [0, 0, 0])
    .slice(1)
    .map(Number);

function reverseRings(fc: Json) {
  const features = (fc.features as Json[]).map((f) => {
    const g = f.geometry as { coordinates: number[][][] };
    return { ...f, geometry: { ...g, coordinates: g.coordinates.map((ring) => ring.slice().reverse()) } };
  });
  return { ...fc, features };
}

describe('<lamtheo-space-map>', () => {
  let q11: Json;
  before(async () => {
    q11 = await quan11Dataset();
  });

  for (const winding of ['counter-clockwise (RFC 7946)', 'clockwise (d3)']) {
    it(`draws wards wound ${winding} inside the map box`, async () => {
      const b = q11.boundaries as Json;
      const fc = winding.startsWith('clockwise') ? reverseRings(b.featureCollection as Json) : b.featureCollection;
      const el = await mount({ ...q11, boundaries: { ...b, featureCollection: fc } });
      const svg = $<SVGSVGElement>(el, '.map > svg')!;
      const box = $<SVGGElement>(el, '.map > svg > g')!.getBBox();
      expect($$(el, 'path.ward')).to.have.length(16);
      expect(box.width).to.be.greaterThan(svg.clientWidth / 4);
      expect(box.x).to.be.at.least(0);
      expect(box.y).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(svg.clientWidth + 0.5);
      expect(box.y + box.height).to.be.at.most(svg.clientHeight + 0.5);
    });
  }

  it('puts each ward space inside its own ward on the map', async () => {
    const el = await mount(q11, 1600);
    const wards = $$<SVGPathElement>(el, 'path.ward');
    const spaces = q11.spaces as Json[];
    let checked = 0;
    for (let i = 0; i < spaces.length; i++) {
      const marker = $<SVGGElement>(el, `[data-space="${i}"]`);
      if (spaces[i].kind !== 'ward-headquarters' || !marker) continue;
      const [, x, y] = /translate\(([\d.]+),([\d.]+)\)/.exec(marker.getAttribute('transform')!)!.map(Number);
      const wardName = String(spaces[i].name).replace('Không gian văn hóa Hồ Chí Minh ', '');
      const ward = wards.find((w) => w.querySelector('title')!.textContent!.startsWith(`${wardName}:`))!;
      expect(ward.isPointInFill(new DOMPoint(x, y)), wardName).to.equal(true);
      checked++;
    }
    expect(checked, 'ward spaces drawn as single markers').to.be.at.least(8);
  });

  it('sums up the coverage as "16/16 phường" and colours wards by their count', async () => {
    const el = await mount(q11);
    expect($(el, '.summary')!.textContent).to.match(/16\/16 phường có không gian văn hóa/);
    const phuong7 = $$(el, 'path.ward').find((w) => w.querySelector('title')!.textContent === 'Phường 7: 3');
    expect(phuong7, 'Phường 7 counts its ward space, Chùa Giác Hoằng and Đình Đông Sơn (by its location)').to.exist;
    expect(phuong7!.classList.contains('cov-3')).to.equal(true);
  });

  it('hides a kind from the map and the list with its legend button', async () => {
    const el = await mount(q11);
    const religious = $$<HTMLButtonElement>(el, '.kinds button').find((b) =>
      b.textContent!.includes('Cơ sở tôn giáo'),
    )!;
    expect(religious.getAttribute('aria-pressed')).to.equal('true');
    const before = $$(el, '.list li').length;
    religious.click();
    await el.updateComplete;
    expect(religious.getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, '.list li')).to.have.length(before - 5);
    expect($(el, '.list')!.textContent).to.not.include('Chùa Quan Âm');
    const labels = $$(el, '[data-space], [data-cluster]')
      .map((m) => m.getAttribute('aria-label'))
      .join(' ');
    expect(labels).to.not.include('Cơ sở tôn giáo');
  });

  it('splits clusters as the map zooms in, with counts by kind, and keeps focus on the split part', async () => {
    const data = generateDataset({ seed: 7, spaces: 300, commendations: 0 });
    const el = await mount({ ...data, boundaries: undefined }, 900, false);
    const cluster = await until(() => $<SVGGElement>(el, '[data-cluster]'), 'a cluster');
    expect(cluster.getAttribute('aria-label')).to.match(/^\d+ không gian: \d+ /);
    const clustersBefore = $$(el, '[data-cluster]').length;
    const markersBefore = $$(el, '[data-space]').length;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => scaleOf(el) > 1.9, 'the zoom');
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(2, 0.01);
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.matches('[data-space], [data-cluster]'), 'focus stays on a marker of the split cluster').to.equal(
      true,
    );
    for (let i = 0; i < 3; i++) await sendKeys({ press: '+' });
    await el.updateComplete;
    expect($$(el, '[data-space]').length).to.be.greaterThan(markersBefore);
    expect(clustersBefore).to.be.greaterThan(0);
  });

  it('zooms with + and − and pans with the arrow keys when the map has focus', async () => {
    const el = await mount(q11);
    $<HTMLElement>(el, '.map')!.focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(1.5, 0.01);
    const [x0] = translateOf(el);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(translateOf(el)[0]).to.be.lessThan(x0);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(scaleOf(el)).to.be.closeTo(1, 0.01);
    await sendKeys({ press: '+' });
    $<HTMLButtonElement>(el, '.controls button:last-child')!.click();
    await el.updateComplete;
    expect($(el, '.map > svg > g')!.getAttribute('transform')).to.equal('translate(0,0) scale(1)');
  });

  it('zooms with the mouse wheel and pans with a mouse drag', async () => {
    const el = await mount(q11);
    const box = $<HTMLElement>(el, '.map')!.getBoundingClientRect();
    const [cx, cy] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    $(el, '.map')!.dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, clientX: cx, clientY: cy, bubbles: true, cancelable: true }),
    );
    await el.updateComplete;
    expect(scaleOf(el), 'zoomed in by the wheel').to.be.greaterThan(1.5);
    const [x0, y0] = translateOf(el);
    try {
      await sendMouse({ type: 'move', position: [cx, cy] });
      await sendMouse({ type: 'down' });
      for (let step = 1; step <= 4; step++)
        await sendMouse({ type: 'move', position: [cx + step * 20, cy + step * 10] });
      await sendMouse({ type: 'up' });
    } finally {
      await resetMouse();
    }
    await el.updateComplete;
    const [x1, y1] = translateOf(el);
    expect(x1 - x0, 'dragged 80 px right').to.be.closeTo(80, 1);
    expect(y1 - y0, 'dragged 40 px down').to.be.closeTo(40, 1);
    expect($(el, '[part="panel"]'), 'a drag is not a click on a ward').to.equal(null);
  });

  it('zooms in when two fingers spread apart on a touch screen', async () => {
    await executeServerCommand('touch-emulation', { enabled: true });
    try {
      const el = await mount(q11);
      const box = $<HTMLElement>(el, '.map')!.getBoundingClientRect();
      const centre = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      await executeServerCommand('pinch', { centre, from: 60, to: 180 });
      await el.updateComplete;
      expect(scaleOf(el)).to.be.closeTo(3, 0.1);
    } finally {
      await executeServerCommand('touch-emulation', { enabled: false });
    }
  });

  it('highlights the marker of a space chosen in the list, and the list item of a marker chosen on the map', async () => {
    const el = await mount(q11, 1400);
    const quanUy = $$<HTMLButtonElement>(el, '.list button').find((b) => b.textContent!.includes('Quận ủy'))!;
    quanUy.click();
    await el.updateComplete;
    expect(quanUy.getAttribute('aria-current')).to.equal('true');
    expect($(el, '.selected[data-space="0"], .selected[data-cluster]')).to.exist;
    const marker = $$<SVGGElement>(el, '[data-space]').find((m) => m.getAttribute('data-space') !== '0')!;
    const index = marker.getAttribute('data-space');
    marker.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($(el, `.list button[data-item="${index}"]`)!.getAttribute('aria-current')).to.equal('true');
    expect(quanUy.hasAttribute('aria-current')).to.equal(false);
    expect(marker.getAttribute('aria-current')).to.equal('true');
  });

  it('opens a panel with the details of a space', async () => {
    const el = await mount(q11);
    el.select(0);
    const panel = await panelOf(el);
    const text = panel.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Không gian văn hóa Hồ Chí Minh Quận ủy Quận 11');
    expect(text).to.include('Cơ quan, đơn vị');
    expect(text).to.include('270 Bình Thới, Phường 14, Quận 11');
    expect(text).to.include('10/2022');
    expect(text).to.include('Khu vực khánh tiết');
    expect(panel.querySelector('img')!.getAttribute('alt')).to.equal('Tượng Bác trong khu vực khánh tiết');
    const links = [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://example.vn/quan-11']);
    expect(text).to.include('mailto:quanuy@example.vn');
    panel.querySelector<HTMLButtonElement>('.close')!.click();
    await el.updateComplete;
    expect($(el, '.panel')).to.equal(null);
  });

  it('opens a ward panel listing its spaces when a ward is clicked', async () => {
    const el = await mount(q11);
    const ward = $$(el, 'path.ward').find((w) => w.querySelector('title')!.textContent!.startsWith('Phường 13:'))!;
    ward.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await panelOf(el)).textContent).to.include('Chùa Vạn Phước');
    expect(ward.classList.contains('selected')).to.equal(true);
  });

  it('lists the online space of Phường 4 with its link', async () => {
    const el = await mount(q11);
    const link = $$<HTMLAnchorElement>(el, '.side a').find((a) => a.textContent!.includes('trực tuyến'))!;
    expect(link.href).to.equal('https://phuong4.quan11.example.vn/');
    expect(link.closest('li')!.textContent).to.include('Phường 4');
  });

  it('shows hostile names as text and refuses javascript: links', async () => {
    const hostile = structuredClone(q11);
    (hostile.spaces as Json[])[0].name = '<img src=x onerror="window.hacked=1">';
    const el = await mount(hostile);
    el.select(0);
    await panelOf(el);
    expect($(el, '.panel h3')!.textContent).to.equal('<img src=x onerror="window.hacked=1">');
    expect($(el, '.panel h3 img')).to.equal(null);
    const evil = structuredClone(q11);
    ((evil.spaces as Json[])[0].links as Json[])[0].url = 'javascript:alert(1)';
    const refused = await fixture<LamtheoSpaceMap>(html`<lamtheo-space-map .data=${evil}></lamtheo-space-map>`);
    await until(() => refused.state === 'error', 'the javascript: link to be refused');
    expect($$(refused, 'a').some((a) => a.getAttribute('href')?.startsWith('javascript'))).to.equal(false);
  });

  it('reports bad geometry with the feature index and still draws the other wards', async () => {
    const bad = structuredClone(q11);
    const features = ((bad.boundaries as Json).featureCollection as Json).features as Json[];
    features[3].geometry = null as never;
    const ring = ((features[5].geometry as Json).coordinates as number[][][])[0];
    ring.pop();
    ((features[8].geometry as Json).coordinates as number[][][])[0][2] = [Number.NaN, 10.76];
    const swapped = (features[10].geometry as Json).coordinates as number[][][];
    swapped[0] = swapped[0].map(([x, y]) => [y, x]);
    const events: LamtheoErrorEvent[] = [];
    const el = await fixture<LamtheoSpaceMap>(
      html`<lamtheo-space-map
        .data=${bad}
        @lamtheo-error=${(e: LamtheoErrorEvent) => events.push(e)}
      ></lamtheo-space-map>`,
    );
    await until(() => events.length > 0, 'the lamtheo-error warning');
    expect($$(el, 'path.ward')).to.have.length(14);
    const admin = $(el, 'details.admin')!.textContent!;
    for (const i of [3, 5, 8, 10]) expect(admin).to.include(`boundaries.featureCollection.features[${i}]`);
    expect(events[0].problems.map((p) => p.code)).to.deep.equal([
      'geometry-no-geometry',
      'geometry-unclosed-ring',
      'geometry-bad-coordinates',
      'geometry-swapped-coordinates',
    ]);
    expect(events[0].problems.every((p) => p.severity === 'warning')).to.equal(true);
  });

  it('draws the wards and markers as soon as it shows the data, without waiting for a frame', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('lamtheo-space-map');
    const ready = new Promise<void>((resolve) =>
      el.addEventListener('lamtheo-state', () => el.state === 'ready' && resolve()),
    );
    el.data = q11;
    host.append(el);
    await ready;
    // Only microtasks from here: no animation frame, so no ResizeObserver report either.
    await el.updateComplete;
    expect($$(el, 'path.ward[d^="M"]')).to.have.length(16);
    expect($$(el, '[data-space], [data-cluster]').length).to.be.greaterThan(0);
  });

  it('draws after being created in a hidden box and shown later', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div hidden><lamtheo-space-map .data=${q11}></lamtheo-space-map></div>`,
    );
    const el = wrapper.querySelector('lamtheo-space-map')!;
    await until(() => el.state === 'ready', 'the data');
    expect($$(el, 'path.ward[d^="M"]')).to.have.length(0);
    wrapper.hidden = false;
    await until(() => $$(el, 'path.ward[d^="M"]').length === 16, 'the wards once shown');
  });

  it('loads boundaries from the boundaries attribute and links wards by code', async () => {
    const data = await quan11Dataset({ embed: false });
    const el = await mount({ ...data, boundaries: undefined }, 700, false);
    expect($$(el, 'path.ward')).to.have.length(0);
    el.boundaries = new URL('../../fixtures/geo/quan-11.geojson', import.meta.url).href;
    await until(() => $$(el, 'path.ward[d^="M"]').length === 16, 'the wards from the url');
    expect($(el, '.attribution')!.textContent).to.include('© OpenStreetMap contributors');
  });

  it('draws ten thousand markers on a canvas and keeps the list short', async () => {
    const data = generateDataset({ seed: 3, spaces: 10000, commendations: 0 });
    const el = await mount(data, 900, false);
    expect($(el, 'canvas')).to.exist;
    expect($$(el, '[data-space], [data-cluster]')).to.have.length(0);
    expect($$(el, '.list li').length).to.equal(FIRST_LIST_PAGE);
    expect($(el, '.more')!.textContent).to.match(/Xem thêm/);
  });

  it('keeps every one of ten thousand spaces in the list, a page at a time, each item focusable', async () => {
    const data = generateDataset({ seed: 3, spaces: 10000, commendations: 0 });
    const el = await mount(data, 900, false);
    // Every space, with a location or not: the list is where all of them are.
    const placed = data.spaces!.length;
    expect($(el, '#list-heading')!.textContent).to.include(`(${placed})`);
    const items = () => $$<HTMLButtonElement>(el, '.list li button');
    expect(items()).to.have.length(FIRST_LIST_PAGE);
    expect($(el, '.more')!.textContent).to.include(`còn ${placed - FIRST_LIST_PAGE}`);
    $<HTMLButtonElement>(el, '.more')!.click();
    await el.updateComplete;
    const shown = FIRST_LIST_PAGE + LIST_PAGE;
    expect(items()).to.have.length(shown);
    expect($(el, '.more')!.textContent).to.include(`còn ${placed - shown}`);
    const last = items()[shown - 1];
    last.focus();
    expect(el.shadowRoot!.activeElement).to.equal(last);
    last.click();
    await el.updateComplete;
    expect(items()[shown - 1].getAttribute('aria-current')).to.equal('true');
  });

  it('shows and marks a space far beyond the first page of the list when it is selected', async () => {
    const data = generateDataset({ seed: 3, spaces: 10000, commendations: 0 });
    const el = await mount(data, 900, false);
    const far = data.spaces!.map((s, i) => (s.location ? i : -1)).filter((i) => i >= 0)[FIRST_LIST_PAGE + 100];
    el.select(far);
    await el.updateComplete;
    const item = $<HTMLButtonElement>(el, `.list button[data-item="${far}"]`);
    expect(item).to.exist;
    expect(item!.getAttribute('aria-current')).to.equal('true');
    const list = $<HTMLElement>(el, '.list')!;
    expect(list.scrollTop).to.be.greaterThan(0);
  });

  it('leaves no listeners, observers or frames behind once removed', async () => {
    const added = new Map<EventTarget, number>();
    const targets = [window, document];
    const originalAdd = EventTarget.prototype.addEventListener;
    const originalRemove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['addEventListener']>
    ) {
      if (targets.includes(this as never)) added.set(this, (added.get(this) ?? 0) + 1);
      return originalAdd.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      ...args: Parameters<EventTarget['removeEventListener']>
    ) {
      if (targets.includes(this as never)) added.set(this, (added.get(this) ?? 0) - 1);
      return originalRemove.apply(this, args);
    };
    let observing = 0;
    const OriginalObserver = window.ResizeObserver;
    window.ResizeObserver = class extends OriginalObserver {
      override observe(target: Element, options?: ResizeObserverOptions) {
        observing++;
        super.observe(target, options);
      }
      override disconnect() {
        observing = 0;
        super.disconnect();
      }
    };
    try {
      const el = await mount(q11);
      expect(observing).to.equal(1);
      $<HTMLElement>(el, '.map')!.focus();
      await sendKeys({ press: '+' });
      el.remove();
      expect(observing).to.equal(0);
      let updates = 0;
      el.addEventListener('lamtheo-state', () => updates++);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        [...added.values()].every((n) => n <= 0),
        'window and document listeners',
      ).to.equal(true);
      expect(updates).to.equal(0);
    } finally {
      EventTarget.prototype.addEventListener = originalAdd;
      EventTarget.prototype.removeEventListener = originalRemove;
      window.ResizeObserver = OriginalObserver;
    }
  });

  it('speaks English inside lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><lamtheo-space-map .data=${q11}></lamtheo-space-map></div>`,
    );
    const el = wrapper.querySelector('lamtheo-space-map')!;
    await until(() => el.state === 'ready' && $(el, '.summary')?.textContent?.includes('16/16 wards'), 'English text');
  });

  it('passes axe with its details panel open', async () => {
    const el = await mount(q11);
    el.select(0);
    await panelOf(el);
    await expect(el).to.be.accessible();
  });

  describe('when a part of the map cannot be downloaded', () => {
    const parts = whenPartsFail();
    const missing = 'Một phần của tiện ích này chưa tải được (mất kết nối mạng?). Thử lại';

    it('says so in the panel, which still closes; the map and list work; "Thử lại" shows the details', async () => {
      parts.offline('panel-contents');
      const el = await mount(q11);
      el.select(0);
      const note = await until(() => partMissing(el.shadowRoot!), 'the note');
      expect(note.text).to.equal(missing);
      expect(note.retry.closest('.panel'), 'in the panel').to.exist;
      expect($(el, '.panel .close'), 'the panel can still be closed').to.exist;
      await expect(el).to.be.accessible();
      // The rest of the map works: another selection highlights its list item.
      el.select(1);
      await el.updateComplete;
      expect($(el, '.list button[aria-current="true"]')?.textContent).to.include(
        (q11.spaces as Json[])[1].name as string,
      );
      note.retry.click(); // still offline: the note stays
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(partMissing($(el, '.panel')!)?.text).to.equal(missing);
      parts.online('panel-contents');
      partMissing($(el, '.panel')!)!.retry.click();
      expect((await panelOf(el)).querySelector('h3')!.textContent).to.equal((q11.spaces as Json[])[1].name as string);
      expect(partMissing($(el, '.panel')!)).to.equal(undefined);
    });

    it('says so where the warnings would be, draws the map, and tells them after "Thử lại"', async () => {
      parts.offline('map-problems');
      const bad = structuredClone(q11);
      const features = ((bad.boundaries as Json).featureCollection as Json).features as Json[];
      features[3].geometry = null as never;
      const events: LamtheoErrorEvent[] = [];
      const el = await fixture<LamtheoSpaceMap>(
        html`<lamtheo-space-map
          style="width:900px"
          .data=${bad}
          @lamtheo-error=${(e: LamtheoErrorEvent) => events.push(e)}
        ></lamtheo-space-map>`,
      );
      const note = await until(() => partMissing(el.shadowRoot!), 'the note');
      expect(note.text).to.equal(missing);
      expect($$(el, 'path.ward[d^="M"]')).to.have.length(15);
      expect(events).to.deep.equal([]);
      parts.online('map-problems');
      note.retry.click();
      await until(() => $(el, 'details.admin'), 'the warnings');
      expect($(el, 'details.admin')!.textContent).to.include('boundaries.featureCollection.features[3]');
      await until(() => events.length > 0, 'the lamtheo-error warning');
      expect(events[0].problems.map((p) => p.code)).to.deep.equal(['geometry-no-geometry']);
      expect(partMissing(el.shadowRoot!)).to.equal(undefined);
    });
  });
});
