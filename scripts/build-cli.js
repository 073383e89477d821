// node scripts/build-cli.js → dist/cli.js (or $LAMTHEO_DIST/cli.js): the command-line checker
// (src/cli/validate.ts) bundled for Node 20 with esbuild. bin/lamtheo.js imports it.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.LAMTHEO_DIST ?? 'dist');

await build({
  entryPoints: [resolve(root, 'src/cli/validate.ts')],
  outfile: resolve(outDir, 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!process.env.LAMTHEO_DIST) console.log(`wrote ${resolve(outDir, 'cli.js')}`);
