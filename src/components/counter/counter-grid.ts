import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { gridSkeleton } from '../../internal/skeletons.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { describeMetric, type MetricView, type ShownMetric } from './describe.js';
import {
  metricCard,
  metricNotes,
  provenanceDetails,
  sparklinesReady,
  toVariant,
  warningsFor,
  widerText,
  type CounterVariant,
} from './card.js';
import { CountUpController } from './count-up.js';
import { selectMetrics } from './select.js';
import { cardStyles } from './styles.js';

/** Time for the live region: the page's clock by default, a fake one in tests. */
export interface AnnounceClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: AnnounceClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

/**
 * Many figures of a dataset as a list under a heading: every metric, or the ones named in
 * `metrics` (in that order), or those with a `tag`, or about one unit (`about`). It lays
 * itself out by its own width (container queries): one column in a sidebar, a grid in
 * the page body. With `variant="odometer"` it is the "Thống kê truy cập" box of a portal.
 *
 * ```html
 * <lamtheo-counter-grid heading="Thống kê truy cập" variant="odometer" announce="dang-truy-cap"
 *   src="/api/visits" live="/api/visits/stream"></lamtheo-counter-grid>
 * ```
 *
 * @summary Several achievement figures as a list, laid out by its own width.
 * @csspart base - The box around the heading, the list and the source.
 * @csspart heading - The heading.
 * @csspart list - The list of figures.
 * @csspart item - One figure (with the parts of `<lamtheo-counter>` inside).
 * @csspart value - A formatted final number.
 * @csspart label - A figure's label.
 * @csspart details - The "Nguồn số liệu" disclosure.
 * @csspart announcement - The polite live region that reads the figures that changed: only those,
 *   at most once every `announce-interval` milliseconds (changes in between are read together,
 *   with their latest values; a figure that went back to what was last read is not read;
 *   `announce` names the figures read).
 * @cssprop --lamtheo-counter-min-width - The narrowest a column of figures gets (default 13em).
 * @fires lamtheo-state - When the state changes (loading, ready, stale, error, empty).
 * @fires lamtheo-error - When the data cannot be shown; `problems` lists why.
 */
export class LamtheoCounterGrid extends LamtheoDataElement {
  static override styles = [
    LamtheoDataElement.styles,
    cardStyles,
    css`
      :host {
        container-type: inline-size;
      }
      .heading {
        margin: 0 0 0.5em;
        font-size: 1.2em;
        font-weight: bold;
        line-height: 1.3;
      }
      .list {
        display: grid;
        gap: var(--_gap);
        grid-template-columns: minmax(0, 1fr);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      @container (min-width: 30em) {
        .list {
          grid-template-columns: repeat(auto-fill, minmax(var(--lamtheo-counter-min-width, 13em), 1fr));
        }
      }
      /* Each card is a container of its own: its width never comes from its content (a long
         figure at 200 % text on a phone), and its figure shrinks to fit it (cardStyles). */
      .item {
        container-type: inline-size;
        min-inline-size: 0;
        padding: 0.6em 0.8em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .odometer .list {
        grid-template-columns: 1fr;
        gap: 0;
      }
      .odometer .item {
        border-width: 0 0 1px;
        border-radius: 0;
        padding: 0.35em 0;
      }
    `,
  ];

  /** Ids of the metrics to show, separated by spaces, in this order. */
  @property() metrics?: string;
  /** Show only the metrics with this tag. */
  @property() tag?: string;
  /** Show only the metrics about this unit (its id). */
  @property() about?: string;
  /** The heading above the list; without it the list is named by the dataset's title. */
  @property() heading?: string;
  /** The level of the heading (2 to 6), to fit the portal's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** `plain`, `progress` or `odometer` for every figure. */
  @property({ reflect: true }) variant: CounterVariant = 'plain';
  /** Only the figures, labels and targets. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Show the final values at once, with no count-up. */
  @property({ type: Boolean, attribute: 'no-animation' }) noAnimation = false;

  /**
   * Ids of the figures whose changes are read out, separated by spaces; all of them when
   * absent. A visit counter reads "Đang truy cập" alone: with each arrival the day's, the
   * month's and the total count change too, and reading them every time is noise.
   */
  @property() announce?: string;
  /** The least time, in milliseconds, between two readings of changed figures (a live visit counter changes every few seconds). */
  @property({ type: Number, attribute: 'announce-interval' }) announceInterval = 12000;
  /** The clock of the live region (a seam for tests). */
  @property({ attribute: false }) clock: AnnounceClock = pageClock;

