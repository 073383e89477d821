/**
 * Third-party code that the build changes, and the checks that keep each change honest.
 *
 * Each one was measured on the built pages (gzip, `node bench/run.js --only size`) or exists
 * for a promise the library makes; each throws, and so stops `npm run build`, when the code
 * it expects is not there, rather than ship something that only looks the same. When one of
 * these throws after an update: read the package's new code, then update the check (or drop
 * the transform if it is no longer needed). The d3-selection slimming lives in
 * scripts/d3-selection-slim.js because the test runner uses it too.
 *
 * Measured 4/12/2026, what each would cost if removed (the map page, `spaces.js` and its
 * chunks; `all.js` and `lamtheo.iife.js` grow by about as much, other pages not at all):
 * d3-transition stand-in +9.3 kB, d3-interpolate pure factories +4.4 kB (only +0.1 kB once the
 * stand-in is gone, since d3-transition needs d3-color anyway), d3-selection slimming +2.4 kB,
 * all three +11.5 kB. zod kept off globalThis: ±0 kB (it is there for the promise, not weight).
 */

const fail = (what, message) => {
  throw new Error(`${what}: ${message} (see scripts/vendor-transforms.js)`);
};

// ---------------------------------------------------------------------------------------------
// zod off globalThis

/**
 * zod keeps its config and schema registry on globalThis (`__zod_globalConfig`,
 * `__zod_globalRegistry`) so that copies of zod in one page share them. lamtheo promises a
 * portal that it adds no globals besides its elements (test/embed/one-tag.test.ts checks the
 * built page), and it must not share a config with a portal's own zod either: a portal script
 * calling `z.config(…)` (a locale, `customError`, `jitless`) would change how lamtheo checks
 * and words its data. In the bundles both live in an object private to the module instead.
 */
export const isZodModule = (id) => /[\\/]node_modules[\\/]zod[\\/].*\.m?js(\?.*)?$/.test(id);

/** The zod files expected to hold the globals, and the global each one must define. */
export const zodGlobalHomes = [
  { file: /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js(\?.*)?$/, global: '__zod_globalConfig' },
  { file: /[\\/]zod[\\/]v4[\\/]core[\\/]registries\.js(\?.*)?$/, global: '__zod_globalRegistry' },
];

/**
 * The module's code with every `globalThis` of zod's shared state replaced by a
 * module-scoped object, or null when there is nothing to change. Throws when zod uses
 * `globalThis` for anything else (renaming that would break it), or when a file expected to
 * hold a global no longer does.
 */
export function zodWithoutGlobals(code, id) {
  const home = zodGlobalHomes.find((entry) => entry.file.test(id));
  if (home && !new RegExp(`globalThis\\)?\\.${home.global}\\b`).test(code))
    fail('zod-without-globals', `${id} no longer defines globalThis.${home.global}`);
  if (!code.includes('globalThis')) return null;
  for (const match of code.matchAll(/globalThis(\)?\.__zod_\w+)?/g))
    if (!match[1]) {
      const line = code.slice(0, match.index).split('\n').length;
      fail('zod-without-globals', `${id}:${line} uses globalThis for something other than __zod_ state`);
    }
  return `const __lamtheoZodScope = {};\n${code.replaceAll('globalThis', '__lamtheoZodScope')}`;
}

// ---------------------------------------------------------------------------------------------
// d3-interpolate's colour factories marked pure

/**
 * d3-interpolate ships as one file whose top level builds its colour interpolators by
 * calling factories (`var rgb = (function rgbGamma(y) {…})(1)`). A bundler must keep calls it
 * cannot prove pure, and with them all of d3-color, although the map uses only
 * `interpolateZoom` (through d3-zoom). These calls were read and are pure (each returns a
 * function and touches nothing else): marked `/*#__PURE__*\/`, the unused ones and d3-color
 * drop out. A top-level call not in this list, or one of these missing, stops the build: a
 * new call might have effects that must stay.
 */
export const pureInterpolateFactories = [
  'rgb',
  'rgbBasis',
  'rgbBasisClosed',
  'interpolateTransformCss',
  'interpolateTransformSvg',
  'zoom',
  'hsl_default',
  'hslLong',
  'hcl_default',
  'hclLong',
  'cubehelix_default',
  'cubehelixLong',
];

export const isD3Interpolate = (id) => /d3-interpolate[\\/]dist[\\/][^\\/]+\.mjs(\?.*)?$/.test(id);

