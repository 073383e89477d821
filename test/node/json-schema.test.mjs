// node --test test/node/: the generated JSON Schema (dist/lamtheo.schema.json) accepts every
// fixture and refuses broken documents, checked with ajv (draft 2020-12). Runs in Node
// because ajv is CommonJS and does not load in the browser test runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'lamtheo-json-schema-'));
execFileSync(process.execPath, ['scripts/json-schema.js'], { cwd: root, env: { ...process.env, LAMTHEO_DIST: out } });
const schema = JSON.parse(readFileSync(join(out, 'lamtheo.schema.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);
const fixtures = readdirSync(join(root, 'test/fixtures')).filter((f) => f.endsWith('.json'));
const fixture = (name) => JSON.parse(readFileSync(join(root, 'test/fixtures', name), 'utf8'));

test('the script writes a draft 2020-12 schema that ajv compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.required, ['version']);
});

test('there are five fixtures to check', () => {
  assert.equal(fixtures.length, 5);
});

for (const name of fixtures) {
  test(`${name} is valid against the generated JSON Schema`, () => {
    const ok = validate(fixture(name));
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 3)));
  });
}

const broken = [
  ['version 99', { version: 99 }, '/version'],
  ['a missing version', {}, ''],
  [
    'a javascript: link',
    { version: 1, spaces: [{ id: 's', name: 'A', kind: 'park', links: [{ label: 'x', url: 'javascript:alert(1)' }] }] },
    '/spaces/0/links/0/url',
  ],
  ['a negative count', { version: 1, metrics: [{ id: 'm', label: 'x', value: -1 }] }, '/metrics/0/value'],
  [
    'a date written day first',
    { version: 1, units: [{ id: 'u', name: 'A', kind: 'ward', validTo: '31/12/2024' }] },
    '/units/0/validTo',
  ],
  [
    'an unknown form of award',
    {
      version: 1,
      commendations: [
        { id: 'c', recipient: { kind: 'individual', name: 'A' }, form: 'x', line: 'state', issuer: { name: 'B' } },
      ],
    },
    '/commendations/0/form',
  ],
  ['a 501-character name', { version: 1, units: [{ id: 'u', name: 'x'.repeat(501), kind: 'ward' }] }, '/units/0/name'],
  [
    'a location off the globe',
    { version: 1, spaces: [{ id: 's', name: 'A', kind: 'park', location: [500, 10] }] },
    '/spaces/0/location/0',
  ],
];
for (const [what, doc, path] of broken) {
  test(`the JSON Schema refuses ${what}`, () => {
    assert.equal(validate(doc), false);
    assert.ok(
      validate.errors.some((e) => e.instancePath === path),
      JSON.stringify(validate.errors),
    );
  });
}
