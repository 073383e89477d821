import { expect } from '@open-wc/testing';
import '../../../src/components/counter/index.js';
import { counterVariants, type LamtheoCounter } from '../../../src/components/counter/index.js';
import { until } from '../../helpers/page.js';
import { mount } from './mount.js';

const provenance = {
  publisher: 'Ban Tuyên giáo Quận ủy Tân Bình',
  asOf: '2017-06-30',
  source: { title: 'Ban tuyên giáo Tân Bình nhiều sáng tạo', url: 'https://example.org/tan-binh', date: '2017-07' },
};

const dataset = {
  version: 1,
  provenance,
  metrics: [
    { id: 'dang-vien', label: 'Đảng viên toàn Đảng bộ quận', value: 11368, unit: 'đảng viên' },
    { id: 'luot', label: 'Lượt cán bộ, đảng viên học tập', value: 12000, unit: 'lượt', qualifier: 'more-than' },
    { id: 'phuong', label: 'Phường có không gian văn hóa', value: 24, kind: 'share', target: { value: 40 } },
    { id: 'dang-ky', label: 'Đảng viên đăng ký làm theo', value: 98.8, kind: 'percent' },
    {
      id: 'hoi-nghi',
      label: 'Hội nghị trực tiếp',
      value: 117,
      unit: 'hội nghị',
      previous: { value: 215, period: { type: 'year', year: 2017 } },
      period: { type: 'year', year: 2018 },
    },
    {
      id: 'co-so',
      label: 'Tổ chức cơ sở Đảng',
      value: 44,
      breakdown: [
        { label: 'đảng bộ cơ sở', value: 29 },
        { label: 'chi bộ cơ sở', value: 15 },
      ],
      period: { type: 'term', from: 2015, to: 2020 },
    },
    {
      id: 'tin-bai',
      label: 'Tin bài',
      value: 537,
      period: { type: 'range', from: '2018-05', to: '2019-02' },
      history: [
        { value: 120, label: 'Quý 2/2018' },
        { value: 260, label: 'Quý 3/2018' },
        { value: 537, label: 'Quý 1/2019' },
      ],
    },
    { id: 'lop', label: 'Lớp bồi dưỡng', value: 6, period: { type: 'part-of-year', year: 2017, months: 6 } },
  ],
};

