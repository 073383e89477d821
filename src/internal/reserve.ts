/**
 * The space each widget takes before its data has come (and before its code has: the one-tag
 * loader styles the undefined tags with the same figures), so that loading, error and ready
 * views never move the page. Every size is in em of the widget's own text, so the reservation
 * follows the portal's A- / A+ buttons.
 *
 * The skeletons of the loading views (internal/skeletons.ts, laid out by styles/views.ts) have
 * these heights, and `undefinedTagsCss` writes the same for `:not(:defined)` tags: both must
 * give one height, or the page moves when the code arrives (test/embed/steady-loading.test.ts
 * compares them). Only the one-tag loader imports this module, so that it stays inside
 * lamtheo.js: a chunk shared with the widgets would cost a round trip before anything is reserved.
 */

/** Set by the loader on a tag whose code could not come or could not run (autoloader.ts). */
export const unavailableAttribute = 'lamtheo-unavailable';

/** Heights in em. */
export const reserve = {
  /** The line of a counter's figure (2.2em digits, line height 1.1, with a unit beside). */
  figure: 2.5,
  /** A line of text (line height 1.5). */
  line: 1.5,
  /** A line of 0.9em text: a target, change, breakdown or period. */
  small: 1.35,
  /** The gap between the lines of a counter. */
  gap: 0.2,
  /** The "Nguồn số liệu" line under counters: 0.4em above a line of 0.85em text. */
  details: 1.675,
  /** The label and figure side by side of an odometer row. */
  odometer: 1.6,
  /** A grid's heading: 1.2em text, line height 1.3, 0.5em (of 1.2em) below. */
  heading: 2.16,
  /** The commendation table: its controls, summary, caption and about ten rows. */
  table: 30,
  /** The pledge form: its title and its first fields. */
  form: 30,
  /** The pledge list: its search box and its first entries. */
  list: 24,
  /** Above the map: its summary line and its row of kind filters. */
  mapTop: 4.25,
  /** Under the map while the list is below it (narrower than 44em): the first entries. */
  mapList: 12,
} as const;

/** A counter card: the figure, its label and one more line (target, change, breakdown or period). */
export const cardHeight = reserve.figure + reserve.gap + reserve.line + reserve.gap + reserve.small;

/** Every lamtheo tag the loader defines. */
const tags = [
  'lamtheo-counter',
  'lamtheo-counter-grid',
  'lamtheo-commendation-table',
  'lamtheo-pledge-form',
  'lamtheo-pledge-list',
  'lamtheo-space-map',
];

/** How many figures a grid reserves for: its `metrics` ids, else two (as internal/skeletons.ts). */
function metricCount(metrics: string): number {
  return metrics.split(/\s+/).filter(Boolean).length || 2;
}

/** The gap and the narrowest column of a counter grid (its --lamtheo-space and --lamtheo-counter-min-width). */
const gridGap = 'var(--lamtheo-space, 0.75em)';
const gridColumn = 'var(--lamtheo-counter-min-width, 13em)';

/**
 * CSS for the lamtheo tags that are not defined yet: each takes the block size its loading view
 * will take. Only `lamtheo-*:not(:defined)` selectors: nothing else in the page is touched.
 * `grids` gives the `metrics` attribute values of the grids in the page (the count of figures
 * decides the rows).
 */
export function undefinedTagsCss(grids: Iterable<string> = []): string {
  const u = ':not(:defined)';
  const failed = `[${unavailableAttribute}]${u}`;
  const em = (n: number) => `${+n.toFixed(3)}em`;
  const rules = [
    `${tags.map((tag) => `${tag}${u}`).join()}{display:block}`,
    `lamtheo-counter${u}{min-block-size:${em(cardHeight + reserve.details)}}`,
    `lamtheo-counter[compact]${u}{min-block-size:${em(cardHeight)}}`,
    `lamtheo-counter[variant=odometer]${u}{min-block-size:${em(reserve.odometer + reserve.details)}}`,
    `lamtheo-counter[variant=odometer][compact]${u}{min-block-size:${em(reserve.odometer)}}`,
    `lamtheo-commendation-table${u}{min-block-size:${em(reserve.table)}}`,
    `lamtheo-pledge-form${u}{min-block-size:${em(reserve.form)}}`,
    `lamtheo-pledge-list${u}{min-block-size:${em(reserve.list)}}`,
    // The map and the grid lay out by their own width: the box they reserve is a ::before
    // that queries the tag itself.
    `lamtheo-space-map${u},lamtheo-counter-grid${u}{container-type:inline-size}`,
    `lamtheo-space-map${u}::before{content:"";display:block;block-size:calc(${em(reserve.mapTop)} + var(--lamtheo-map-height, 28em) + 2px + ${gridGap} + ${em(reserve.mapList)})}`,
    `@container (min-width:44em){lamtheo-space-map${u}::before{block-size:calc(${em(reserve.mapTop)} + var(--lamtheo-map-height, 28em) + 2px)}}`,
    // Grid: heading, rows of figures (one column under 30em, then as many 13em columns as fit),
    // source line. A figure in a grid reserves two lines for its label (styles/views.ts).
    `lamtheo-counter-grid${u}{--lamtheo-reserve-count:2}`,
    ...[...new Set(grids)].map(
      (value) =>
        `lamtheo-counter-grid[metrics="${cssString(value)}"]${u}{--lamtheo-reserve-count:${metricCount(value)}}`,
    ),
    `lamtheo-counter-grid${u}::before{content:"";display:block;` +
      `--_item:calc(${em(cardHeight + reserve.line + 1.2)} + 2px);--_gap:${gridGap};--_head:0em;--_foot:${em(reserve.details)};--_cols:1;` +
      `--_rows:round(up,var(--lamtheo-reserve-count)/var(--_cols));` +
      `block-size:calc(var(--_head) + var(--_rows)*var(--_item) + (var(--_rows) - 1)*var(--_gap) + var(--_foot))}`,
    `lamtheo-counter-grid[heading]${u}::before{--_head:${em(reserve.heading)}}`,
    `lamtheo-counter-grid[compact]${u}::before{--_foot:0em}`,
    `lamtheo-counter-grid[variant=odometer]${u}::before{--_item:calc(${em(reserve.odometer + 0.7)} + 1px);--_gap:0em}`,
    `@container (min-width:30em){lamtheo-counter-grid:not([variant=odometer])${u}::before{` +
      `--_cols:max(1,round(down,(100cqi + var(--_gap))/(${gridColumn} + var(--_gap)),1))}}`,
    // A tag that says its code could not come takes the height of its words and of what the
    // administrator wrote inside it, no more, set off from the page's text by a rule in its colour;
    // the words start at the rule, whatever first-line indent the portal gives its paragraphs.
    `${tags.map((tag) => `${tag}${failed}`).join()}{display:flow-root;min-block-size:0!important;border-inline-start:.25em solid;padding-inline-start:.75em;text-indent:0}`,
    `lamtheo-space-map${failed}::before,lamtheo-counter-grid${failed}::before{content:none}`,
  ];
  return rules.join('\n');
}

/** An attribute value for a quoted CSS string. */
function cssString(value: string): string {
  return value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}
