import { expect } from '@open-wc/testing';
import { templates } from '../../src/i18n/locales/en.js';
import { toLanguage } from '../../src/i18n/locale.js';

describe('translations', () => {
  it('give every Vietnamese string of the interface its English, in the built templates too', async () => {
    const xliff = await (await fetch(new URL('../../src/i18n/xliff/en.xlf', import.meta.url))).text();
    const units = [...new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('trans-unit')];
    const missing = units.filter((unit) => !unit.querySelector('target')?.textContent?.trim());
    expect(missing.map((unit) => unit.querySelector('source')?.textContent)).to.deep.equal([]);
    expect(Object.keys(templates).sort()).to.deep.equal(units.map((unit) => unit.id).sort());
  });

  it('map page languages to the two we speak, falling back to Vietnamese', () => {
    expect(toLanguage('en-GB')).to.equal('en');
    expect(toLanguage('vi-VN')).to.equal('vi');
    expect(toLanguage('ko')).to.equal('vi');
    expect(toLanguage('')).to.equal('vi');
    expect(toLanguage(null)).to.equal('vi');
  });
});
