import { expect } from '@open-wc/testing';
import { openPage, recorded, until } from '../../helpers/page.js';

describe('counters under a strict Content-Security-Policy and Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show their figures, bars, sparklines and rolling digits with no violation', async () => {
    const frame = await openPage('/test/pages/csp/counters-from-source.html', { width: 760, height: 500 });
    const doc = frame.contentDocument!;
    const root = (id: string) => doc.getElementById(id)?.shadowRoot;
    await until(() => root('target')?.querySelector('[part~=bar]'), 'the bar');
    await until(() => root('history')?.querySelector('[part~=sparkline] path')?.getAttribute('d'), 'the sparkline');
    await until(() => root('grid')?.querySelectorAll('li [part~=value]').length === 2, 'the grid');
    // Let the count-up and the odometer run to their end (each starts once it is in view).
    doc.getElementById('grid')!.scrollIntoView();
    await until(
      () => ![...doc.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('[data-running]')),
      'count-up over',
      8000,
    );
    expect(root('target')!.querySelector('[part~=value]')!.textContent).to.equal('24');
    expect(recorded(frame).violations).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });
});
