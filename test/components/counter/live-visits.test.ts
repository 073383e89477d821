// Issue 12 item 7: the visit counter's live region reads only the figures that changed, at
// most once per interval, on a fake clock (no wall-clock assertion).
import { expect } from '@open-wc/testing';
import '../../../src/components/counter/index.js';
import type { AnnounceClock, LamtheoCounterGrid } from '../../../src/components/counter/counter-grid.js';
import { until } from '../../helpers/page.js';
import { mount } from './mount.js';

/** The demo's /api/visits document (demo/routes/visits.js). */
const visits = (online: number, today: number, month: number, total: number) => ({
  version: 1,
  title: 'Thống kê truy cập',
  provenance: { publisher: 'Máy chủ trình diễn lamtheo', asOf: '2024-05-01' },
  metrics: [
    { id: 'dang-truy-cap', label: 'Đang truy cập', value: online },
    { id: 'hom-nay', label: 'Hôm nay', value: today },
    { id: 'thang-nay', label: 'Tháng này', value: month },
    { id: 'tong', label: 'Tổng lượt truy cập', value: total },
  ],
});

/** A clock that moves only when told. */
function fakeClock() {
  let time = 1000;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const clock: AnnounceClock = {
    now: () => time,
    setTimeout: (run, ms) => {
      timers.push({ at: time + ms, run, id: ++ids });
      return ids;
    },
    clearTimeout: (id) => (timers = timers.filter((t) => t.id !== id)),
  };
  const advance = (ms: number) => {
    time += ms;
    const due = timers.filter((t) => t.at <= time);
    timers = timers.filter((t) => t.at > time);
    for (const t of due) t.run();
  };
  return { clock, advance, pending: () => timers.length };
}

async function visitCounter(attrs = '') {
  const wrapper = mount(
    `<lamtheo-counter-grid no-animation variant="odometer" heading="Thống kê truy cập" ${attrs}></lamtheo-counter-grid>`,
    { style: 'width: 375px' },
  );
  const el = wrapper.querySelector<LamtheoCounterGrid>('lamtheo-counter-grid')!;
  const time = fakeClock();
  el.clock = time.clock;
  el.data = visits(3, 120, 2400, 50000);
  await until(() => el.state === 'ready' && el.shadowRoot!.querySelector('[part~=base]'), 'the grid');
  await el.updateComplete;
  const live = el.shadowRoot!.querySelector('[part~=announcement]')!;
  let readings = 0;
  new MutationObserver(() => readings++).observe(live, { childList: true, characterData: true, subtree: true });
  const set = async (...v: [number, number, number, number]) => {
    el.data = visits(...v);
    const shown = v.map((n) => new Intl.NumberFormat('vi-VN').format(n)).join(' ');
    const seen = () => [...el.shadowRoot!.querySelectorAll('li [part~=value]')].map((x) => x.textContent).join(' ');
    await until(() => seen() === shown, `the figures ${shown}`);
    await el.updateComplete;
  };
  return { el, live, time, set, readings: () => readings, text: () => live.textContent!.replace(/\s+/g, ' ').trim() };
}

describe('<lamtheo-counter-grid> live visits', () => {
  it('reads only the figure that changed when a visitor leaves, in a polite status', async () => {
    const { el, live, set, text } = await visitCounter();
    expect(text()).to.equal('');
    expect(live.getAttribute('role')).to.equal('status');
    await set(2, 120, 2400, 50000);
    expect(text()).to.match(/^Đang truy cập: 2\b/);
    expect(text()).to.not.contain('Hôm nay');
    expect(text()).to.not.contain('Tổng lượt truy cập');
    // What the screen reader gets: the figures once each as sentences, the seen numbers hidden.
    const seen = [...el.shadowRoot!.querySelectorAll('.seen')];
    expect(seen.length).to.equal(4);
    expect(seen.every((s) => s.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(live.closest('[aria-hidden=true]'), 'the live region is not hidden').to.equal(null);
    expect(live.children.length, 'plain text, nothing hidden inside').to.equal(0);
  });

  it('holds a burst of changes and reads it once, after the interval, with only the latest values', async () => {
    const { time, set, text, readings } = await visitCounter();
    await set(4, 121, 2401, 50001); // a visitor arrives: read at once
    expect(text()).to.contain('Đang truy cập: 4');
    const first = readings();
    await set(5, 122, 2402, 50002);
    await set(4, 122, 2402, 50002);
    await set(5, 123, 2403, 50003);
    time.advance(5000);
    expect(readings(), 'nothing read before the interval is over').to.equal(first);
    time.advance(7000);
    await until(() => readings() > first, 'the coalesced reading');
    expect(readings()).to.equal(first + 1);
    expect(text()).to.contain('Đang truy cập: 5');
    expect(text()).to.contain('Hôm nay: 123');
    expect(text()).to.not.contain('Đang truy cập: 4');
    expect(text().match(/Đang truy cập/g)).to.have.length(1);
  });

  it('does not read a figure that went back to the value last read', async () => {
    const { time, set, text, readings } = await visitCounter();
    await set(4, 120, 2400, 50000);
    expect(text()).to.match(/^Đang truy cập: 4\b/);
    const first = readings();
    await set(5, 120, 2400, 50000);
    await set(4, 120, 2400, 50000);
    time.advance(12000);
    await new Promise((r) => setTimeout(r, 30));
    expect(readings()).to.equal(first);
    expect(time.pending()).to.equal(0);
  });

  it('with announce="dang-truy-cap" reads only who is online when a visitor arrives', async () => {
    const { time, set, text, readings } = await visitCounter('announce="dang-truy-cap"');
    await set(4, 121, 2401, 50001);
    expect(text()).to.match(/^Đang truy cập: 4\b/);
    expect(text()).to.not.match(/Hôm nay|Tháng này|Tổng/);
    const first = readings();
    await set(4, 122, 2402, 50002); // the same person again: only the totals move
    time.advance(12000);
    await new Promise((r) => setTimeout(r, 30));
    expect(readings()).to.equal(first);
  });
});
