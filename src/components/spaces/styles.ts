import { css } from 'lit';

/*
 * Notes kept out of the CSS text (Lit ships it as written):
 * - The list's items have no content-visibility: Chromium leaves skipped items out of the
 *   accessibility tree (empty buttons to a screen reader until the map is scrolled into
 *   view). Measured with 10,000 spaces: no cost (first page 40 items, "Xem thêm" 200 more).
 * - Links from data use the widget's tokens (a portal's contrast mode sets them), never the
 *   browser's dark blue.
 * - Forced colours keep a ward's fill but would empty a swatch's background: both are drawn
 *   unforced, in steps from the system's Canvas to its CanvasText, so the legend matches the
 *   wards in any high-contrast theme.
 */

export const spaceMapStyles = css`
  :host {
    --_map-height: var(--lamtheo-map-height, 28em);
    --_cov0: var(--lamtheo-coverage-0, var(--_subtle));
    --_cov1: var(--lamtheo-coverage-1, color-mix(in srgb, var(--_accent) 18%, var(--_bg)));
    --_cov2: var(--lamtheo-coverage-2, color-mix(in srgb, var(--_accent) 34%, var(--_bg)));
    --_cov3: var(--lamtheo-coverage-3, color-mix(in srgb, var(--_accent) 52%, var(--_bg)));
    --_cov4: var(--lamtheo-coverage-4, color-mix(in srgb, var(--_accent) 72%, var(--_bg)));
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--_gap);
  }
  @container (min-width: 44em) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(14em, 1fr);
    }
  }
  .summary {
    margin: 0 0 0.5em;
  }
  .summary .spaces {
    display: block;
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em;
    margin: 0 0 0.5em;
    padding: 0;
    list-style: none;
  }
  .kinds button {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    font: inherit;
    font-size: 0.9em;
    padding: 0.2em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_bg);
    color: inherit;
    cursor: pointer;
  }
  .kinds button[aria-pressed='false'] {
    opacity: 0.6;
    text-decoration: line-through;
  }
  .symbol {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.15em;
  }
  .map {
    position: relative;
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
    touch-action: none;
  }
  .map svg,
  .map canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .map canvas {
    pointer-events: none;
    /* Read by drawCanvas (no border or outline is drawn): disc, text and halo colours. */
    color: var(--_fg);
    border-color: var(--_bg);
    outline-color: var(--_focus);
  }
  .ward {
    stroke: var(--_fg);
    stroke-opacity: 0.55;
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .ward.selected {
    stroke: var(--_focus);
    stroke-opacity: 1;
    stroke-width: 3;
  }
  .cov-0 {
    fill: var(--_cov0);
    background: var(--_cov0);
  }
  .cov-1 {
    fill: var(--_cov1);
    background: var(--_cov1);
  }
  .cov-2 {
    fill: var(--_cov2);
    background: var(--_cov2);
  }
  .cov-3 {
    fill: var(--_cov3);
    background: var(--_cov3);
  }
  .cov-4 {
    fill: var(--_cov4);
    background: var(--_cov4);
  }
  .marker,
  .cluster {
    cursor: pointer;
    outline: none;
  }
  .marker path {
    stroke: var(--_bg);
    stroke-width: 1.2;
  }
  .halo {
    fill: transparent;
  }
  .selected .halo {
    fill: var(--_focus);
    fill-opacity: 0.35;
  }
  .marker:focus-visible .halo,
  .cluster:focus-visible .halo {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .disc {
    fill: var(--_bg);
  }
  .cluster text {
    font-size: 11px;
    font-weight: bold;
    fill: var(--_fg);
  }
  .controls {
    position: absolute;
    top: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    gap: 0.25em;
  }
  .controls button {
    font: inherit;
    min-width: 2.2em;
    min-height: 2.2em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: inherit;
    cursor: pointer;
  }
  .attribution {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    padding: 0.1em 0.4em;
    font-size: 0.75em;
    background: color-mix(in srgb, var(--_bg) 85%, transparent);
  }
  .coverage {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .coverage .class {
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 1px solid var(--_border);
    vertical-align: -0.15em;
  }
  .side {
    display: grid;
    gap: var(--_gap);
    align-content: start;
    min-width: 0;
  }
  .side h3 {
    margin: 0 0 0.3em;
    font-size: 1.05em;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 0.8em;
    background: var(--_subtle);
    overflow-wrap: anywhere;
  }
  .panel dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2em 0.6em;
    margin: 0;
  }
  .panel dt {
    color: var(--_muted);
  }
  .panel dd {
    margin: 0;
  }
  .panel h4 {
    margin: 0.6em 0 0.2em;
    font-size: 1em;
  }
  .photos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(7em, 1fr));
    gap: 0.4em;
  }
  .photos figure {
    margin: 0;
  }
  .photos img {
    width: 100%;
    height: auto;
  }
  .close {
    float: inline-end;
  }
  /* Beside the close button, not under it. */
  .panel > .part-missing {
    display: flow-root;
  }
  .list {
    position: relative;
    max-height: var(--_map-height);
    overflow: auto;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list button,
  .plain button {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    width: 100%;
    font: inherit;
    text-align: start;
    padding: 0.3em 0.4em;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .list button[aria-current='true'] {
    background: color-mix(in srgb, var(--_focus) 18%, var(--_bg));
    outline: 1px solid var(--_focus);
  }
  .list .where {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .list .online {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    padding: 0.3em 0.4em;
  }
  .list .online .name {
    flex: 1;
    min-width: 0;
  }
  .list .online button {
    display: inline;
    width: auto;
    padding: 0;
    color: var(--_focus);
    text-decoration: underline;
  }
  .nb {
    white-space: nowrap;
  }
  a {
    color: var(--_focus);
  }
  .admin {
    margin-top: 0.5em;
    color: var(--_warn);
  }
  .admin ul {
    color: var(--_fg);
  }
  @media (forced-colors: active) {
    :host {
      --_cov0: Canvas;
      --_cov1: color-mix(in srgb, CanvasText 20%, Canvas);
      --_cov2: color-mix(in srgb, CanvasText 40%, Canvas);
      --_cov3: color-mix(in srgb, CanvasText 60%, Canvas);
      --_cov4: color-mix(in srgb, CanvasText 80%, Canvas);
    }
    .ward,
    .swatch {
      forced-color-adjust: none;
    }
    .swatch {
      border-color: CanvasText;
    }
    .ward {
      stroke: CanvasText;
    }
    .selected .halo {
      fill: Highlight;
    }
  }
`;
