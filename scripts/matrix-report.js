// node scripts/matrix-report.js: turns what the last matrix run recorded (.tmp/matrix/results.jsonl,
// written by test/matrix/matrix.test.ts through test/server/media-commands.js) into
// .tmp/matrix-report.md: a table of problems per family and cell, the kinds of problem, then every message, per family,
// per cell (the same message on several widgets of a family, or several times, is counted once
// with ×n). Run the matrix first:
//   LAMTHEO_SKIP_BUILD=1 node node_modules/@web/test-runner/dist/bin.js --files 'test/matrix/**/*.test.ts'
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const records = readFileSync(resolve(root, '.tmp/matrix/results.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line));

const results = records.filter((record) => record.widget);
const timings = records.filter((record) => record.timing);
const total = records.find((record) => record.total);
const cells = [...new Set(results.map((record) => record.cell))];
const families = [...new Set(results.map((record) => record.family))];
const checks = ['contrast', 'axe', 'clipped', 'overflow', 'language'];

const lines = ['# Condition matrix: what fails', ''];
lines.push(
  `${cells.length} cells × ${new Set(results.map((r) => r.widget)).size} widgets; ` +
    `${results.filter((r) => r.problems.length).length} of ${results.length} widget checks fail. ` +
    (total ? `The matrix took ${(total.total / 1000).toFixed(1)} s in the browser.` : ''),
  '',
  'Cell names: width-scheme-text-lang (test/matrix/cells.js). Counts: contrast / axe / clipped / overflow / language.',
  '',
  "Again: `LAMTHEO_SKIP_BUILD=1 node node_modules/@web/test-runner/dist/bin.js --files 'test/matrix/**/*.test.ts'`,",
  'then `node scripts/matrix-report.js`. Some cells only: `LAMTHEO_MATRIX=375-os-dark-200-vi,1280-forced-200-en` before it;',
  'all 60: `LAMTHEO_MATRIX=full`. Screenshots of the same cells: `npm run screens` (.tmp/screens/index.html).',
  '',
);
lines.push(`| family | ${cells.join(' | ')} |`, `|---|${cells.map(() => '---').join('|')}|`);
for (const family of families) {
  const row = cells.map((cell) => {
    const problems = results.filter((r) => r.family === family && r.cell === cell).flatMap((r) => r.problems);
    if (!problems.length) return '✓';
    return checks.map((check) => problems.filter((p) => p.check === check).length).join('/');
  });
  lines.push(`| ${family} | ${row.join(' | ')} |`);
}
// The distinct kinds of problem: the message with its quoted text and figures blanked out.
lines.push('', '## The kinds of problem (text and figures blanked; an example; the cells)', '');
for (const family of families) {
  const kinds = new Map();
  for (const record of results.filter((r) => r.family === family))
    for (const problem of record.problems) {
      const key = `${problem.check}: ${problem.message.replace(/"[^"]*"/g, '"…"').replace(/\d+(\.\d+)?/g, 'N')}`;
      const kind = kinds.get(key) ?? { example: `${problem.check}: ${problem.message}`, cells: new Set(), times: 0 };
      kind.cells.add(record.cell);
      kind.times++;
      kinds.set(key, kind);
    }
  if (!kinds.size) continue;
  lines.push(`### ${family}`, '');
  for (const { example, cells: where, times } of [...kinds.values()].sort((a, b) => b.times - a.times))
    lines.push(`- ×${times} in ${where.size} cells (${[...where].join(', ')}), e.g. ${example}`);
  lines.push('');
}

lines.push('', '## Time per cell (ms: page loaded and settled / with every check)', '');
for (const { cell, timing } of timings) lines.push(`- ${cell}: ${timing.loaded} / ${timing.total}`);

for (const family of families) {
  lines.push('', `## ${family}`);
  for (const cell of cells) {
    const here = results.filter((r) => r.family === family && r.cell === cell);
    const counted = new Map();
    for (const record of here)
      for (const problem of record.problems) {
        const key = `${problem.check}: ${problem.message}`;
        const entry = counted.get(key) ?? { times: 0, widgets: new Set() };
        entry.times++;
        entry.widgets.add(record.widget);
        counted.set(key, entry);
      }
    if (!counted.size) {
      lines.push('', `### ${cell}: ✓`);
      continue;
    }
    lines.push('', `### ${cell}`, '');
    const sorted = [...counted].sort((a, b) => checks.indexOf(a[0].split(':')[0]) - checks.indexOf(b[0].split(':')[0]));
    for (const [message, { times, widgets }] of sorted)
      lines.push(`- ${message}${times > 1 ? ` (×${times})` : ''} — ${[...widgets].join(', ')}`);
  }
}
writeFileSync(resolve(root, '.tmp/matrix-report.md'), `${lines.join('\n')}\n`);
console.log(`.tmp/matrix-report.md: ${results.length} widget checks in ${cells.length} cells`);
