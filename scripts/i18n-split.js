// node scripts/i18n-split.js (run by `npm run i18n:build`, after `lit-localize build`): moves the
// English of strings that only some code needs out of src/i18n/locales/en.ts into chunks of
// their own, so an English page downloads them only with that code. There is still one
// catalogue per language (src/i18n/xliff/en.xlf) and one mechanism (`msg()`); the split is by
// id: `msg(…, { id: 'p.…' })` → locales/en-problems.ts (the data layer's problem words,
// src/data/words/problem-words.ts), `{ id: 'cli.…' }` → locales/en-cli.ts (the command line),
// `{ id: 'csv.…' }` → locales/en-csv.ts (the table's CSV export and reader, csv-words.ts),
// `{ id: 'studio.…' }` → locales/en-studio.ts (the studio, src/studio/words.ts).
// Fails loudly when en.ts is not in the shape lit-localize writes, rather than splitting wrongly.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Id prefix → chunk: `p.` is short because the classic script (lamtheo.iife.js) carries every id.
const chunks = { p: 'problems', cli: 'cli', csv: 'csv', studio: 'studio' };
const dir = resolve(import.meta.dirname, '../src/i18n/locales');
const file = resolve(dir, 'en.ts');
const text = readFileSync(file, 'utf8');

const open = 'export const templates = {\n';
const start = text.indexOf(open);
const end = text.lastIndexOf('\n    };');
if (start < 0 || end < start)
  throw new Error(`${file}: not the shape lit-localize writes (no "${open.trim()}" … "};")`);
const head = text.slice(0, start + open.length);
const body = text.slice(start + open.length, end + 1);
const tail = text.slice(end + 1);

// One entry per id: `'id': \`…\`,` or `'id': str\`…\`,`, possibly over several lines.
const entries = body.split(/\n(?=\s*'[^'\n]+': )/).filter((entry) => entry.trim());
const idOf = (entry) => {
  const match = /^\s*'([^'\n]+)': (?:str)?`/.exec(entry);
  if (!match) throw new Error(`${file}: cannot read the entry ${JSON.stringify(entry.slice(0, 80))}`);
  return match[1];
};
const chunkOf = (id) => Object.entries(chunks).find(([prefix]) => id.startsWith(`${prefix}.`))?.[1];
// As lit-localize writes them: the first entry indented, the others not.
const lines = (list) => list.map((entry, i) => (i ? '' : '      ') + entry.trim() + '\n').join('');
// `str` is imported only where a template uses it (TypeScript refuses an unused import).
const withImports = (head, list) =>
  list.some((entry) => /^\s*'[^']+': str`/.test(entry))
    ? head
    : head.replace(/\n\s*import \{str\} from '@lit\/localize';/, '');

const kept = entries.filter((entry) => !chunkOf(idOf(entry)));
writeFileSync(file, withImports(head, kept) + lines(kept) + tail);
for (const [prefix, chunk] of Object.entries(chunks)) {
  const mine = entries.filter((entry) => chunkOf(idOf(entry)) === chunk);
  const header = head.replace(
    'Re-generate this file by running lit-localize',
    `Re-generate this file by running npm run i18n:build (lit-localize, then scripts/i18n-split.js):\n    // the English of the \`${prefix}.\` strings, split out of en.ts`,
  );
  const path = resolve(dir, `en-${chunk}.ts`);
  if (mine.length) writeFileSync(path, withImports(header, mine) + lines(mine) + tail);
  else rmSync(path, { force: true });
  console.log(`locales/en-${chunk}.ts: ${mine.length} strings`);
}
console.log(`locales/en.ts: ${kept.length} strings`);
