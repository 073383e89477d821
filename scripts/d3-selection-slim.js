/**
 * d3-selection ships as one file whose `Selection.prototype` is one object literal holding
 * every method (data joins, enter/exit, attr, text, html, append, sort…). A bundler cannot
 * drop methods of a literal, so all of d3-selection comes with d3-zoom although the map
 * only zooms: about 3 kB gzip of the map's chunk.
 *
 * This transform keeps the methods that d3-zoom, d3-drag and lamtheo call, and no others.
 * It runs in the build (vite.config.ts) and in the tests (web-test-runner.config.js), so
 * the tests drive the same slim selection the widgets ship with. If d3-selection's file
 * ever changes shape, the transform throws rather than ship something different.
 */

/**
 * The methods kept. d3-zoom: `property`, `on`, `filter`, `style`, `each`, `datum`, `call`
 * (and `interrupt`, added by zoom-without-transitions.ts); d3-drag: `on`, `filter`, `style`,
 * `call`; their getters read `node`. d3-zoom's `transition()` is reached only from its
 * double-click handler, which the map turns off.
 */
export const keptSelectionMethods = [
  'constructor',
  'call',
  'node',
  'each',
  'filter',
  'style',
  'property',
  'datum',
  'on',
];

/** True for d3-selection's module file, as a bundler or the test server names it. */
export const isD3Selection = (id) => /d3-selection[\\/]dist[\\/]d3-selection\.mjs(\?.*)?$/.test(id);

/** The module's code with only the kept methods on `Selection.prototype`. */
export function slimSelection(code) {
  const opening = 'Selection.prototype = selection.prototype = {';
  const start = code.indexOf(opening);
  const end = start < 0 ? -1 : code.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error('d3-selection-slim: Selection.prototype literal not found');
  const lines = code.slice(start + opening.length, end).split('\n');
  const kept = lines.filter((line) => {
    const name = /^\s*([\w$]+|\[Symbol\.iterator\])\s*:/.exec(line)?.[1];
    return name === undefined || keptSelectionMethods.includes(name);
  });
  const names = kept.map((line) => /^\s*([\w$]+)\s*:/.exec(line)?.[1]).filter(Boolean);
  const missing = keptSelectionMethods.filter((name) => !names.includes(name));
  if (missing.length) throw new Error(`d3-selection-slim: no ${missing.join(', ')} in Selection.prototype`);
  return code.slice(0, start + opening.length) + kept.join('\n').replace(/,\s*$/, '') + code.slice(end);
}
