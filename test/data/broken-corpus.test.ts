import { expect } from '@open-wc/testing';
import type { Issue } from '../../src/data/words/issues.js';
import { validateDataset, validateJsonText, type ValidationResult } from '../../src/data/check/validate.js';
import { validateDatasetLazy, validateJsonTextLazy } from '../../src/data/check/validate-lazy.js';
import { brokenCorpus, type BrokenCase } from './broken-corpus.js';

function run(c: BrokenCase, lang: 'vi' | 'en'): ValidationResult {
  return c.text ? validateJsonText(c.text(), { lang }) : validateDataset(c.value!(), { lang });
}

const all = (r: ValidationResult): Issue[] => [...(r.ok ? [] : r.errors), ...r.warnings];

describe('the broken-document corpus', () => {
  it('has at least 40 documents, each with its own name', () => {
    expect(brokenCorpus.length).to.be.at.least(40);
    expect(new Set(brokenCorpus.map((c) => c.name)).size).to.equal(brokenCorpus.length);
  });

  for (const c of brokenCorpus) {
    describe(c.name, () => {
      for (const lang of ['vi', 'en'] as const) {
        it(`reports it at "${c.path}" in ${lang === 'vi' ? 'Vietnamese' : 'English'} without throwing`, () => {
          const result = run(c, lang);
          const issue = all(result).find((i) => i.code === c.code && i.path === c.path);
          const seen = all(result).map((i) => `${i.severity} ${i.code} ${i.path}: ${i.message}`);
          expect(issue, `issues were: ${JSON.stringify(seen)}`).to.exist;
          expect(issue!.message).to.include(lang === 'vi' ? c.vi : c.en);
          expect(issue!.severity).to.equal(c.severity ?? 'error');
          expect(result.ok).to.equal((c.severity ?? 'error') === 'warning');
          if (c.line !== undefined) expect(issue!.line).to.equal(c.line);
        });
      }
    });
  }

  it("gives the same issues, places and words through the widgets' lazy path", async () => {
    for (const c of brokenCorpus) {
      const lazy = await (c.text
        ? validateJsonTextLazy(c.text(), { lang: 'vi' })
        : validateDatasetLazy(c.value!(), { lang: 'vi' }));
      expect(all(lazy), c.name).to.deep.equal(all(run(c, 'vi')));
    }
  });

  it('never lets a __proto__ or constructor key change a prototype', () => {
    for (const c of brokenCorpus) run(c, 'vi');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
