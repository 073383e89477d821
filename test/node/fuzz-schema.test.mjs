// node --test: the built `lamtheo/schema` entry (dist/schema.js), as the command line and a
// portal's backend run it in Node, fuzzed with fast-check (fixed seed; LAMTHEO_FUZZ_RUNS and
// LAMTHEO_FUZZ_SEED as in the browser, see test/server/fuzz-commands.js): arbitrary JSON,
// the fixtures with a hostile value somewhere, and their text cut short. It never throws,
// and every issue is worded in the language asked for, with a place.
// (The browser's fuzz tests, test/fuzz/, go much further; this one checks the built file in Node.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';

const root = resolve(import.meta.dirname, '../..');
const { checkDataset } = await import(resolve(root, 'dist/schema.js'));

const fixtures = readdirSync(resolve(root, 'test/fixtures'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(resolve(root, 'test/fixtures', name), 'utf8'));

const runs = Number.parseInt(process.env.LAMTHEO_FUZZ_RUNS ?? '', 10) || 150;
const seed = Number.parseInt(process.env.LAMTHEO_FUZZ_SEED ?? '', 10) || 13_2026;

const hostile = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '1e999', '', '\u202E\u200B', '\uD800', '__proto__', 'x'.repeat(1 << 20)),
  fc.constantFrom(NaN, Infinity, -1e308, 2 ** 53 + 2, null, true, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every place in a document: [parent, key]. */
function places(node, out = []) {
  if (node === null || typeof node !== 'object') return out;
  for (const key of Object.keys(node)) {
    out.push([node, key]);
    places(node[key], out);
  }
  return out;
}

const fixtureCase = fc
  .record({ n: fc.nat(), pick: fc.nat(), key: fc.constantFrom(null, '__proto__', 'constructor', 'x'), value: hostile })
  .map(({ n, pick, key, value }) => {
    const doc = JSON.parse(fixtures[n % fixtures.length]);
    const all = places(doc);
    const [parent, at] = all[pick % all.length];
    Object.defineProperty(key === null ? parent : doc, key ?? at, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return doc;
  });

const textCase = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([n, cut]) => {
    const text = fixtures[n % fixtures.length];
    return text.slice(0, cut % (text.length + 1));
  }),
  fixtureCase.map((doc) => JSON.stringify(doc)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const wholeDocument = new Set(['empty-file', 'invalid-json', 'not-an-object', 'too-large', 'bom', 'more-issues']);

function check(result, lang) {
  assert.equal(typeof result.ok, 'boolean');
  const issues = result.ok ? result.warnings : result.problems;
  if (!result.ok)
    assert.ok(
      issues.some((issue) => issue.severity === 'error'),
      'not ok, but no error',
    );
  for (const issue of issues) {
    const what = `${issue.code} at "${issue.path}": ${issue.message.slice(0, 200)}`;
    assert.ok(issue.message.trim().length > 2 && issue.message !== issue.code, `not worded: ${what}`);
    const own = issue.message.replace(/"[^]*"|“[^”]*”/g, ' ');
    if (lang === 'vi')
      assert.match(issue.message.replace(/"(?:[^"\\]|\\.)*"/g, ' '), VIETNAMESE, `not Vietnamese: ${what}`);
    else assert.doesNotMatch(own, VIETNAMESE, `not English: ${what}`);
    assert.doesNotMatch(own, /\bundefined\b|\[object /, `a program value: ${what}`);
    assert.ok(issue.path !== '' || wholeDocument.has(issue.code), `no place: ${what}`);
  }
}

/** fc.assert, but a failure prints the seed and a counterexample cut to a readable length. */
async function assertProperty(property) {
  const d = await fc.check(property, { numRuns: runs, seed });
  if (!d.failed) return;
  const example = fc.stringify(d.counterexample);
  assert.fail(
    `seed ${d.seed}, path "${d.counterexamplePath}" (replay: LAMTHEO_FUZZ_SEED=${d.seed} LAMTHEO_FUZZ_RUNS=${runs})\n` +
      `counterexample: ${example.length > 2000 ? `${example.slice(0, 2000)}… (${example.length} characters)` : example}\n` +
      `${d.errorInstance instanceof Error ? d.errorInstance.message : d.errorInstance}`,
  );
}

test('checkDataset of a text (built, in Node) never throws and words every issue with a place', async () => {
  await assertProperty(
    fc.asyncProperty(textCase, fc.constantFrom('vi', 'en'), async (text, lang) =>
      check(await checkDataset(text, { lang }), lang),
    ),
  );
});

test('checkDataset of a value (built, in Node) never throws and words every issue with a place', async () => {
  await assertProperty(
    fc.asyncProperty(fc.oneof(fixtureCase, fc.anything()), fc.constantFrom('vi', 'en'), async (value, lang) =>
      check(await checkDataset(value, { lang }), lang),
    ),
  );
});