/** The module's code with the reviewed factory calls marked pure. */
export function markInterpolatePure(code) {
  const topLevelCall = /^(var ([\w$]+) = )(?=\(function|[\w$]+\()/gm;
  const found = [...code.matchAll(topLevelCall)].map((match) => match[2]);
  const unknown = found.filter((name) => !pureInterpolateFactories.includes(name));
  const missing = pureInterpolateFactories.filter((name) => !found.includes(name));
  if (unknown.length) fail('d3-interpolate-pure', `top-level call(s) not reviewed: ${unknown.join(', ')}`);
  if (missing.length) fail('d3-interpolate-pure', `expected top-level call(s) not found: ${missing.join(', ')}`);
  return code.replace(topLevelCall, '$1/*#__PURE__*/ ');
}

// ---------------------------------------------------------------------------------------------
// d3-zoom without d3-transition

/** What src/components/spaces/zoom-without-transitions.ts gives d3-zoom in place of d3-transition. */
export const transitionStandIn = ['interrupt'];

export const isD3Zoom = (id) => /[\\/]node_modules[\\/]d3-zoom[\\/].*\.m?js(\?.*)?$/.test(id);

/**
 * Checks that d3-zoom needs from d3-transition only what the stand-in gives: it imports
 * `interrupt` and nothing else, and starts a transition (`.transition(`) only in its
 * double-click handler, which the map turns off (`.on('dblclick.zoom', null)` in
 * src/components/spaces/viewport.ts). Throws otherwise.
 */
export function checkZoomTransitions(code, id = 'd3-zoom') {
  const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]d3-transition['"]/g)];
  if (imports.length !== 1) fail('d3-zoom-without-transitions', `${id} no longer imports d3-transition as expected`);
  const names = imports[0][1]
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/)[0])
    .filter(Boolean);
  const extra = names.filter((name) => !transitionStandIn.includes(name));
  if (extra.length) fail('d3-zoom-without-transitions', `${id} imports ${extra.join(', ')} from d3-transition`);
  const start = code.indexOf('function dblclicked(');
  const end = start < 0 ? -1 : code.indexOf('\n  function ', start + 1);
  if (start < 0 || end < 0) fail('d3-zoom-without-transitions', `${id} has no dblclicked handler where expected`);
  for (const match of code.matchAll(/\.transition\(/g))
    if (match.index < start || match.index > end)
      fail('d3-zoom-without-transitions', `${id} starts a transition outside its double-click handler`);
}

// ---------------------------------------------------------------------------------------------
// The vite plugins

/** zod off globalThis; at the end of a build that bundled zod, both expected homes were seen. */
export function zodWithoutGlobalsPlugin() {
  let zodSeen = false;
  let homesSeen = new Set();
  return {
    name: 'lamtheo:zod-without-globals',
    buildStart() {
      zodSeen = false;
      homesSeen = new Set();
    },
    transform(code, id) {
      if (!isZodModule(id)) return null;
      zodSeen = true;
      for (const home of zodGlobalHomes) if (home.file.test(id)) homesSeen.add(home.global);
      const result = zodWithoutGlobals(code, id);
      return result === null ? null : { code: result, map: null };
    },
    buildEnd(error) {
      if (error || !zodSeen) return;
      const missing = zodGlobalHomes.filter((home) => !homesSeen.has(home.global)).map((home) => home.global);
      if (missing.length)
        fail('zod-without-globals', `zod was bundled but the file defining ${missing.join(', ')} was not`);
    },
  };
}

/** d3-interpolate's reviewed factory calls marked pure. */
export function d3InterpolatePurePlugin() {
  return {
    name: 'lamtheo:d3-interpolate-pure-factories',
    transform: (code, id) => (isD3Interpolate(id) ? { code: markInterpolatePure(code), map: null } : null),
  };
}

/**
 * `d3-transition` resolves to the stand-in, and only for a d3-zoom file that passed
 * `checkZoomTransitions`: any other importer of d3-transition stops the build.
 */
export function d3ZoomWithoutTransitionsPlugin(standIn) {
  const checked = new Set();
  return {
    name: 'lamtheo:d3-zoom-without-transitions',
    enforce: 'pre',
    transform(code, id) {
      if (!isD3Zoom(id) || !/['"]d3-transition['"]/.test(code)) return null;
      checkZoomTransitions(code, id);
      checked.add(id.replace(/\?.*$/, ''));
      return null;
    },
    resolveId(source, importer) {
      if (source !== 'd3-transition') return null;
      if (!importer || !checked.has(importer.replace(/\?.*$/, '')))
        fail(
          'd3-zoom-without-transitions',
          `${importer ?? 'an entry'} imports d3-transition, replaced for d3-zoom only`,
        );
      return standIn;
    },
  };
}
