// The changelog states the data format's version the code reads, and the words a newer file
// gets; the package ships its licence. These cannot drift from the code unnoticed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');

test('CHANGELOG.md names the schema version the code reads, the package version, and the newer-version words', () => {
  const changelog = read('CHANGELOG.md').replace(/\s+/g, ' ');
  const version = Number(/export const SCHEMA_VERSION = (\d+);/.exec(read('src/schema/dataset.ts'))?.[1]);
  assert.ok(Number.isInteger(version), 'SCHEMA_VERSION not found in src/schema/dataset.ts');
  assert.match(changelog, new RegExp(`reads \`"version": ${version}\` only`));
  assert.match(changelog, new RegExp(`schema version ${version}\\*\\* \\(\`"version": ${version}\`\\)`));
  const { version: packageVersion } = JSON.parse(read('package.json'));
  assert.match(read('CHANGELOG.md'), new RegExp(`^## ${packageVersion.replace(/\./g, '\\.')}\\b`, 'm'));
  // The words it quotes are the checker's own (the xliff: Vietnamese source, English target).
  const unit = /<trans-unit id="p\.unsupported-version">([\s\S]*?)<\/trans-unit>/.exec(
    read('src/i18n/xliff/en.xlf'),
  )[1];
  const words = (tag) =>
    new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(unit)[1].replace(/<x [^>]*\/>/, String(version + 1));
  assert.ok(changelog.includes(words('source')), `CHANGELOG.md should quote “${words('source')}”`);
  assert.ok(changelog.includes(words('target')), `CHANGELOG.md should quote “${words('target')}”`);
});

test('the package ships LICENSE and CHANGELOG.md with the licence package.json names', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License/);
  // npm always packs LICENSE, README and CHANGELOG; `files` must not have to list them, but must not exclude them.
  assert.ok(!(pkg.files ?? []).some((entry) => /^!(LICENSE|CHANGELOG)/.test(entry)));
});
