/**
 * The markup of one metric, shared by `<lamtheo-counter>` and `<lamtheo-counter-grid>`.
 * What is seen is `aria-hidden`; screen readers get the one sentence of `describeMetric`
 * (and the sparkline's own label). Provenance and data warnings sit in a disclosure.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadedDataset } from '../../data/read.js';
import type { Provenance } from '../../schema/index.js';
import type { line } from 'd3-shape';
import { barShare, sparklinePath } from './figures.js';
import { formatPartialDate, type MetricView } from './describe.js';

/** The looks of a counter: a figure, a figure with a ring, or the rolling digits of a visit counter. */
export const counterVariants = ['plain', 'progress', 'odometer'] as const;
export type CounterVariant = (typeof counterVariants)[number];

export function toVariant(value: string | null | undefined): CounterVariant {
  return (counterVariants as readonly string[]).includes(value ?? '') ? (value as CounterVariant) : 'plain';
}

export interface CardOptions {
  variant: CounterVariant;
  compact: boolean;
  /** The longest text the figure has shown: a shorter value keeps its width (no layout shift). */
  widest: string;
  /** The history's line (shown-metrics.ts: drawn once d3-shape is here), or nothing. */
  sparkline: unknown;
}

/** The text to keep the width of: the longer of the widest so far and the current one. */
export function widerText(widest: string | undefined, text: string): string {
  return widest !== undefined && widest.length > text.length ? widest : text;
}

/**
 * The number: final text (sizes the box, read by everyone) and the animation overlay, in one
 * grid cell. When the value has been longer before, an invisible copy of that text keeps the
 * cell as wide (no style attribute: a strict Content-Security-Policy refuses those).
 */
export function figure(view: MetricView, options: CardOptions): TemplateResult {
  return html`<span
    class="figure"
    part="figure"
    data-count=${view.value}
    data-kind=${view.kind}
    data-digits=${view.digits}
    data-variant=${options.variant}
    >${
      options.widest !== view.valueText
        ? html`<span class="reserve" aria-hidden="true">${options.widest}</span>`
        : nothing
    }<span class="final" part="value">${view.valueText}</span><span class="rolling"><span class="count"></span></span
  ></span>`;
}

function ring(share: number): TemplateResult {
  const filled = barShare(share) * 100;
  return html`<svg class="ring" part="ring" viewBox="0 0 36 36" aria-hidden="true">
    <circle class="ring-track" cx="18" cy="18" r="15.5" pathLength="100"></circle>
    <circle class="ring-fill" cx="18" cy="18" r="15.5" pathLength="100" stroke-dasharray="${filled} 100"></circle>
  </svg>`;
}

function target(view: MetricView, options: CardOptions): TemplateResult | typeof nothing {
  const t = view.target;
  if (!t) return nothing;
  const ratio = `${view.valueText}/${t.text}`;
  return html`<span class="target" part="target"
      >${ratio}${t.shareText ? html` · <b>${t.shareText}</b>` : nothing}</span
    >
    ${
      options.variant === 'progress'
        ? nothing
        : html`<svg class="bar" part="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
            <rect class="bar-track" width="100" height="4"></rect>
            <rect class="bar-fill" width=${barShare(t.share) * 100} height="4"></rect>
          </svg>`
    }`;
}

function change(view: MetricView): TemplateResult | typeof nothing {
  const c = view.change;
  if (!c) return nothing;
  const arrow = c.direction === 'up' ? '▲' : c.direction === 'down' ? '▼' : '';
  return html`<span class="change change--${c.direction}" part="change"
    >${c.fromText} →
    ${view.valueText}${c.ratioText ? html` <b>${arrow} ${c.ratioText}</b>` : nothing}${
      c.since ? html` <span class="since">(${c.since})</span>` : nothing
    }</span
  >`;
}

/**
 * The history as a small line, labelled for screen readers with every point: drawn with
 * d3-shape's `line` (downloaded when needed, shown-metrics.ts); its empty box until then, and
 * only its label (`hidden`) when d3-shape could not be downloaded.
 */
export function sparkline(
  view: MetricView,
  makeLine: typeof line | undefined,
  hidden = false,
): TemplateResult | typeof nothing {
  if (!view.history) return nothing;
  const d = makeLine ? sparklinePath(view.history.values, 100, 24, makeLine) : '';
  return html`<svg
    class="sparkline ${hidden ? 'visually-hidden' : ''}"
    part="sparkline"
    viewBox="0 0 100 24"
    preserveAspectRatio="none"
    role="img"
    aria-label=${view.history.description}
  >
    ${svg`<path d=${d} vector-effect="non-scaling-stroke"></path>`}
  </svg>`;
}

