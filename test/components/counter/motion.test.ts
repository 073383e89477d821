import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/counter/index.js';
import type { LamtheoCounter } from '../../../src/components/counter/index.js';
import { motion } from '../../../src/components/counter/count-up.js';
import { until } from '../../helpers/page.js';
import { mount } from './mount.js';

const real = { ...motion };
const data = (value: number) => ({
  version: 1,
  metrics: [{ id: 'dang-truy-cap', label: 'Đang truy cập', value }],
});

async function counter(value: number, attrs = ''): Promise<LamtheoCounter> {
  const wrapper = mount(`<lamtheo-counter metric="dang-truy-cap" ${attrs}></lamtheo-counter>`, {
    style: 'display: inline-block',
  });
  const element = wrapper.querySelector('lamtheo-counter')!;
  element.data = data(value);
  await until(() => element.shadowRoot?.querySelector('[part~=value]'), 'counter rendered');
  return element;
}

const figure = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~=figure]')!;
const overlay = (el: Element) => figure(el).querySelector<HTMLElement>('.rolling')!;
/** The passing number without the figure spaces that keep its start in place (count-up.ts). */
const passing = (el: Element) => overlay(el).textContent!.replace(/\u2007/g, '');
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = () => (n-- <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

const strips = (el: Element) => [...overlay(el).querySelectorAll<HTMLElement>('.strip')];

/** Where the last wheel is drawn now (its animated translateY, in px; 0 shows the digit 0). */
const lastWheelOffset = (el: Element) => {
  const last = strips(el).at(-1);
  return last ? new DOMMatrix(getComputedStyle(last).transform).m42 : undefined;
};

/** Samples the last wheel's position and the final text until the count-up is over. */
async function watch(el: LamtheoCounter): Promise<{ offsets: number[]; finals: Set<string> }> {
  const offsets: number[] = [];
  const finals = new Set<string>();
  await until(() => {
    const offset = lastWheelOffset(el);
    if (offset !== undefined) offsets.push(offset);
    finals.add(el.shadowRoot!.querySelector('[part~=value]')!.textContent ?? '');
    return !figure(el).hasAttribute('data-running');
  }, 'count-up done');
  return { offsets, finals };
}

describe('the count-up of <lamtheo-counter>', () => {
  beforeEach(() => {
    Object.assign(motion, real, { prefersReducedMotion: () => false, isHidden: () => false, durationMs: 300 });
  });
  afterEach(async () => {
    Object.assign(motion, real);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('counts up in an aria-hidden overlay while the markup holds the final value all along', async () => {
    const el = await counter(11368);
    expect(figure(el).hasAttribute('data-running')).to.equal(true);
    const texts = new Set<string>();
    const finals = new Set<string>();
    await until(() => {
      texts.add(overlay(el).textContent ?? '');
      finals.add(el.shadowRoot!.querySelector('[part~=value]')!.textContent ?? '');
      return !figure(el).hasAttribute('data-running');
    }, 'count-up done');
    expect([...finals]).to.deep.equal(['11.368']);
    expect([...texts].some((t) => /^[\d.]+$/.test(t) && t !== '11.368' && t !== '0')).to.equal(true);
    expect(overlay(el).textContent).to.equal('');
    expect(figure(el).closest('[aria-hidden=true]')).to.not.equal(null);
  });

  it('rolls odometer wheels from 0 to each digit when it first shows', async () => {
    const el = await counter(11368, 'variant="odometer"');
    expect(strips(el).map((s) => s.dataset.to)).to.deep.equal(['1', '1', '3', '6', '8']);
    const { offsets, finals } = await watch(el);
    expect([...finals]).to.deep.equal(['11.368']);
    // The last wheel rolls up towards 8: seen between the 0 and the 8, not only at its end.
    const eight = Math.min(...offsets);
    expect(eight).to.be.lessThan(0);
    expect(offsets.some((y) => y < -1 && y > eight + 1)).to.equal(true);
    expect(overlay(el).textContent).to.equal('');
  });

  it('does not animate with the no-animation attribute', async () => {
    const el = await counter(11368, 'no-animation');
    await frames(3);
    expect(figure(el).hasAttribute('data-running')).to.equal(false);
    expect(overlay(el).textContent).to.equal('');
  });

  it('does not animate when the browser asks for reduced motion', async () => {
    motion.prefersReducedMotion = real.prefersReducedMotion;
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    const el = await counter(11368);
    await frames(3);
    expect(figure(el).hasAttribute('data-running')).to.equal(false);
  });

  it('does not animate while the tab is hidden', async () => {
    motion.isHidden = () => true;
    const el = await counter(11368);
    await frames(3);
    expect(figure(el).hasAttribute('data-running')).to.equal(false);
    expect(overlay(el).textContent).to.equal('');
  });

  it('finishes at once when the tab is hidden during the count-up', async () => {
    motion.durationMs = 60_000;
    const el = await counter(11368);
    await until(() => figure(el).hasAttribute('data-running'), 'running');
    motion.isHidden = () => true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(figure(el).hasAttribute('data-running')).to.equal(false);
  });

  it('waits until the counter scrolls into view', async () => {
    motion.durationMs = 100;
    const wrapper = mount(
      '<div style="height: 3000px"></div><lamtheo-counter metric="dang-truy-cap"></lamtheo-counter>',
      { style: 'height: 200px; overflow: auto' },
    );
    const el = wrapper.querySelector('lamtheo-counter')!;
    el.data = data(500);
    await until(() => el.shadowRoot?.querySelector('[part~=figure]'), 'rendered');
    await frames(10);
    expect(figure(el).hasAttribute('data-running')).to.equal(true);
    expect(passing(el)).to.equal('0');
    el.scrollIntoView();
    await until(() => passing(el) !== '0', 'counting after scrolling');
    await until(() => !figure(el).hasAttribute('data-running'), 'count-up after scrolling');
  });

  it('announces a live change once, politely, and keeps its width', async () => {
    const el = await counter(141, 'variant="odometer" no-animation');
    const live = el.shadowRoot!.querySelector('[part~=announcement]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.textContent).to.equal('');
    const width = el.getBoundingClientRect().width;
    const figureWidth = figure(el).getBoundingClientRect().width;
    let changes = 0;
    new MutationObserver(() => changes++).observe(live, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    el.data = data(158);
    await until(() => live.textContent === 'Đang truy cập: 158.', 'announcement');
    el.requestUpdate();
    await el.updateComplete;
    await frames(2);
    expect(changes).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('158');
    expect(el.getBoundingClientRect().width).to.equal(width);
    expect(figure(el).getBoundingClientRect().width).to.equal(figureWidth);
  });

  it('keeps the width of a longer earlier value when the value gets shorter', async () => {
    const el = await counter(1000, 'no-animation');
    const width = figure(el).getBoundingClientRect().width;
    const value = () => el.shadowRoot!.querySelector('[part~=value]')!;
    const textWidth = () => {
      const range = document.createRange();
      range.selectNodeContents(value());
      return range.getBoundingClientRect().width;
    };
    const longer = textWidth();
    el.data = data(999);
    await until(() => value().textContent === '999', 'the new value');
    expect(textWidth()).to.be.lessThan(longer);
    expect(figure(el).getBoundingClientRect().width).to.equal(width);
  });

  it('still counts up when it is moved in the page before it comes into view', async () => {
    const wrapper = mount(
      '<div style="height: 3000px"></div><lamtheo-counter metric="dang-truy-cap"></lamtheo-counter>',
      { style: 'height: 200px; overflow: auto' },
    );
    const el = wrapper.querySelector('lamtheo-counter')!;
    el.data = data(500);
    await until(() => el.shadowRoot?.querySelector('[part~=figure][data-running]'), 'waiting to come into view');
    wrapper.append(el);
    await el.updateComplete;
    await until(() => figure(el), 'rendered again');
    el.scrollIntoView();
    await until(() => figure(el) && !figure(el).hasAttribute('data-running'), 'count-up after the move');
    expect(el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('500');
  });

  it('rolls the odometer digits from the old value to the new one', async () => {
    const el = await counter(141, 'variant="odometer"');
    await watch(el);
    el.data = data(158);
    await until(() => strips(el).length === 3, 'wheels');
    expect(strips(el).map((s) => s.dataset.to)).to.deep.equal(['1', '5', '8']);
    const { offsets } = await watch(el);
    // The last wheel rolls from 1 up to 8, passing between them.
    const eight = Math.min(...offsets);
    const one = eight / 8;
    expect(offsets.some((y) => y < one - 1 && y > eight + 1)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('158');
  });
});
