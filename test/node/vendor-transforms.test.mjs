// node --test test/node/: the build's changes to third-party code (scripts/vendor-transforms.js,
// scripts/d3-selection-slim.js) apply to the installed packages, and stop the build with a
// message when the code they expect is not there: checked on the real files, on changed
// copies of them, and once through a real vite build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import {
  checkZoomTransitions,
  d3InterpolatePurePlugin,
  d3ZoomWithoutTransitionsPlugin,
  markInterpolatePure,
  pureInterpolateFactories,
  zodWithoutGlobals,
  zodWithoutGlobalsPlugin,
} from '../../scripts/vendor-transforms.js';
import { keptSelectionMethods, slimSelection } from '../../scripts/d3-selection-slim.js';

const root = resolve(import.meta.dirname, '../..');
const installed = (path) => {
  const file = join(root, 'node_modules', path);
  return { file, code: readFileSync(file, 'utf8') };
};
const zodCore = installed('zod/v4/core/core.js');
const zodRegistries = installed('zod/v4/core/registries.js');
const interpolate = installed('d3-interpolate/dist/d3-interpolate.mjs');
const zoom = installed('d3-zoom/dist/d3-zoom.mjs');
const selection = installed('d3-selection/dist/d3-selection.mjs');

test('zod: the installed files lose every globalThis, and keep their state in a module object', () => {
  for (const { file, code } of [zodCore, zodRegistries]) {
    const out = zodWithoutGlobals(code, file);
    assert.ok(out);
    assert.doesNotMatch(out, /globalThis/);
    assert.match(out, /__lamtheoZodScope\)?\.__zod_global(Config|Registry)/);
  }
  assert.equal(zodWithoutGlobals('export const a = 1;', join(root, 'node_modules/zod/v4/core/util.js')), null);
});

test('zod: a changed file stops the build', () => {
  // The global moved elsewhere (or renamed): the file expected to define it no longer does.
  const renamed = zodCore.code.replaceAll('__zod_globalConfig', '__zod_config');
  assert.throws(() => zodWithoutGlobals(renamed, zodCore.file), /no longer defines globalThis\.__zod_globalConfig/);
  assert.throws(
    () => zodWithoutGlobals('export const x = 1;', zodRegistries.file),
    /no longer defines globalThis\.__zod_globalRegistry/,
  );
  // globalThis used for something else: renaming it would break zod.
  const other = `${zodCore.code}\nexport const c = globalThis.crypto;`;
  assert.throws(() => zodWithoutGlobals(other, zodCore.file), /core\.js:\d+ uses globalThis for something other/);
  // A build that bundles zod but never sees the file holding the registry.
  const plugin = zodWithoutGlobalsPlugin();
  plugin.buildStart();
  plugin.transform(zodCore.code, zodCore.file);
  assert.throws(() => plugin.buildEnd(), /the file defining __zod_globalRegistry was not/);
  plugin.buildStart();
  plugin.transform(zodCore.code, zodCore.file);
  plugin.transform(zodRegistries.code, zodRegistries.file);
  assert.doesNotThrow(() => plugin.buildEnd());
});

test('d3-interpolate: exactly the reviewed top-level calls are marked pure', () => {
  const out = markInterpolatePure(interpolate.code);
  assert.equal(out.match(/\/\*#__PURE__\*\//g)?.length, pureInterpolateFactories.length);
  assert.match(out, /^var rgb = \/\*#__PURE__\*\/ \(function rgbGamma/m);
});

test('d3-interpolate: a new or missing top-level call stops the build', () => {
  const added = interpolate.code.replace(/^var rgb = /m, 'var colourCache = setUp(document);\nvar rgb = ');
  assert.throws(() => markInterpolatePure(added), /not reviewed: colourCache/);
  const removed = interpolate.code.replace(/^var hslLong = .*$/m, 'function hslLong() {}');
  assert.throws(() => markInterpolatePure(removed), /not found: hslLong/);
});

test('d3-selection: the slimming keeps only the listed methods, and throws when one is missing', () => {
  const out = slimSelection(selection.code);
  for (const name of keptSelectionMethods.filter((name) => name !== 'constructor'))
    assert.match(out, new RegExp(`^\\s*${name}:`, 'm'));
  assert.doesNotMatch(out, /^\s*attr:/m);
  const withoutOn = selection.code.replace(/^\s*on: [\w$]+,?$/m, '');
  assert.throws(() => slimSelection(withoutOn), /no on in Selection\.prototype/);
  assert.throws(() => slimSelection('export const x = 1;'), /Selection\.prototype literal not found/);
});

test('d3-zoom: the installed file needs only interrupt from d3-transition', () => {
  assert.doesNotThrow(() => checkZoomTransitions(zoom.code));
});

test('d3-zoom: more from d3-transition, or a transition outside the double-click handler, stops the build', () => {
  const moreImports = zoom.code.replace(
    "import { interrupt } from 'd3-transition';",
    "import { interrupt, transition } from 'd3-transition';",
  );
  assert.notEqual(moreImports, zoom.code);
  assert.throws(() => checkZoomTransitions(moreImports), /imports transition from d3-transition/);
  const wheelTransition = zoom.code.replace(
    'function wheeled(event, ...args) {',
    'function wheeled(event, ...args) {\n    select(this).transition();',
  );
  assert.notEqual(wheelTransition, zoom.code);
  assert.throws(() => checkZoomTransitions(wheelTransition), /transition outside its double-click handler/);
  // Another package importing d3-transition would get the stand-in without being checked.
  const plugin = d3ZoomWithoutTransitionsPlugin('/stand-in.ts');
  assert.throws(
    () => plugin.resolveId('d3-transition', '/node_modules/d3-brush/dist/d3-brush.mjs'),
    /replaced for d3-zoom only/,
  );
  plugin.transform(zoom.code, zoom.file);
  assert.equal(plugin.resolveId('d3-transition', zoom.file), '/stand-in.ts');
});

test('a real vite build fails with the message when d3-interpolate changes', async () => {
  const work = join(root, '.tmp', `vendor-transforms-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const entry = join(work, 'entry.js');
  writeFileSync(entry, "import { interpolateZoom } from 'd3-interpolate';\nglobalThis.probe = interpolateZoom;\n");
  const options = (plugins) => ({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins,
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: () => 'entry.js' } },
  });
  // What an update of d3-interpolate could bring: a top-level call nobody reviewed.
  const update = {
    name: 'pretend-update',
    enforce: 'pre',
    transform: (code, id) =>
      id.includes('d3-interpolate') ? code.replace(/^var rgb = /m, 'var cache = setUp();\nvar rgb = ') : null,
  };
  try {
    const [output] = [await build(options([d3InterpolatePurePlugin()]))].flat();
    assert.doesNotMatch(output.output[0].code, /function rgbGamma/, 'the colour factories dropped out');
    await assert.rejects(
      build(options([update, d3InterpolatePurePlugin()])),
      /d3-interpolate-pure: top-level call\(s\) not reviewed: cache/,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
