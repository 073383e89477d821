// node scripts/build-cli.js → dist/cli.js and dist/receiver.js (or under $LAMTHEO_DIST): the
// command line, bundled for Node 20 with esbuild. bin/lamtheo.js imports them.
import { build } from 'esbuild';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.LAMTHEO_DIST ?? 'dist');

// The checker, and the pledge receiver (src/receiver/main.ts, `lamtheo receiver`). The receiver's
// stores and its .xlsx writer stay packages of their own (imported when the receiver needs them):
// PGlite carries its WebAssembly files beside its code.
await build({
  entryPoints: { cli: resolve(root, 'src/cli/validate.ts'), receiver: resolve(root, 'src/receiver/main.ts') },
  outdir: outDir,
  external: ['@electric-sql/pglite', 'pg', 'write-excel-file'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
});
if (!process.env.LAMTHEO_DIST) console.log(`wrote ${resolve(outDir, 'cli.js')} and receiver.js`);
