/**
 * Stands in for `d3-transition` inside d3-zoom (in the build through
 * scripts/vendor-transforms.js, which stops the build if d3-zoom ever needs more from
 * d3-transition than this gives; in the test runner through web-test-runner.config.js). d3-zoom imports d3-transition only to stop transitions that are running on the
 * map box when a gesture starts (`interrupt(node)`, `selection.interrupt()`); the whole
 * package comes with it, and with it d3-color, d3-ease and most of d3-interpolate
 * (≈ 9 kB gzip of the map's chunk). The map never starts a transition (zoom steps are
 * immediate, which also suits reduced motion), so there is never one to interrupt.
 */
import { selection } from 'd3-selection';

/** Nothing runs on a node unless a transition was started on it, and none is. */
export function interrupt(): void {}

// `zoom.transform(selection, …)` calls `selection.interrupt()`; this copy of d3-selection is
// lamtheo's own (bundled), so the prototype of a page's d3 is untouched.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
