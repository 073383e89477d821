import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { cleanBoundaries } from '../../src/components/spaces/geometry/geometry.js';
import { wardLocator } from '../../src/components/spaces/geometry/ward-locator.js';
import '../../src/studio/editors.js';
import type { LamtheoStudioSpaces } from '../../src/studio/editors.js';
import { until } from '../helpers/page.js';
import { insideWard } from './helpers.js';

type Space = { id: string; name: string; kind: string; location?: [number, number]; address?: string };
type Dataset = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Quận 11 (test/fixtures/quan-11-2022.json), its 16 wards inline, without its spaces. */
async function quan11(): Promise<Dataset> {
  const dataset = (await (await fetch('/test/fixtures/quan-11-2022.json')).json()) as Dataset;
  return { ...dataset, spaces: [] };
}

/** The ward holding a point, by name, from the file's own polygons (not the editor's drawing). */
function wardOf(dataset: Dataset): (location: [number, number]) => string {
  const clean = cleanBoundaries(dataset.boundaries.featureCollection.features).features;
  const locate = wardLocator(clean.map((f) => f.feature.geometry));
  return ([lon, lat]) => String(clean[locate(lon, lat)]?.feature.properties.name ?? '');
}

/** Stands in for the studio's shell: every edit goes back into the editor. */
function asShell(el: LamtheoStudioSpaces): Space[][] {
  const edits: Space[][] = [];
  el.addEventListener('lamtheo-studio-edit', (event) => {
    const { path, value } = (event as CustomEvent<{ path: string[]; value: Space[] }>).detail;
    expect(path).to.deep.equal(['spaces']);
    edits.push(value);
    el.value = value;
  });
  return edits;
}

