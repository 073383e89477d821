// node --test test/node/: `lamtheo/schema` in Node, with no DOM and no Lit element: the one
// checker (`checkDataset`) words problems in the language asked for, English included (its
// words are downloaded on demand in a browser; here they come with the module), and the pledge
// checks word theirs synchronously. src/schema-entry.ts is bundled for Node as dist/schema.js is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'lamtheo-schema-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
await build({
  entryPoints: [join(root, 'src/schema-entry.ts')],
  outfile: join(temp, 'schema.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const schema = await import(pathToFileURL(join(temp, 'schema.js')).href);

test('has no DOM to lean on', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
});

test('checkDataset reads a fixture, with its warnings', async () => {
  const text = readFileSync(join(root, 'test/fixtures/quan-11-2022.json'), 'utf8');
  const result = await schema.checkDataset(text);
  assert.equal(result.ok, true);
  assert.equal(result.value.metricsById.get('religious-sites-with-space').value, 5);
  const mismatch = result.warnings.find((w) => w.code === 'derived-mismatch');
  assert.match(mismatch.message, /^số ghi là 4 nhưng đếm trong dữ liệu được 5/);
  assert.ok(mismatch.line > 1);
});

test('checkDataset words problems in English when asked, and localiseIssues words them again', async () => {
  const result = await schema.checkDataset(
    '{\n  "version": 1,\n  "metrics": [{ "id": "m", "label": "x", "value": -1 }]\n}',
    {
      lang: 'en',
    },
  );
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map(({ path, message, line }) => ({ path, message, line })),
    [{ path: 'metrics[0].value', message: 'must be 0 or more (it is -1)', line: 3 }],
  );
  assert.equal(schema.localiseIssues(result.problems, 'vi')[0].message, 'phải từ 0 trở lên (đang là -1)');
});

test('checkDataset explains text that is not JSON, in Vietnamese by default', async () => {
  const result = await schema.checkDataset('{"version": 1,,}');
  assert.equal(result.ok, false);
  assert.match(result.problems[0].message, /^JSON không hợp lệ ở dòng 1, cột 15/);
});

test('the pledge checks word their problems synchronously, in either language', () => {
  const template = schema.pledgeTemplate.parse({
    id: 't',
    year: 2024,
    headings: [
      { id: 'h1', title: 'Yêu nước' },
      { id: 'h2', title: 'Học tập' },
    ],
  });
  const submission = {
    templateId: 't',
    year: 2024,
    person: { fullName: 'Phạm Thị Thu Hà' },
    commitments: [{ headingId: 'h1', commitment: 'Nói đi đôi với làm' }],
  };
  for (const [lang, words] of [
    ['vi', 'chưa ghi nội dung đăng ký cho mục "Học tập"'],
    ['en', 'nothing is written for the heading "Học tập"'],
  ]) {
    const result = schema.validatePledgeSubmission(submission, template, { lang });
    assert.equal(result.ok, false, lang);
    assert.deepEqual(
      result.errors.map((e) => e.message),
      [words],
    );
  }
});