/** One metric: the seen part (aria-hidden), the sentence, the sparkline. */
export function metricCard(view: MetricView, options: CardOptions): TemplateResult {
  const { variant, compact } = options;
  const number = html`<span class="line"
    >${view.qualifier ? html`<span class="qualifier" part="qualifier">${view.qualifier}</span> ` : nothing}${figure(
      view,
      options,
    )}${view.unit ? html` <span class="unit" part="unit">${view.unit}</span>` : nothing}</span
  >`;
  return html`<div class="seen" aria-hidden="true">
      ${variant === 'progress' && view.target ? ring(view.target.share ?? 0) : nothing}
      <div class="text">
        ${variant === 'odometer' ? html`<span class="label" part="label-text label">${view.label}</span>${number}` : html`${number}<span class="label" part="label-text label">${view.label}</span>`}
        ${view.counted ? html`<span class="counted" part="counted">${view.counted.words}</span>` : nothing}
        ${target(view, options)}
        ${
          compact
            ? nothing
            : html`${change(view)}
              ${
                view.breakdown
                  ? html`<span class="breakdown" part="breakdown"
                      >${view.breakdown.map((p, i) => html`${i ? ' + ' : ''}<span>${p.valueText} ${p.label}</span>`)}</span
                    >`
                  : nothing
              }
              ${view.period ? html`<span class="period" part="period">${view.period}</span>` : nothing}`
        }
      </div>
    </div>
    <span class="visually-hidden" part="sentence">${view.sentence}</span>
    ${compact ? nothing : options.sparkline}`;
}

/** The warnings of the data layer about metric number `index` (a derived value that differs from the stated one). */
export function warningsFor(data: LoadedDataset, index: number): LoadedDataset['warnings'] {
  const prefixes = [`metrics[${index}]`, `metrics.${index}`];
  return data.warnings.filter((w) =>
    prefixes.some((p) => w.path === p || w.path.startsWith(`${p}.`) || w.path.startsWith(`${p}[`)),
  );
}

export interface DetailsContent {
  provenance?: Provenance;
  language: string;
  /** Lines about the figures for visitors: derived values, the data's own notes. */
  notes: string[];
  /** The data layer's warnings: for the administrator, folded apart with their place in the file. */
  warnings: LoadedDataset['warnings'];
}

/** "Nguồn số liệu": publisher, source, the date the figures hold, notes, and the warnings apart; on demand. */
export function provenanceDetails({
  provenance: p,
  language,
  notes,
  warnings,
}: DetailsContent): TemplateResult | typeof nothing {
  if (!p && notes.length === 0 && warnings.length === 0) return nothing;
  const source = p?.source;
  return html`<details class="details" part="details">
    <summary>${msg('Nguồn số liệu')}</summary>
    <dl>
      ${
        p
          ? html`<dt>${msg('Đơn vị công bố')}</dt>
              <dd>${p.publisher}</dd>
              <dt>${msg('Số liệu tính đến')}</dt>
              <dd>${formatPartialDate(p.asOf, language)}</dd>`
          : nothing
      }
      ${
        source
          ? html`<dt>${msg('Tài liệu')}</dt>
              <dd>
                ${source.url ? html`<a href=${source.url} rel="noopener">${source.title}</a>` : source.title}${
                  source.date ? ` (${formatPartialDate(source.date, language)})` : nothing
                }
              </dd>`
          : nothing
      }
      ${
        p?.download
          ? html`<dt>${msg('Dữ liệu')}</dt>
              <dd><a href=${p.download} download>${msg('Tải dữ liệu')}</a></dd>`
          : nothing
      }
    </dl>
    ${
      notes.length
        ? html`<ul class="notes" part="notes">
            ${notes.map((n) => html`<li>${n}</li>`)}
          </ul>`
        : nothing
    }
    ${
      warnings.length
        ? html`<details class="admin" part="warnings">
            <summary>${msg('Chi tiết cho quản trị viên')}</summary>
            <ul>
              ${warnings.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
            </ul>
          </details>`
        : nothing
    }
  </details>`;
}

/** Notes for one metric, for visitors: how it was computed, and the data's own note. */
export function metricNotes(view: MetricView): string[] {
  const notes: string[] = [];
  if (view.derived) notes.push(msg(str`${view.label}: tính tự động từ danh sách trong dữ liệu.`));
  if (view.note) notes.push(view.note);
  return notes;
}
