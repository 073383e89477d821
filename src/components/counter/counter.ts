import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { counterSkeleton } from '../../internal/skeletons.js';
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
 * @csspart label - The label of the figure.
 * @csspart counted - "23 trong số 43 không gian có trong dữ liệu", when the data lists fewer than the stated figure.
 * @csspart target - "24/40 · 60%".
 * @csspart bar - The progress bar under a figure with a target.
 * @csspart ring - The ring of the `progress` variant.
 * @csspart change - "215 → 117 ▼ −46%".
 * @csspart breakdown - "29 đảng bộ cơ sở + 15 chi bộ cơ sở".
 * @csspart period - "Năm 2017", "Nhiệm kỳ 2015–2020".
 * @csspart sparkline - The history line.
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

  /** What the live region says: the sentence of a value that changed, once. */
  @state() private announcement = '';

  private view?: MetricView;
  private lastValue?: number;
  private widest?: string;

  constructor() {
    super();
    new CountUpController(this);
  }

  private find(data: LoadedDataset): { metric: ShownMetric; index: number } | undefined {
    const index = data.dataset.metrics?.findIndex((m) => m.id === this.metric) ?? -1;
    return index < 0 ? undefined : { metric: data.dataset.metrics![index] as ShownMetric, index };
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    if (this.find(data)) return [];
    const message = this.metric
      ? msg(str`Không có số liệu "${this.metric}".`)
      : msg('Chưa chọn số liệu: hãy ghi mã số liệu vào thuộc tính metric.');
    return [{ path: 'metrics', message, code: 'unknown-metric', severity: 'error' }];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded;
    const found = (this.state === 'ready' || this.state === 'stale') && data ? this.find(data) : undefined;
    this.view = found ? describeMetric(found.metric, this.language, this.label) : undefined;
    if (!this.view) return;
    void sparklinesReady([this.view])?.then(() => this.requestUpdate());
    if (this.lastValue !== undefined && this.view.value !== this.lastValue) this.announcement = this.view.sentence;
    this.lastValue = this.view.value;
    this.widest = widerText(this.widest, this.view.valueText);
  }

  protected override renderSkeleton() {
    return counterSkeleton(this);
  }

  protected override renderData(data: LoadedDataset) {
    const view = this.view!;
    const variant = toVariant(this.variant);
    const notes = metricNotes(view);
    const warnings = warningsFor(data, this.find(data)!.index);
    return html`<div class="counter ${variant} ${this.compact ? 'compact' : ''}" part="base">
      ${metricCard(view, { variant, compact: this.compact, widest: this.widest! })}
      ${this.compact ? '' : provenanceDetails({ provenance: data.dataset.provenance, language: this.language, notes, warnings })}
    </div>`;
  }

  override render(): unknown {
    return html`${super.render()}<span class="visually-hidden" role="status" part="announcement"
        >${this.announcement}</span
      >`;
  }
}
