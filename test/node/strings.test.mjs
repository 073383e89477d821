// node --test test/node/: every string of the source has its English. `lit-localize extract`
// runs on a copy of the catalogue (src/i18n/xliff/en.xlf), as `npm run i18n:extract` would: the
// copy must come out the same (no string added, changed or dropped since the last extract) and
// hold a <target> for every <source>. The browser test test/i18n/translations.test.ts then checks
// that the built templates (src/i18n/locales/en*.ts) hold exactly the catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

test('every msg() in src/ is in the English catalogue, with its English', () => {
  const temp = mkdtempSync(join(tmpdir(), 'lamtheo-strings-'));
  try {
    cpSync(join(root, 'src/i18n/xliff'), join(temp, 'xliff'), { recursive: true });
    const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
    config.interchange.xliffDir = join(temp, 'xliff');
    config.output.outputDir = join(temp, 'locales');
    const configPath = join(root, `.lit-localize-${process.pid}.json`);
    writeFileSync(configPath, JSON.stringify(config));
    try {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', configPath],
        {
          cwd: root,
          stdio: 'pipe',
        },
      );
    } finally {
      rmSync(configPath, { force: true });
    }
    const extracted = readFileSync(join(temp, 'xliff/en.xlf'), 'utf8');
    const units = [...extracted.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body));
    assert.deepEqual(
      untranslated.map(([, id, body]) => `${id}: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`),
      [],
      'strings without English: add their <target> in src/i18n/xliff/en.xlf, then npm run i18n:build',
    );
    const committed = readFileSync(join(root, 'src/i18n/xliff/en.xlf'), 'utf8');
    assert.equal(extracted, committed, 'src/i18n/xliff/en.xlf is out of date: run npm run i18n:extract');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
