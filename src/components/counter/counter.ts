import { html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoElement } from '../../internal/base-element.js';
import { emptyView, errorView, loadingView } from '../../internal/views.js';
import { formatNumber } from '../../data/format.js';
import type { Problem } from '../../internal/events.js';

interface MetricLike {
  id: string;
  label: string;
  value: number;
  unit?: string;
}

/**
 * Shows one figure of a dataset: its formatted value and label.
 *
 * @summary One achievement figure (số liệu) with its label.
 * @csspart value - The formatted number.
 * @csspart label - The label under the number.
 * @cssprop --lamtheo-color-accent - Colour of the number.
 * @fires lamtheo-state - When the state changes (loading, ready, error, empty).
 */
export class LamtheoCounter extends LamtheoElement {
  static override styles = [
    LamtheoElement.styles,
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

  /** The dataset, when set from a script. */
  @property({ attribute: false }) data: unknown;

  // A page that loads the classic script in <head> upgrades the element before its inline
  // JSON child is parsed: read it again when it arrives.
  private childWatch = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.childWatch.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatch.disconnect();
  }

  private inline(): unknown {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script?.textContent) return undefined;
    try {
      return JSON.parse(script.textContent);
    } catch {
      return null;
    }
  }

  private find(): MetricLike | Problem {
    const data = (this.data ?? this.inline()) as { metrics?: MetricLike[] } | null | undefined;
    const problem = (message: string, code: string): Problem => ({ path: '', message, code, severity: 'error' });
    if (data === null) return problem(msg('Tệp dữ liệu không phải JSON hợp lệ.'), 'invalid_json');
    const found = data?.metrics?.find((m) => m.id === this.metric);
    if (!found) return problem(msg(str`Không có số liệu "${this.metric}".`), 'unknown_metric');
    return found;
  }

  private result: MetricLike | Problem | undefined;

  protected override willUpdate(): void {
    if (this.data === undefined && !this.querySelector('script')) {
      this.result = undefined;
      this.state = this.hasAttribute('src') ? 'loading' : 'empty';
      return;
    }
    this.result = this.find();
    this.state = 'severity' in this.result ? 'error' : 'ready';
  }

  override render() {
    const found = this.result;
    if (!found) return this.state === 'loading' ? loadingView() : emptyView();
    if ('severity' in found) return errorView([found]);
    return html`<div class="counter" part="base">
      <span class="value" part="value">${formatNumber(found.value, this.language)}</span>
      <span class="label" part="label">${found.label}${found.unit ? html` (${found.unit})` : nothing}</span>
    </div>`;
  }
}