  @state() private announcement = '';
  /** The values as last read out (or first shown), the figures changed since, and when the last reading was. */
  private announced = new Map<string, number>();
  private pending = new Set<string>();
  private announcedAt = -Infinity;
  private announceTimer?: unknown;

  private views: Array<{ view: MetricView; index: number }> = [];
  private lastValues = new Map<string, number>();
  private widest = new Map<string, string>();

  constructor() {
    super();
    new CountUpController(this);
  }

  private select(data: LoadedDataset) {
    return selectMetrics(data.dataset.metrics ?? [], { ids: this.metrics, tag: this.tag, about: this.about });
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    return this.select(data).missing.map((id) => ({
      path: 'metrics',
      message: msg(str`Không có số liệu "${id}".`),
      code: 'unknown-metric',
      severity: 'error' as const,
    }));
  }

  protected override isEmpty(data: LoadedDataset): boolean {
    return this.select(data).found.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded;
    const shown = (this.state === 'ready' || this.state === 'stale') && data;
    this.views = shown
      ? this.select(data).found.map(({ metric, index }) => ({
          view: describeMetric(metric as ShownMetric, this.language),
          index,
        }))
      : [];
    void sparklinesReady(this.views.map(({ view }) => view))?.then(() => this.requestUpdate());
    for (const { view } of this.views) {
      const last = this.lastValues.get(view.id);
      if (last === undefined) this.announced.set(view.id, view.value);
      else if (last !== view.value && this.announces(view.id)) this.pending.add(view.id);
      this.lastValues.set(view.id, view.value);
      this.widest.set(view.id, widerText(this.widest.get(view.id), view.valueText));
    }
    if (this.pending.size && this.announceTimer === undefined) {
      const wait = this.announcedAt + Math.max(0, this.announceInterval || 0) - this.clock.now();
      if (wait <= 0) this.announceChanges();
      else this.announceTimer = this.clock.setTimeout(() => this.announceChanges(), wait);
    }
  }

  private announces(id: string): boolean {
    return this.announce === undefined || this.announce.split(/\s+/).includes(id);
  }

  /** Reads out, in one polite message, each figure whose value is not the one last read. */
  private announceChanges() {
    this.announceTimer = undefined;
    const sentences: string[] = [];
    for (const { view } of this.views) {
      if (!this.pending.has(view.id) || this.announced.get(view.id) === view.value) continue;
      sentences.push(view.sentence);
      this.announced.set(view.id, view.value);
    }
    this.pending.clear();
    if (!sentences.length) return;
    this.announcement = sentences.join(' ');
    this.announcedAt = this.clock.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.announceTimer !== undefined) this.clock.clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.pending.clear();
  }

  private headingTemplate(): TemplateResult | typeof nothing {
    if (!this.heading) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div class="heading" part="heading" id="heading" role="heading" aria-level=${level}>
      ${this.heading}
    </div>`;
  }

  protected override renderSkeleton() {
    return gridSkeleton(this);
  }

  protected override renderData(data: LoadedDataset) {
    const variant = toVariant(this.variant);
    const options = { variant, compact: this.compact };
    const notes = this.views.flatMap(({ view }) => metricNotes(view));
    const warnings = this.views.flatMap(({ index }) => warningsFor(data, index));
    const name = this.heading ? undefined : (data.dataset.title ?? msg('Số liệu'));
    return html`<section
      class="box ${variant} ${this.compact ? 'compact' : ''}"
      part="base"
      aria-labelledby=${this.heading ? 'heading' : nothing}
      aria-label=${name ?? nothing}
    >
      ${this.headingTemplate()}
      <ul class="list" part="list">
        ${this.views.map(
          ({ view }) =>
            html`<li class="item" part="item">
              ${metricCard(view, { ...options, widest: this.widest.get(view.id)! })}
            </li>`,
        )}
      </ul>
      ${this.compact ? nothing : provenanceDetails({ provenance: data.dataset.provenance, language: this.language, notes, warnings })}
    </section>`;
  }

  override render(): unknown {
    return html`${super.render()}<span class="visually-hidden" role="status" part="announcement"
        >${this.announcement}</span
      >`;
  }
}
