import { html, css, LitElement, type PropertyValues } from 'lit';
import { SourceController } from '../controllers/source-controller.js';
import { property } from 'lit/decorators.js';
import type { Language } from '../i18n/language.js';
import { defaultLanguage } from '../i18n/locale.js';
import { safeDefine } from './base-element.js';
import { unwatchLanguage, watchLanguage } from './language-watch.js';
import { withSourceProperties } from './source-properties.js';

/**
 * Loads one dataset (from `src`, `data` or an inline JSON script) for every widget inside it,
 * so a page with five widgets fetches its
 * JSON once. It shows nothing itself.
 *
 * ```html
 * <lamtheo-dataset src="/data/quan-11.json" refresh="300">
 *   <lamtheo-counter metric="khong-gian"></lamtheo-counter>
 *   <lamtheo-space-map></lamtheo-space-map>
 * </lamtheo-dataset>
 * ```
 * @summary Shares one dataset with the widgets inside it.
 * @slot - The widgets that read this dataset.
 */
export class LamtheoDataset extends withSourceProperties(LitElement) {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The language of the nearest `lang` attribute: the problems of the data are worded in it. */
  @property({ attribute: false }) language: Language = defaultLanguage;

  // Shared by widgets of any kind: a big document is read in slices, so a table among them
  // shows its first rows early (the others keep their loading view until every record is
  // checked) and the page stays responsive while it is checked.
  private source = new SourceController(this, { role: 'share' });

  override connectedCallback(): void {
    // Before super: the source controller starts reading when connected, in this language.
    watchLanguage(this);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source.update(changed);
    // The page's language switched: problems are worded again (a read under way starts again).
    const { status } = this.source.snapshot;
    if (changed.get('language') && (status === 'error' || status === 'pending')) this.source.resolve(true);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

safeDefine('lamtheo-dataset', LamtheoDataset);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-dataset': LamtheoDataset;
  }
}
