// Imports point one way, so that reading src/ top-down explains the path from a `src`
// attribute to a figure: schema ← i18n ← data ← controllers ← internal ← components ← studio ←
// entries (styles sit beside controllers: only internal, components and studio use them; the
// studio, the administrators' tool, may import the families' modules — their entries to preview
// them, the table's CSV reading for its grid, the map's geometry for its own map — and nothing
// below it imports the studio), and a family never imports another family. This test reads every import of src/ and names any that points up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = join(import.meta.dirname, '../..');
const rank = { schema: 0, i18n: 1, data: 2, controllers: 3, styles: 3, internal: 4, components: 5, studio: 6 };

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** The layer of a file under src/: its first folder, or `entry` for src/*.ts and the CLI. */
function layerOf(file) {
  const parts = relative(join(root, 'src'), file).split(/[\\/]/);
  const layer = parts.length === 1 ? 'entry' : parts[0];
  return { layer, rank: rank[layer] ?? 7, family: layer === 'components' ? parts[1] : undefined };
}

test('imports in src/ point one way, and families never import each other', () => {
  const wrong = [];
  for (const file of sources(join(root, 'src'))) {
    const from = layerOf(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = layerOf(normalize(join(dirname(file), spec)));
      const name = `${relative(root, file)} → ${spec}`;
      if (to.rank > from.rank) wrong.push(`${name} (${from.layer} must not import ${to.layer})`);
      if (from.family && to.family && from.family !== to.family) wrong.push(`${name} (one family imports another)`);
    }
  }
  assert.deepEqual(wrong, []);
});
