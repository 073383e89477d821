import { expect } from '@open-wc/testing';
import '../../../src/components/counter/index.js';
import type { LamtheoCounter, LamtheoCounterGrid } from '../../../src/components/counter/index.js';
import { until } from '../../helpers/page.js';
import { partMissing, whenPartsFail } from '../../helpers/parts.js';
import { mount } from './mount.js';

const history = (values: number[]) => values.map((value, i) => ({ value, label: `Quý ${i + 1}` }));
const dataset = {
  version: 1,
  metrics: [
    { id: 'tin-bai', label: 'Tin bài', value: 537, history: history([120, 260, 537]) },
    { id: 'hoi-nghi', label: 'Hội nghị', value: 117, history: history([215, 160, 117]) },
    { id: 'dang-vien', label: 'Đảng viên', value: 11368 },
  ],
};
const missing = 'Một phần của tiện ích này chưa tải được (mất kết nối mạng?). Thử lại';
const lines = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~=sparkline] path')].map((p) => p.getAttribute('d') ?? '');
const drawn = (el: Element) => lines(el).length > 0 && lines(el).every((d) => /^M[\d.]+,[\d.]+L/.test(d));

describe('a counter whose sparkline code (d3-shape) cannot be downloaded', () => {
  const parts = whenPartsFail();

  it('shows every figure, a note with a retry in place of each line, and draws them all after "Thử lại"', async () => {
    parts.offline('d3-shape');
    const page = mount(
      `<lamtheo-counter metric="tin-bai" no-animation></lamtheo-counter>
       <lamtheo-counter-grid no-animation style="width: 375px"></lamtheo-counter-grid>`,
    );
    const counter = page.querySelector<LamtheoCounter>('lamtheo-counter')!;
    const grid = page.querySelector<LamtheoCounterGrid>('lamtheo-counter-grid')!;
    counter.data = dataset;
    grid.data = dataset;
    const note = await until(() => partMissing(counter.shadowRoot!), 'the note in the counter');
    expect(note.text).to.equal(missing);
    expect(counter.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('537');
    // The line's box gives way to the note, and screen readers still hear the history.
    const spark = counter.shadowRoot!.querySelector('[part~=sparkline]')!;
    expect(spark.getBoundingClientRect().height).to.be.below(2);
    expect(spark.getAttribute('aria-label')).to.equal('Diễn biến: Quý 1: 120; Quý 2: 260; Quý 3: 537');
    await expect(counter).to.be.accessible();

    // In the grid: a note in each card that has a history, inside its card on a phone.
    await until(() => grid.shadowRoot!.querySelectorAll('[part~=part-missing]').length === 2, 'two notes');
    for (const item of grid.shadowRoot!.querySelectorAll('li')) {
      const shown = item.querySelector('[part~=part-missing]');
      if (!shown) continue;
      expect(partMissing(item)!.text).to.equal(missing);
      expect(shown.getBoundingClientRect().right).to.be.at.most(item.getBoundingClientRect().right);
    }
    expect([...grid.shadowRoot!.querySelectorAll('li [part~=value]')].map((v) => v.textContent)).to.deep.equal([
      '537',
      '117',
      '11.368',
    ]);

    note.retry.click(); // still offline: the note stays, its button where the focus is
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(partMissing(counter.shadowRoot!)?.retry).to.equal(note.retry);
    parts.online('d3-shape');
    note.retry.click();
    await until(() => drawn(counter), 'the counter line');
    // One retry that worked draws the lines of every widget that showed the note.
    await until(() => drawn(grid), 'the grid lines');
    expect(lines(grid)).to.have.length(2);
    expect(partMissing(counter.shadowRoot!)).to.equal(undefined);
    expect(grid.shadowRoot!.querySelector('[part~=part-missing]')).to.equal(null);
  });
});
