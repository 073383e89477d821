/**
 * The loading views of the widgets: grey bars in the shape of what is coming, in the space it
 * will take (internal/reserve.ts has the figures; styles/views.ts lays them out). No text, no
 * parts, no roles: a skeleton also stays, invisible, under the ready view so that a widget never
 * shrinks below what it reserved (see `LamtheoDataElement`).
 */
import { html, nothing, type TemplateResult } from 'lit';

/**
 * How many figures a grid reserves for: its `metrics` ids, else two. internal/reserve.ts counts
 * the same for undefined tags (repeated there: the one-tag loader must not share a chunk with
 * the widgets, which would cost a round trip before anything is reserved).
 */
function metricCount(metrics: string | undefined): number {
  return (metrics ?? '').split(/\s+/).filter(Boolean).length || 2;
}

const bone = (kind: string) => html`<span class="bone bone--${kind}"></span>`;
const times = (n: number, what: () => TemplateResult) => Array.from({ length: n }, what);

/** A few lines: the skeleton of a widget that has none of its own. */
export function plainSkeleton(): TemplateResult {
  return html`<div class="sk sk-plain">${bone('line')}${bone('line')}${bone('small')}</div>`;
}

/** One figure: the number, its label and one more line; or the row of an odometer. */
function card(odometer: boolean): TemplateResult {
  return odometer
    ? html`<div class="sk sk-odometer">${bone('label')}${bone('count')}</div>`
    : html`<div class="sk sk-card">${bone('figure')}${bone('line')}${bone('small')}</div>`;
}

export interface CounterShape {
  variant?: string;
  compact: boolean;
}

/** `<lamtheo-counter>`: one figure and, unless compact, the "Nguồn số liệu" line. */
export function counterSkeleton({ variant, compact }: CounterShape): TemplateResult {
  return html`${card(variant === 'odometer')}${compact ? nothing : bone('details')}`;
}

/**
 * `<lamtheo-counter-grid>`: its heading, one card per id of `metrics` in the grid's own list
 * layout (so the columns are those of the figures), and the "Nguồn số liệu" line.
 */
export function gridSkeleton({
  variant,
  compact,
  heading,
  metrics,
}: CounterShape & { heading?: string; metrics?: string }) {
  const odometer = variant === 'odometer';
  return html`<div class="box ${odometer ? 'odometer' : ''}">
    ${heading ? html`<div class="heading">${bone('heading')}</div>` : nothing}
    <div class="list">${times(metricCount(metrics), () => html`<div class="item">${card(odometer)}</div>`)}</div>
    ${compact ? nothing : bone('details')}
  </div>`;
}

/** `<lamtheo-commendation-table>`: the search box, the count, the header row and ten rows. */
export function tableSkeleton(): TemplateResult {
  return html`<div class="sk sk-table">
    ${bone('label')}${bone('input')}${bone('line')}${bone('head')}${times(10, () => bone('row'))}
  </div>`;
}

/** `<lamtheo-pledge-form>`: the title, a sentence, and the first fields. */
export function formSkeleton(): TemplateResult {
  return html`<div class="sk sk-form">
    ${bone('title')}${bone('line')}${times(4, () => html`${bone('label')}${bone('input')}`)}${bone('button')}
  </div>`;
}

/** `<lamtheo-pledge-list>`: the search box, the count and the first entries. */
export function listSkeleton(): TemplateResult {
  return html`<div class="sk sk-list">
    ${bone('label')}${bone('input')}${bone('small')}${times(4, () => html`${bone('title')}${bone('line')}${bone('small')}`)}
  </div>`;
}

/** `<lamtheo-space-map>`: the summary, the kind filters, the map's box and the first entries of its list. */
export function mapSkeleton(): TemplateResult {
  return html`<div class="sk sk-map">
    <div class="sk-map-top">${bone('line')}${bone('chips')}</div>
    <div class="sk-map-layout">
      <span class="bone bone--map"></span>
      <div class="sk-map-list">${times(5, () => bone('entry'))}</div>
    </div>
  </div>`;
}
