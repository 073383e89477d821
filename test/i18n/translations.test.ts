import { expect } from '@open-wc/testing';
import { templates as interfaceTemplates } from '../../src/i18n/locales/en.js';
import { templates as problemTemplates } from '../../src/i18n/locales/en-problems.js';
import { templates as cliTemplates } from '../../src/i18n/locales/en-cli.js';
import { templates as csvTemplates } from '../../src/i18n/locales/en-csv.js';
import { templates as studioTemplates } from '../../src/i18n/locales/en-studio.js';
import { toLanguage } from '../../src/i18n/locale.js';

describe('translations', () => {
  it('give every Vietnamese string of the interface its English, in the built templates too', async () => {
    const xliff = await (await fetch(new URL('../../src/i18n/xliff/en.xlf', import.meta.url))).text();
    const units = [...new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('trans-unit')];
    const missing = units.filter((unit) => !unit.querySelector('target')?.textContent?.trim());
    expect(missing.map((unit) => unit.querySelector('source')?.textContent)).to.deep.equal([]);
    // One catalogue, built into four chunks by id (scripts/i18n-split.js): each id in exactly one.
    const chunks = {
      '': interfaceTemplates,
      'p.': problemTemplates,
      'cli.': cliTemplates,
      'csv.': csvTemplates,
      'studio.': studioTemplates,
    };
    const built = Object.values(chunks).flatMap((templates) => Object.keys(templates));
    expect(built.sort()).to.deep.equal(units.map((unit) => unit.id).sort());
    for (const [prefix, templates] of Object.entries(chunks))
      for (const id of Object.keys(templates))
        expect(
          prefix ? id.startsWith(prefix) : !/^(p|cli|csv|studio)\./.test(id),
          `${id} in the ${prefix || 'interface'} chunk`,
        ).to.be.true;
  });

  it('map page languages to the two we speak, falling back to Vietnamese', () => {
    expect(toLanguage('en-GB')).to.equal('en');
    expect(toLanguage('vi-VN')).to.equal('vi');
    expect(toLanguage('ko')).to.equal('vi');
    expect(toLanguage('')).to.equal('vi');
    expect(toLanguage(null)).to.equal('vi');
  });
});
