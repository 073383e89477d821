import { expect } from '@open-wc/testing';
import '../../../src/components/counter/index.js';
import { counterVariants, type LamtheoCounterGrid } from '../../../src/components/counter/index.js';
import { until } from '../../helpers/page.js';
import { mount } from './mount.js';

const dataset = {
  version: 1,
  title: 'Kết quả học tập và làm theo năm 2017',
  provenance: { publisher: 'Ban Tuyên giáo Quận ủy Tân Bình', asOf: '2017-06-30' },
  metrics: [
    { id: 'dang-vien', label: 'Đảng viên', value: 11368, unit: 'đảng viên', tags: ['dang'] },
    { id: 'co-so', label: 'Tổ chức cơ sở Đảng', value: 44, tags: ['dang'], about: 'tan-binh' },
    { id: 'sach', label: 'Sách tham khảo', value: 4235, unit: 'cuốn' },
    { id: 'so-tay', label: 'Sổ tay', value: 13000, unit: 'cuốn', about: 'tan-binh' },
  ],
};

async function grid(attrs = '', data: unknown = dataset, width = 800): Promise<LamtheoCounterGrid> {
  const wrapper = mount(`<lamtheo-counter-grid no-animation ${attrs}></lamtheo-counter-grid>`, {
    style: `width: ${width}px`,
  });
  const element = wrapper.querySelector('lamtheo-counter-grid')!;
  element.data = data;
  await until(
    () => element.state !== 'loading' && element.shadowRoot?.querySelector('[part~=base], [part~=state]'),
    'grid rendered',
  );
  await element.updateComplete;
  return element;
}

const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('li [part~=label]')].map((l) => l.textContent);
const values = (el: Element) => [...el.shadowRoot!.querySelectorAll('li [part~=value]')].map((l) => l.textContent);

describe('<lamtheo-counter-grid>', () => {
  it('lists every metric of the dataset, each as a list item with its final value', async () => {
    const el = await grid();
    expect(el.shadowRoot!.querySelectorAll('ul > li')).to.have.length(4);
    expect(values(el)).to.deep.equal(['11.368', '44', '4.235', '13.000']);
  });

  it('shows the named metrics in the order they are named', async () => {
    expect(labels(await grid('metrics="sach dang-vien"'))).to.deep.equal(['Sách tham khảo', 'Đảng viên']);
  });

  it('chooses metrics by tag and by the unit they are about', async () => {
    expect(labels(await grid('tag="dang"'))).to.deep.equal(['Đảng viên', 'Tổ chức cơ sở Đảng']);
    expect(labels(await grid('about="tan-binh"'))).to.deep.equal(['Tổ chức cơ sở Đảng', 'Sổ tay']);
  });

  it('names the list by its heading at the level asked for', async () => {
    const el = await grid('heading="Thống kê truy cập" heading-level="3"');
    const heading = el.shadowRoot!.querySelector('[part~=heading]')!;
    expect(heading.textContent!.trim()).to.equal('Thống kê truy cập');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    const box = el.shadowRoot!.querySelector('[part~=base]')!;
    expect(box.getAttribute('aria-labelledby')).to.equal(heading.id);
  });

  it('names the list by the dataset title when it has no heading', async () => {
    const el = await grid();
    expect(el.shadowRoot!.querySelector('[part~=base]')!.getAttribute('aria-label')).to.equal(
      'Kết quả học tập và làm theo năm 2017',
    );
  });

  it('shows one source disclosure for the whole grid', async () => {
    const el = await grid();
    expect(el.shadowRoot!.querySelectorAll('[part~=details]')).to.have.length(1);
  });

  it('lays out one column when narrow and several when wide (its own width, not the page)', async () => {
    const columns = (el: Element) =>
      new Set([...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left))).size;
    expect(columns(await grid('', dataset, 300))).to.equal(1);
    expect(columns(await grid('', dataset, 900))).to.be.greaterThan(1);
  });

  it('shows the error view for an id that names no metric', async () => {
    const el = await grid('metrics="dang-vien khong-co"');
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part~=error]')!.textContent).to.contain('khong-co');
  });

  it('shows the empty view when no metric has the tag', async () => {
    const el = await grid('tag="khong-co"');
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelector('[part~=empty]')).to.not.equal(null);
  });

  it('announces the figures that changed once, in one polite message', async () => {
    const el = await grid('variant="odometer"');
    const live = el.shadowRoot!.querySelector('[part~=announcement]')!;
    let changes = 0;
    new MutationObserver(() => changes++).observe(live, { childList: true, characterData: true, subtree: true });
    const next = structuredClone(dataset);
    next.metrics[0].value = 11369;
    next.metrics[2].value = 4236;
    el.data = next;
    await until(() => live.textContent !== '', 'announcement');
    expect(live.textContent).to.equal('Đảng viên: 11.369 đảng viên. Sách tham khảo: 4.236 cuốn.');
    el.requestUpdate();
    await el.updateComplete;
    expect(changes).to.equal(1);
  });

  for (const variant of counterVariants) {
    it(`passes axe in the ${variant} variant, narrow and wide`, async () => {
      await expect(await grid(`variant="${variant}" heading="Số liệu"`, dataset, 320)).to.be.accessible();
      await expect(await grid(`variant="${variant}" compact`, dataset, 900)).to.be.accessible();
    });
  }
});
