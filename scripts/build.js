// npm run build: ES modules + classic script + type declarations + custom-elements.json
// (+ the JSON Schema and the CLI when their scripts exist). Everything is built into a
// staging folder and swapped into dist/ at the end, so pages and tests that read dist/
// never see it half-written. The first failure stops the build with its message.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { studioPage, studioPageCss } from './studio-page.js';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const staging = resolve(root, '.tmp', `dist-${process.pid}`);
const quiet = { root, logLevel: 'warn', configFile: resolve(root, 'vite.config.ts') };
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

try {
  await build({ ...quiet, build: { outDir: staging } });
  console.log('✓ ES modules      lamtheo.js (one tag), all.js and one entry per family');

  await build({
    ...quiet,
    build: {
      lib: false,
      // One file: lazily loaded parts are inlined, there is nothing to preload.
      modulePreload: false,
      emptyOutDir: false,
      outDir: staging,
      sourcemap: true,
      target: 'es2022',
      rolldownOptions: {
        input: resolve(root, 'src/iife.ts'),
        output: { format: 'iife', entryFileNames: 'lamtheo.iife.js', codeSplitting: false },
      },
    },
  });
  console.log('✓ classic script  lamtheo.iife.js');

  // One ES module file of its own: no chunk shared with the widgets (lazy parts inlined).
  const standalone = (entry, fileName, sourcemap) =>
    build({
      ...quiet,
      build: {
        emptyOutDir: false,
        outDir: staging,
        sourcemap,
        lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => fileName },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });

  // `lamtheo/schema` for Node and a portal's backend (the CLI's checks, the pledge receiver's):
  // the widgets' data layer holds Lit, so it must not share their chunks.
  await standalone('src/schema-entry.ts', 'schema.js', true);
  console.log('✓ schema          schema.js (no Lit, no DOM)');

  // The seeded data generator for the benchmark pages and the demo's big list (changes nothing
  // a portal page downloads).
  await standalone('test/fixtures/generate/generate.ts', 'generate.js', false);
  console.log('✓ data generator  generate.js (benchmark and demo only)');

  // The studio as a page a portal can host beside the library: dist/studio/index.html, en.html.
  mkdirSync(resolve(staging, 'studio'));
  writeFileSync(resolve(staging, 'studio/index.html'), studioPage('../lamtheo.js', 'vi'));
  writeFileSync(resolve(staging, 'studio/en.html'), studioPage('../lamtheo.js', 'en'));
  writeFileSync(resolve(staging, 'studio/studio.css'), studioPageCss);
  console.log('✓ studio page     studio/index.html, en.html, studio.css');
  // The ward maps the studio offers (OpenStreetMap, ODbL: their README with the attribution goes too).
  mkdirSync(resolve(staging, 'geo'));
  for (const file of ['quan-11.geojson', 'tan-binh.geojson', 'go-vap.geojson', 'README.md'])
    copyFileSync(resolve(root, 'test/fixtures/geo', file), resolve(staging, 'geo', file));
  console.log('✓ ward maps       geo/ (ODbL)');

  run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', resolve(staging, 'types')]);
  console.log('✓ declarations    types/');

  for (const [script, what] of [
    ['scripts/json-schema.js', 'JSON Schema     lamtheo.schema.json'],
    ['scripts/build-cli.js', 'command line    cli.js'],
  ]) {
    if (!existsSync(resolve(root, script))) continue;
    run(process.execPath, [script], { LAMTHEO_DIST: staging });
    console.log(`✓ ${what}`);
  }

  run(bin('cem'), ['analyze', '--litelement', '--quiet']);
  console.log('✓ manifest        custom-elements.json');

  // Source maps ship without the sources' text (CONTRIBUTING.md, "The published package"): a
  // stack trace from a portal still maps to src/… and its line at this version, and the package
  // loses about 4 MB of copies of our sources and of lit, d3 and zod.
  let maps = 0;
  for (const file of readdirSync(staging, { recursive: true }))
    if (String(file).endsWith('.map')) {
      const path = resolve(staging, String(file));
      const map = JSON.parse(readFileSync(path, 'utf8'));
      delete map.sourcesContent;
      writeFileSync(path, JSON.stringify(map));
      maps++;
    }
  console.log(`✓ source maps     ${maps}, without the sources' text`);

  rmSync(resolve(root, 'dist'), { recursive: true, force: true });
  renameSync(staging, resolve(root, 'dist'));
} finally {
  rmSync(staging, { recursive: true, force: true });
}