async function counter(metric: string, attrs = '', data: unknown = dataset, lang = 'vi'): Promise<LamtheoCounter> {
  const wrapper = mount(`<lamtheo-counter metric="${metric}" no-animation ${attrs}></lamtheo-counter>`, { lang });
  const element = wrapper.querySelector('lamtheo-counter')!;
  element.data = data;
  await until(
    () => element.state !== 'loading' && element.shadowRoot?.querySelector('[part~=base], [part~=error]'),
    'counter rendered',
  );
  await element.updateComplete;
  return element;
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~=${name}]`);
const text = (element: Element, name: string) => (part(element, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<lamtheo-counter>', () => {
  it('says it is ready (lamtheo-state) when it had its data before its first update', async () => {
    // In a bundle the data is often read before the element's first update (Vue's `.prop`
    // binding did it in test/node/frameworks.test.mjs). Here the first update waits for the
    // English words (the first English element of this page) while the data is read.
    const el = document.createElement('lamtheo-counter');
    el.metric = 'dang-vien';
    el.data = dataset;
    const heard: [string, string][] = [];
    el.addEventListener('lamtheo-state', (e) => heard.push([e.previous, e.state]));
    mount('', { lang: 'en' }).append(el);
    await until(() => el.shadowRoot?.textContent?.includes('11,368'), 'the figure');
    expect(el.state).to.equal('ready');
    expect(heard).to.deep.equal([['loading', 'ready']]);
  });

  it('shows the final value formatted for Vietnamese, with its label and unit', async () => {
    const el = await counter('dang-vien');
    expect(text(el, 'value')).to.equal('11.368');
    expect(text(el, 'label')).to.equal('Đảng viên toàn Đảng bộ quận');
    expect(text(el, 'unit')).to.equal('đảng viên');
  });

  it('formats numbers and words in English inside lang="en"', async () => {
    const el = await counter('luot', '', dataset, 'en');
    await until(() => text(el, 'qualifier') === 'more than', 'English qualifier');
    expect(text(el, 'value')).to.equal('12,000');
    expect(text(el, 'sentence')).to.equal('Lượt cán bộ, đảng viên học tập: more than 12,000 lượt.');
  });

  it('shows a percent metric as 98,8%', async () => {
    expect(text(await counter('dang-ky'), 'value')).to.equal('98,8%');
  });

  const qualifierWords = {
    'more-than': ['hơn', 'more than'],
    'at-least': ['ít nhất', 'at least'],
    nearly: ['gần', 'nearly'],
    about: ['khoảng', 'about'],
    'less-than': ['dưới', 'under'],
  } as const;
  for (const [qualifier, [vi, en]] of Object.entries(qualifierWords)) {
    it(`puts "${vi}" / "${en}" before a ${qualifier} figure`, async () => {
      const data = { version: 1, metrics: [{ id: 'x', label: 'Lượt', value: 1300, qualifier }] };
      expect(text(await counter('x', '', data), 'qualifier')).to.equal(vi);
      const english = await counter('x', '', data, 'en');
      await until(() => text(english, 'qualifier') === en, `${en} in English`);
    });
  }

  it('has no qualifier word for an exact figure', async () => {
    expect(part(await counter('dang-vien'), 'qualifier')).to.equal(null);
  });

  it('shows a target as 24/40 with the share, a bar filled to it, and says it in one sentence', async () => {
    const el = await counter('phuong');
    expect(text(el, 'target')).to.equal('24/40 · 60%');
    expect(part(el, 'bar')!.querySelector('.bar-fill')!.getAttribute('width')).to.equal('60');
    expect(text(el, 'sentence')).to.equal('Phường có không gian văn hóa: 24 trên 40, đạt 60%.');
  });

  it('draws a ring for the target in the progress variant', async () => {
    const el = await counter('phuong', 'variant="progress"');
    expect(part(el, 'ring')!.querySelector('.ring-fill')!.getAttribute('stroke-dasharray')).to.equal('60 100');
  });

  it('shows the change from the previous value: 215 → 117, −46%, and the period', async () => {
    const el = await counter('hoi-nghi');
    expect(text(el, 'change')).to.equal('215 → 117 ▼ \u221246% (Năm 2017)');
    expect(text(el, 'period')).to.equal('Năm 2018');
    expect(text(el, 'sentence')).to.equal('Hội nghị trực tiếp: 117 hội nghị; giảm từ 215 (\u221246%) (Năm 2018).');
  });

  it('shows the breakdown: 29 đảng bộ cơ sở + 15 chi bộ cơ sở, and a term', async () => {
    const el = await counter('co-so');
    expect(text(el, 'breakdown')).to.equal('29 đảng bộ cơ sở + 15 chi bộ cơ sở');
    expect(text(el, 'period')).to.equal('Nhiệm kỳ 2015–2020');
    expect(text(el, 'sentence')).to.contain('gồm 29 đảng bộ cơ sở, 15 chi bộ cơ sở');
  });

  it('writes a range as 05/2018–02/2019 and part of a year as "6 tháng đầu năm 2017"', async () => {
    expect(text(await counter('tin-bai'), 'period')).to.equal('05/2018–02/2019');
    expect(text(await counter('lop'), 'period')).to.equal('6 tháng đầu năm 2017');
    const english = await counter('lop', '', dataset, 'en');
    await until(() => text(english, 'period') === 'First 6 months of 2017', 'English period');
  });

  it('draws the history as a sparkline labelled with every point', async () => {
    const el = await counter('tin-bai');
    const spark = part(el, 'sparkline')!;
    expect(spark.getAttribute('role')).to.equal('img');
    expect(spark.getAttribute('aria-label')).to.equal('Diễn biến: Quý 2/2018: 120; Quý 3/2018: 260; Quý 1/2019: 537');
    await until(() => /^M[\d.]+,[\d.]+L/.test(spark.querySelector('path')!.getAttribute('d') ?? ''), 'the line drawn');
    await expect(el).to.be.accessible();
  });

  it('gives screen readers one sentence and hides the drawn figure from them', async () => {
    const el = await counter('dang-vien');
    expect(el.shadowRoot!.querySelector('.seen')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(el, 'sentence')).to.equal('Đảng viên toàn Đảng bộ quận: 11.368 đảng viên.');
  });

  it('keeps the source in a closed disclosure that opens on demand', async () => {
    const el = await counter('dang-vien');
    const details = part(el, 'details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    (details.querySelector('summary') as HTMLElement).click();
    expect(details.open).to.equal(true);
    expect(details.textContent).to.contain('Ban Tuyên giáo Quận ủy Tân Bình');
    expect(details.textContent).to.contain('30/06/2017');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/tan-binh');
  });

  it('uses the label attribute instead of the metric label', async () => {
    expect(text(await counter('dang-vien', 'label="Tổng số đảng viên"'), 'label')).to.equal('Tổng số đảng viên');
  });

  it('shows only the figure, label and target when compact', async () => {
    const el = await counter('hoi-nghi', 'compact');
    expect(part(el, 'change')).to.equal(null);
    expect(part(el, 'details')).to.equal(null);
    expect(text(el, 'value')).to.equal('117');
  });

  for (const variant of counterVariants) {
    it(`shows the final value and passes axe in the ${variant} variant`, async () => {
      for (const id of ['dang-vien', 'phuong', 'tin-bai']) {
        const el = await counter(id, `variant="${variant}"`);
        expect(text(el, 'value')).to.not.equal('');
        await expect(el).to.be.accessible();
      }
    });
  }

  describe('with bad data', () => {
    const cases: Array<[string, unknown]> = [
      ['an unknown metric id', dataset],
      ['a value that is not a number (NaN)', { version: 1, metrics: [{ id: 'x', label: 'A', value: NaN }] }],
      ['a negative count', { version: 1, metrics: [{ id: 'x', label: 'A', value: -3 }] }],
      ['a value written as text', { version: 1, metrics: [{ id: 'x', label: 'A', value: '12' }] }],
      ['a metric without a label', { version: 1, metrics: [{ id: 'x', value: 12 }] }],
    ];
    for (const [what, data] of cases) {
      it(`shows the error view for ${what}`, async () => {
        const errors: Event[] = [];
        const wrapper = mount('<lamtheo-counter metric="x"></lamtheo-counter>');
        wrapper.addEventListener('lamtheo-error', (e) => errors.push(e));
        const el = wrapper.querySelector('lamtheo-counter')!;
        el.data = data;
        if (what === 'an unknown metric id') el.metric = 'khong-co';
        await until(() => el.state === 'error' && part(el, 'error'), 'error view');
        expect(part(el, 'value')).to.equal(null);
        expect(part(el, 'error')!.textContent).to.contain('Không hiển thị được dữ liệu.');
        await until(() => errors.length === 1, 'lamtheo-error event');
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the space it reserved for the error, and grows when an administrator opens the details', async () => {
      const wrapper = mount('<lamtheo-counter metric="x"></lamtheo-counter>', { style: 'width: 375px' });
      const el = wrapper.querySelector('lamtheo-counter')!;
      const problems = Array.from({ length: 5 }, (_, i) => ({ id: `x${i}`, label: 'A', value: 'mười hai' }));
      el.data = { version: 1, metrics: [{ id: 'x', label: 'A', value: '12' }, ...problems] };
      await until(() => el.state === 'error' && part(el, 'error'), 'error view');
      const closed = el.getBoundingClientRect().height;
      const details = part(el, 'error')!.querySelector('details')!;
      details.open = true;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = details.closest('.fixed')!;
      // Every problem can be read without scrolling inside a box the size of a counter.
      expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(closed);
      expect(el.getBoundingClientRect().bottom).to.be.at.least(details.getBoundingClientRect().bottom - 1);
    });
  });
});
