/**
 * Fuzzing the reader (`readDataset`, the one way every widget's data comes in): whatever it
 * is given — arbitrary JSON, any JavaScript value, a fixture with hostile fields, a file cut
 * short — it never throws, and it answers with the data or with problems, each worded in
 * the language asked for and with a place. This file imports the reader only (not
 * validate.ts, which registers every message): the words are loaded the way widgets load them.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDataset, type ReadResult } from '../../src/data/read.js';
import { FIRST_SLICE, SLICE } from '../../src/data/check/read-in-slices.js';
import { generateDataset } from '../fixtures/generate/generate.js';
import { bigCase, fuzzCase, loadFixtures, setBigBase, type FuzzCase } from './cases.js';
import { checkProperty, documentOf, problemFaults, runsFor } from './harness.js';

/** Everything wrong with a result of the reader for a case, in `lang`. */
function resultFaults(result: ReadResult, c: FuzzCase, lang: 'vi' | 'en'): string[] {
  if (result === null || typeof result !== 'object') return [`not a result: ${String(result)}`];
  const doc = documentOf(c.input, c.isText);
  if (result.ok) {
    if (!result.value || !result.value.dataset) return ['ok without data'];
    return result.warnings.flatMap((w) => problemFaults(w, lang, doc));
  }
  if (!Array.isArray(result.problems) || !result.problems.some((p) => p.severity === 'error'))
    return [`not ok, but no error among ${JSON.stringify(result.problems)}`];
  return result.problems.flatMap((p) => problemFaults(p, lang, doc));
}

const summary = (r: ReadResult) => (r.ok ? ['ok'] : r.problems.map((p) => `${p.severity} ${p.code} ${p.path}`));

describe('fuzzing the reader (readDataset)', () => {
  before(loadFixtures);

  it('never throws, and tells every problem in words, in the language asked for, with a place', async function () {
    const runs = await runsFor(200);
    this.timeout(Math.max(60_000, runs * 300));
    await checkProperty(
      'readDataset',
      fc.asyncProperty(fuzzCase, fc.constantFrom('vi' as const, 'en' as const), async (c, lang) => {
        let result: ReadResult;
        try {
          result = await readDataset(c.input, lang);
        } catch (err) {
          throw new Error(`readDataset threw: ${err instanceof Error ? err.stack : String(err)}`);
        }
        const faults = resultFaults(result, c, lang);
        if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
        // The other language finds the same problems at the same places.
        const other = await readDataset(c.input, lang === 'vi' ? 'en' : 'vi');
        expect(summary(other), 'the same problems in the other language').to.deep.equal(summary(result));
      }),
      runs,
    );
  });

  it('reads a big document in slices as it reads it at once', async function () {
    const runs = await runsFor(15);
    this.timeout(Math.max(60_000, runs * 2000));
    const d = generateDataset({ seed: 13, commendations: SLICE + FIRST_SLICE + 77, spaces: 5 });
    setBigBase({ version: 1, units: d.units, commendations: d.commendations });
    let handedOver = 0;
    await checkProperty(
      'readDataset in slices',
      fc.asyncProperty(bigCase, fc.constantFrom('vi' as const, 'en' as const), async (c, lang) => {
        let firsts = 0;
        const sliced = await readDataset(c.input, lang, () => firsts++);
        const whole = await readDataset(c.input, lang);
        const faults = resultFaults(sliced, c, lang);
        if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
        expect(firsts, 'the first slice is handed over at most once').to.be.at.most(1);
        handedOver += firsts;
        expect(summary(sliced), 'the same result, read in slices').to.deep.equal(summary(whole));
        if (sliced.ok && whole.ok) {
          expect(sliced.value.dataset.commendations?.length).to.equal(whole.value.dataset.commendations?.length);
          expect(sliced.value.warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal(
            whole.value.warnings.map((w) => `${w.code} ${w.path}`),
          );
        }
      }),
      runs,
    );
    expect(handedOver, 'cases that were really read in slices').to.be.greaterThan(0);
  });
});