describe('<lamtheo-studio-spaces>: cultural spaces placed on the ward map', () => {
  it('places two spaces by clicking on the Quận 11 map, each inside the ward clicked, then names them', async () => {
    const draft = await quan11();
    const el = await fixture<LamtheoStudioSpaces>(
      html`<lamtheo-studio-spaces style="width: 900px" .draft=${draft} .value=${[]}></lamtheo-studio-spaces>`,
    );
    const edits = asShell(el);
    const ward = wardOf(draft);
    expect(el.shadowRoot!.querySelectorAll('path.ward')).to.have.length(16);

    await sendMouse({ type: 'click', position: insideWard(el, 'Phường 5') });
    await el.updateComplete;
    expect(edits).to.have.length(1);
    expect(edits[0]).to.have.length(1);
    expect(ward(edits[0][0].location!)).to.equal('Phường 5');
    expect(text(el.shadowRoot!.querySelector('p[role=status]'))).to.equal(
      'Đã đặt không gian 1 trong Phường 5. Nhập tên của nó.',
    );
    // The name field has the focus: the administrator types the name.
    expect(el.shadowRoot!.activeElement?.id).to.equal('space-name');
    await sendKeys({ type: 'Không gian văn hóa Hồ Chí Minh Phường 5' });
    await sendKeys({ press: 'Tab' });
    expect(edits.at(-1)![0].name).to.equal('Không gian văn hóa Hồ Chí Minh Phường 5');

    await sendMouse({ type: 'click', position: insideWard(el, 'Phường 15') });
    await el.updateComplete;
    const [first, second] = edits.at(-1)!;
    expect(ward(first.location!)).to.equal('Phường 5');
    expect(ward(second.location!)).to.equal('Phường 15');
    expect(second).to.deep.include({ id: 'khong-gian-2', kind: 'other' });
    expect(text(el.shadowRoot!.querySelector('form'))).to.contain('Trong Phường 15');
    // Kind and address by form.
    const select = el.shadowRoot!.querySelector('form select') as HTMLSelectElement;
    select.value = 'school';
    select.dispatchEvent(new Event('change'));
    const address = el.shadowRoot!.querySelectorAll<HTMLInputElement>('form input')[1];
    address.value = '270 Lạc Long Quân';
    address.dispatchEvent(new Event('change'));
    expect(edits.at(-1)![1]).to.deep.include({ kind: 'school', address: '270 Lạc Long Quân' });
    expect(el.shadowRoot!.querySelectorAll('.marker')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('draws the shared ward file named by boundaries.url, and says when it cannot be read', async () => {
    const draft = {
      version: 1,
      boundaries: {
        url: '/test/fixtures/geo/quan-11.geojson',
        unitProperty: 'code',
        matches: 'code',
        attribution: '© OpenStreetMap contributors',
      },
    };
    const el = await fixture<LamtheoStudioSpaces>(
      html`<lamtheo-studio-spaces style="width: 900px" .draft=${draft} .value=${[]}></lamtheo-studio-spaces>`,
    );
    await until(() => el.shadowRoot!.querySelectorAll('path.ward').length === 16, 'the 16 wards of Quận 11');
    el.draft = { ...draft, boundaries: { ...draft.boundaries, url: '/test/fixtures/geo/khong-co.geojson' } };
    await until(() => el.shadowRoot!.querySelector('p[role=alert]'), 'the words of a file that cannot be read');
    expect(text(el.shadowRoot!.querySelector('p[role=alert]'))).to.match(/^Không đọc được ranh giới: /);
  });

  it('moves a space by clicking again, and removes one', async () => {
    const draft = await quan11();
    const el = await fixture<LamtheoStudioSpaces>(
      html`<lamtheo-studio-spaces style="width: 900px" .draft=${draft} .value=${[]}></lamtheo-studio-spaces>`,
    );
    const edits = asShell(el);
    const ward = wardOf(draft);
    await sendMouse({ type: 'click', position: insideWard(el, 'Phường 1') });
    await el.updateComplete;
    const move = [...el.shadowRoot!.querySelectorAll('form button')].find(
      (b) => text(b) === 'Đặt lại trên bản đồ',
    ) as HTMLButtonElement;
    move.click();
    await el.updateComplete;
    await sendMouse({ type: 'click', position: insideWard(el, 'Phường 16') });
    await el.updateComplete;
    expect(edits.at(-1)).to.have.length(1);
    expect(ward(edits.at(-1)![0].location!)).to.equal('Phường 16');
    expect(text(el.shadowRoot!.querySelector('p[role=status]'))).to.equal('Đã chuyển không gian 1 đến Phường 16.');

    const remove = [...el.shadowRoot!.querySelectorAll('form button')].find(
      (b) => text(b) === 'Xóa không gian này',
    ) as HTMLButtonElement;
    remove.click();
    await el.updateComplete;
    expect(edits.at(-1)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('places by keyboard: arrows move a crosshair, the ward is said, Enter places; latitude and longitude can be typed', async () => {
    const draft = await quan11();
    const el = await fixture<LamtheoStudioSpaces>(
      html`<lamtheo-studio-spaces style="width: 900px" .draft=${draft} .value=${[]}></lamtheo-studio-spaces>`,
    );
    const edits = asShell(el);
    const ward = wardOf(draft);
    el.shadowRoot!.querySelector('svg')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    const said = text(el.shadowRoot!.querySelector('p[role=status]'));
    const match = /^Chữ thập ở (Phường \d+) \(10,\d+, 106,\d+\)\.$/.exec(said);
    expect(match, said).to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(edits).to.have.length(1);
    expect(ward(edits[0][0].location!)).to.equal(match![1]);

    // Typed coordinates: latitude then longitude, as a map app gives them.
    const [lat, lon] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('form .pair input')];
    lat.value = '10,7632';
    lat.dispatchEvent(new Event('change'));
    lon.value = '106.6432';
    lon.dispatchEvent(new Event('change'));
    expect(edits.at(-1)![0].location).to.deep.equal([106.6432, 10.7632]);
    expect(ward([106.6432, 10.7632])).to.equal('Phường 10');
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('form'))).to.contain('Trong Phường 10');
  });

  it("shows the checker's problems in the space's form, and speaks English on an English page", async () => {
    const draft = await quan11();
    const el = await fixture<LamtheoStudioSpaces>(
      html`<lamtheo-studio-spaces
        lang="en"
        style="width: 375px"
        .draft=${draft}
        .value=${[{ id: 'a', name: '', kind: 'park', location: [106.65, 10.765] }]}
        .problems=${[{ path: 'spaces[0].name', code: 'too-small', message: 'must not be empty', severity: 'error' }]}
      ></lamtheo-studio-spaces>`,
    );
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('ol'))).to.equal('(no name yet) — problems: 1');
    el.shadowRoot!.querySelector<HTMLButtonElement>('ol button')!.click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector('form')!;
    expect(text(form)).to.contain('name: must not be empty').and.contain('Latitude').and.contain('Park');
    expect(form.querySelector('#space-name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Map of the wards: click to place a cultural space',
    );
  });
});
