import { expect, fixture, html } from '@open-wc/testing';
import { keepTogether, names } from '../../../src/components/spaces/keep-together.js';

describe('keeping "Phường 1" on one line', () => {
  it('wraps each numbered place name, and only those, keeping the text as written', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p>${keepTogether('Không gian Đảng bộ Phường 14, Quận 11 (tổ 3; Phường Tân Định)')}</p>`,
    );
    expect(p.textContent).to.equal('Không gian Đảng bộ Phường 14, Quận 11 (tổ 3; Phường Tân Định)');
    expect([...p.querySelectorAll('span')].map((s) => s.textContent)).to.deep.equal(['Phường 14', 'Quận 11', 'tổ 3']);
  });

  it('knows when a name already says its ward, as whole words', () => {
    expect(names('Không gian văn hóa Hồ Chí Minh Phường 1', 'Phường 1')).to.equal(true);
    expect(names('Không gian văn hóa Hồ Chí Minh Phường 10', 'Phường 1')).to.equal(false);
    expect(names('Chùa Quan Âm', 'Phường 3')).to.equal(false);
    expect(names('KHÔNG GIAN PHƯỜNG 3 – TRỰC TUYẾN', 'Phường 3')).to.equal(true);
  });
});
