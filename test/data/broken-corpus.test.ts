import { expect } from '@open-wc/testing';
import '../../src/data/words/messages-all.js';
import type { Issue } from '../../src/data/words/issues.js';
import { checkDataset, type CheckResult } from '../../src/data/check/check.js';
// The full reader, which checkDataset downloads only for text that is not plain JSON.
import { validateDataset, validateJsonText, type ValidationResult } from '../../src/data/check/validate-core.js';
import { brokenCorpus, type BrokenCase } from './broken-corpus.js';

const run = (c: BrokenCase, lang: 'vi' | 'en'): Promise<CheckResult> =>
  checkDataset(c.text ? c.text() : c.value!(), { lang });

const all = (r: CheckResult): readonly Issue[] => (r.ok ? r.warnings : r.problems);
const allOf = (r: ValidationResult): Issue[] => [...(r.ok ? [] : r.errors), ...r.warnings];

describe('the broken-document corpus', () => {
  it('has at least 40 documents, each with its own name', () => {
    expect(brokenCorpus.length).to.be.at.least(40);
    expect(new Set(brokenCorpus.map((c) => c.name)).size).to.equal(brokenCorpus.length);
  });

  for (const c of brokenCorpus) {
    describe(c.name, () => {
      for (const lang of ['vi', 'en'] as const) {
        it(`reports it at "${c.path}" in ${lang === 'vi' ? 'Vietnamese' : 'English'} without throwing`, async () => {
          const result = await run(c, lang);
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

  it('gives the same issues, places and words as the full reader, which it downloads only when needed', async () => {
    for (const c of brokenCorpus) {
      const full = c.text ? validateJsonText(c.text(), { lang: 'vi' }) : validateDataset(c.value!(), { lang: 'vi' });
      expect(all(await run(c, 'vi')), c.name).to.deep.equal(allOf(full));
    }
  });

  it('never lets a __proto__ or constructor key change a prototype', async () => {
    for (const c of brokenCorpus) await run(c, 'vi');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
