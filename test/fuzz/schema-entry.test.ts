/**
 * Fuzzing the checker of the `lamtheo/schema` entry, which the command line and a portal's own
 * backend call: `checkDataset`, for a value or a file's text. Same property as the reader's:
 * never a throw, every problem worded in the language asked for, with a place; and the widgets'
 * reader (`readDataset`) finds the same problems at the same places.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkDataset, type CheckResult } from '../../src/schema-entry.js';
import { readDataset } from '../../src/data/read.js';
import { fuzzCase, loadFixtures } from './cases.js';
import { checkProperty, documentOf, problemFaults, runsFor } from './harness.js';

const issuesOf = (r: CheckResult) => (r.ok ? r.warnings : r.problems);

describe('fuzzing lamtheo/schema (checkDataset)', () => {
  before(loadFixtures);

  it('never throws, words every issue in the language asked for with a place, and agrees with the reader', async function () {
    const runs = await runsFor(100);
    this.timeout(Math.max(60_000, runs * 300));
    await checkProperty(
      'checkDataset',
      fc.asyncProperty(fuzzCase, fc.constantFrom('vi' as const, 'en' as const), async (c, lang) => {
        let result: CheckResult;
        try {
          result = await checkDataset(c.input, { lang });
        } catch (err) {
          throw new Error(`the checker threw: ${err instanceof Error ? err.stack : String(err)}`);
        }
        if (!result.ok && !result.problems.some((p) => p.severity === 'error')) throw new Error('not ok, but no error');
        if (result.ok && !result.value) throw new Error('ok without the normalised dataset');
        const doc = documentOf(c.input, c.isText);
        const faults = issuesOf(result).flatMap((issue) => problemFaults(issue, lang, doc));
        if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
        const read = await readDataset(c.input, lang);
        const seen = (list: readonly { severity: string; code: string; path: string }[]) =>
          list.map((p) => `${p.severity} ${p.code} ${p.path}`).join('\n');
        expect(read.ok, 'the reader accepts what the checker accepts').to.equal(result.ok);
        expect(seen(read.ok ? read.warnings : read.problems), 'the reader finds the same').to.equal(
          seen(issuesOf(result)),
        );
      }),
      runs,
    );
  });
});
