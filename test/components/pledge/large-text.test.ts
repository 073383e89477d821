// Issue 12 item 6: the pledge list and form at 375 px with the page's text at 200% (the
// portal's A+ button): nothing wider than the widget, the widget no wider than its box.
import { expect, fixture, html } from '@open-wc/testing';
import type { LamtheoPledgeList } from '../../../src/components/pledge/index.js';
import '../../../src/components/pledge/index.js';
import { until } from '../../helpers/page.js';
import { dataset } from './pledge-data.js';
import { pledgeForm, submit } from './form-helpers.js';

/** Elements of the widget's shadow tree that stick out of it, with how far. */
function overflows(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  for (const child of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const r = child.getBoundingClientRect();
    if (r.width === 0 || child.closest('.hp, .visually-hidden')) continue;
    const over = Math.max(r.right - box.right, box.left - r.left, r.width - box.width);
    if (over > 0.5) out.push(`${child.localName}.${child.className} +${Math.round(over)}px`);
  }
  return out;
}

describe('pledge widgets at 375 px and 200% text', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.style.fontSize = '200%';
  });
  afterEach(() => (document.documentElement.style.fontSize = ''));

  it('the list and its search box stay inside the widget', async () => {
    const el = await fixture<LamtheoPledgeList>(
      html`<div style="width: 375px"><lamtheo-pledge-list .data=${dataset}></lamtheo-pledge-list></div>`,
    ).then((w) => w.querySelector('lamtheo-pledge-list')!);
    await until(() => el.state === 'ready' && el.shadowRoot!.querySelector('input[type=search]'), 'the list');
    await el.updateComplete;
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(parseFloat(getComputedStyle(search).fontSize)).to.be.at.least(31);
    expect(el.scrollWidth, 'widget scrollWidth').to.be.at.most(el.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(375);
    expect(overflows(el)).to.deep.equal([]);
    expect(search.scrollWidth).to.be.at.most(search.clientWidth);
  });

  it('the form, with its errors shown and then corrected, stays inside the widget', async () => {
    const { el } = await pledgeForm();
    el.style.display = 'block';
    el.style.width = '375px';
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('.error-summary'), 'the summary');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(overflows(el)).to.deep.equal([]);
  });
});
