import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { closestKey } from '../../data/check/unknown-keys.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { gridSkeleton } from '../../internal/skeletons.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { toVariant, type CounterVariant } from './card.js';
import { CountUpController } from './count-up.js';
import { selectMetrics } from './select.js';
import { pageClock, ShownMetrics, type AnnounceClock } from './shown-metrics.js';
import { cardStyles } from './styles.js';

export type { AnnounceClock };

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
 * @csspart heading-text - The heading (the older part name `heading` still works; it clashed with the `heading` attribute in API tables).
 * @csspart list - The list of figures.
 * @csspart item - One figure (with the parts of `<lamtheo-counter>` inside).
 * @csspart value - A formatted final number.
 * @csspart label-text - A figure's label (also `label`, the older name).
 * @csspart details - The "Nguồn số liệu" disclosure.
 * @csspart sparkline - A history line.
 * @csspart part-missing - In a line's place when its code could not be downloaded: a note and a retry button.
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
  /**
   * The clock of the live region.
   * @internal a seam for tests
   */
  @property({ attribute: false }) clock: AnnounceClock = pageClock;

  private shown = new ShownMetrics(this, {
    select: (data) =>
      selectMetrics(data.dataset.metrics ?? [], { ids: this.metrics, tag: this.tag, about: this.about }),
    attribute: 'metrics',
    written: () => this.metrics,
    announces: (id) => this.announce === undefined || this.announce.split(/\s+/).includes(id),
    interval: () => this.announceInterval,
    clock: () => this.clock,
  });

  constructor() {
    super();
    new CountUpController(this);
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    const metrics = data.dataset.metrics ?? [];
    const problems = this.shown.check(data);
    // A unit or a tag that no metric has may be a typo in the embed, or figures still to come: the
    // grid shows its empty view, and the check panel says which one the file has nearest.
    const warn = (name: string, value: string | undefined, known: Iterable<string>, message: () => string) => {
      if (!value || [...known].includes(value)) return;
      const near = closestKey(value, known);
      problems.push({
        path: 'metrics',
        attribute: `${name}="${value}"`,
        message: message() + (near ? msg(str`; có phải "${near}"?`) : '.'),
        code: `unknown-${name}`,
        severity: 'warning',
      });
    };
    const about = this.about;
    const tag = this.tag;
    warn('about', about, new Set(metrics.flatMap((m) => (m.about ? [m.about] : []))), () =>
      msg(str`Không có số liệu nào về đơn vị "${about}" mà mã nhúng ghi`),
    );
    warn('tag', tag, new Set(metrics.flatMap((m) => m.tags ?? [])), () =>
      msg(str`Không có số liệu nào có nhãn "${tag}" mà mã nhúng ghi`),
    );
    return problems;
  }

  protected override isEmpty(data: LoadedDataset): boolean {
    return this.shown.isEmpty(data);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.shown.update(this.loaded);
  }

  private headingTemplate(): TemplateResult | typeof nothing {
    if (!this.heading) return nothing;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    return html`<div class="heading" part="heading-text heading" id="heading" role="heading" aria-level=${level}>
      ${this.heading}
    </div>`;
  }

  protected override renderSkeleton() {
    return gridSkeleton(this);
  }

  protected override renderData(data: LoadedDataset) {
    const variant = toVariant(this.variant);
    const { views } = this.shown;
    const name = this.heading ? undefined : (data.dataset.title ?? msg('Số liệu'));
    return html`<section
      class="box ${variant} ${this.compact ? 'compact' : ''}"
      part="base"
      aria-labelledby=${this.heading ? 'heading' : nothing}
      aria-label=${name ?? nothing}
    >
      ${this.headingTemplate()}
      <ul class="list" part="list">
        ${views.map(({ view }) => html`<li class="item" part="item">${this.shown.card(view, variant, this.compact)}</li>`)}
      </ul>
      ${this.compact ? nothing : this.shown.details(data)}
    </section>`;
  }

  override render(): unknown {
    return html`${super.render()}${this.shown.liveRegion()}`;
  }
}
