import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { counterSkeleton } from '../../internal/skeletons.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { toVariant, type CounterVariant } from './card.js';
import { CountUpController } from './count-up.js';
import { ShownMetrics } from './shown-metrics.js';
import { cardStyles } from './styles.js';

/**
 * Shows one figure of a dataset: the value formatted for the page's language with its
 * qualifier ("hơn 12.000") and unit, its label, and whenever the data has them the target
 * (24/40 with a bar or ring and the share), the change from a previous value (215 → 117,
 * −46%), the breakdown (29 + 15), a sparkline of the history, the period, and on demand
 * the source of the figures.
 *
 * The final value is in the markup from the first render (`[part~=value]`) and keeps its
 * box; the count-up is an `aria-hidden` overlay that runs once when the counter scrolls
 * into view, never while the tab is hidden nor under `prefers-reduced-motion`. Screen
 * readers hear one sentence for the whole counter, and a live change once, politely.
 *
 * ```html
 * <lamtheo-counter metric="dang-vien" src="/data/tan-binh-2017.json"></lamtheo-counter>
 * ```
 *
 * @summary One achievement figure (số liệu) with its target, change and source.
 * @csspart base - The counter's box.
 * @csspart value - The formatted final number ("11.368").
 * @csspart figure - The box of the number and its count-up overlay.
 * @csspart qualifier - "hơn", "gần", "khoảng"… before the number.
 * @csspart unit - The unit word after the number.
 * @csspart label-text - The label of the figure (the older part name `label` still works; it clashed with the `label` attribute in API tables).
 * @csspart counted - "23 trong số 43 không gian có trong dữ liệu", when the data lists fewer than the stated figure.
 * @csspart target - "24/40 · 60%".
 * @csspart bar - The progress bar under a figure with a target.
 * @csspart ring - The ring of the `progress` variant.
 * @csspart change - "215 → 117 ▼ −46%".
 * @csspart breakdown - "29 đảng bộ cơ sở + 15 chi bộ cơ sở".
 * @csspart period - "Năm 2017", "Nhiệm kỳ 2015–2020".
 * @csspart sparkline - The history line.
 * @csspart part-missing - In the line's place when its code could not be downloaded: a note and a retry button.
 * @csspart details - The "Nguồn số liệu" disclosure.
 * @csspart announcement - The polite live region that reads a changed value once.
 * @cssprop --lamtheo-color-accent - Colour of the number, the bar and the ring.
 * @fires lamtheo-state - When the state changes (loading, ready, stale, error, empty).
 * @fires lamtheo-error - When the data cannot be shown; `problems` lists why.
 */
export class LamtheoCounter extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, cardStyles];

  /** The id of the metric to show. */
  @property({ reflect: true }) metric = '';

  /** `plain` (a figure), `progress` (a ring for a target) or `odometer` (rolling digits). */
  @property({ reflect: true }) variant: CounterVariant = 'plain';

  /** Only the figure, its label and target: no change, breakdown, period, sparkline or source. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Show the final value at once, with no count-up. */
  @property({ type: Boolean, attribute: 'no-animation' }) noAnimation = false;

  /** A label to show instead of the metric's own. */
  @property() label?: string;

  private shown = new ShownMetrics(this, {
    select: (data) => {
      const metrics = data.dataset.metrics ?? [];
      const index = metrics.findIndex((m) => m.id === this.metric);
      return index < 0
        ? { found: [], missing: [this.metric] }
        : { found: [{ metric: metrics[index], index }], missing: [] };
    },
    label: () => this.label,
    attribute: 'metric',
  });

  constructor() {
    super();
    new CountUpController(this);
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    if (this.metric) return this.shown.check(data);
    const message = msg('Chưa chọn số liệu: hãy ghi mã số liệu vào thuộc tính metric.');
    return [{ path: 'metrics', attribute: 'metric=""', message, code: 'unknown-metric', severity: 'error' }];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.shown.update(this.loaded);
  }

  protected override renderSkeleton() {
    return counterSkeleton(this);
  }

  protected override renderData(data: LoadedDataset) {
    const variant = toVariant(this.variant);
    return html`<div class="counter ${variant} ${this.compact ? 'compact' : ''}" part="base">
      ${this.shown.card(this.shown.views[0].view, variant, this.compact)}
      ${this.compact ? '' : this.shown.details(data)}
    </div>`;
  }

  override render(): unknown {
    return html`${super.render()}${this.shown.liveRegion()}`;
  }
}
