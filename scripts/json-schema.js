// node scripts/json-schema.js → dist/lamtheo.schema.json (or $LAMTHEO_DIST/lamtheo.schema.json),
// generated from the zod schema in src/schema with z.toJSONSchema. The TypeScript source is
// bundled in memory with esbuild and imported from a temporary file.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.LAMTHEO_DIST ?? 'dist');

const bundled = await build({
  entryPoints: [resolve(root, 'src/schema/json-schema.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const temp = mkdtempSync(join(tmpdir(), 'lamtheo-schema-'));
try {
  const file = join(temp, 'json-schema.mjs');
  writeFileSync(file, bundled.outputFiles[0].text);
  const { datasetJsonSchema } = await import(pathToFileURL(file).href);
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, 'lamtheo.schema.json');
  writeFileSync(target, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
  if (!process.env.LAMTHEO_DIST) console.log(`wrote ${target}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
