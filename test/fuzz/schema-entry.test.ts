/**
 * Fuzzing the checkers of the `lamtheo/schema` entry, which the command line and a portal's
 * own backend call (synchronously, every message registered): `validateDataset` for a value,
 * `validateJsonText` for a file's text. Same property as the reader's: never a throw, every
 * issue worded in the language asked for, with a place; and the widgets' reader finds the
 * same problems at the same places.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDataset, validateDataset, validateJsonText, type ValidationResult } from '../../src/schema-entry.js';
import { fuzzCase, loadFixtures } from './cases.js';
import { checkProperty, documentOf, problemFaults, runsFor } from './harness.js';

const issuesOf = (r: ValidationResult) => [...(r.ok ? [] : r.errors), ...r.warnings];

describe('fuzzing lamtheo/schema (validateDataset, validateJsonText)', () => {
  before(loadFixtures);

  it('never throws, words every issue in the language asked for with a place, and agrees with the reader', async function () {
    const runs = await runsFor(100);
    this.timeout(Math.max(60_000, runs * 300));
    await checkProperty(
      'validateDataset / validateJsonText',
      fc.asyncProperty(fuzzCase, fc.constantFrom('vi' as const, 'en' as const), async (c, lang) => {
        let result: ValidationResult;
        try {
          result = c.isText ? validateJsonText(c.input as string, { lang }) : validateDataset(c.input, { lang });
        } catch (err) {
          throw new Error(`the checker threw: ${err instanceof Error ? err.stack : String(err)}`);
        }
        if (!result.ok && !result.errors.length) throw new Error('not ok, but no error');
        if (result.ok && !result.normalised) throw new Error('ok without the normalised dataset');
        const doc = documentOf(c.input, c.isText);
        const faults = issuesOf(result).flatMap((issue) => problemFaults(issue, lang, doc));
        if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
        // The reader takes a string as the text of a file (the `data` property may hold JSON text).
        if (!c.isText && typeof c.input === 'string') result = validateJsonText(c.input, { lang });
        const read = await readDataset(c.input, lang);
        const seen = (list: readonly { severity: string; code: string; path: string }[]) =>
          list.map((p) => `${p.severity} ${p.code} ${p.path}`).join('\n');
        // (On success the reader keeps only the normaliser's warnings in `data.warnings`: the
        // checker's own, such as unknown fields, are the command line's. See the report.)
        expect(read.ok, 'the reader accepts what the checker accepts').to.equal(result.ok);
        if (!read.ok) expect(seen(read.problems), 'the reader finds the same').to.equal(seen(issuesOf(result)));
      }),
      runs,
    );
  });
});
