import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { formatNumber } from '../../data/format.js';

/**
 * Shows one figure of a dataset: its formatted value and label.
 *
 * @summary One achievement figure (số liệu) with its label.
 * @csspart value - The formatted number.
 * @csspart label - The label under the number.
 * @cssprop --lamtheo-color-accent - Colour of the number.
 * @fires lamtheo-state - When the state changes (loading, ready, stale, error, empty).
 * @fires lamtheo-error - When the data cannot be shown; `problems` lists why.
 */
export class LamtheoCounter extends LamtheoDataElement {
  static override styles = [
    LamtheoDataElement.styles,
    css`
      .counter {
        display: grid;
        gap: 0.2em;
      }
      .value {
        font-size: 2.2em;
        font-weight: bold;
        line-height: 1.1;
        color: var(--_accent);
      }
      .label {
        color: var(--_muted);
      }
    `,
  ];

  /** The id of the metric to show. */
  @property({ reflect: true }) metric = '';

  private find(data: LoadedDataset) {
    return data.dataset.metrics?.find((m) => m.id === this.metric);
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    if (this.find(data)) return [];
    return [{ path: 'metrics', message: msg(str`Không có số liệu "${this.metric}".`), code: 'unknown-metric', severity: 'error' }];
  }

  protected override renderData(data: LoadedDataset) {
    const found = this.find(data)!;
    return html`<div class="counter" part="base">
      <span class="value" part="value">${formatNumber(found.value ?? 0, this.language)}</span>
      <span class="label" part="label">${found.label}${found.unit ? html` (${found.unit})` : nothing}</span>
    </div>`;
  }
}
