import { html, css, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { languageOf, type Language } from '../i18n/locale.js';
import { safeDefine } from './base-element.js';
import { unwatchLanguage, watchLanguage } from './language-watch.js';
import { datasetContext } from '../controllers/dataset-context.js';
import { sourceChanged } from '../controllers/dataset-controller.js';
import { DatasetStore } from '../controllers/dataset-store.js';

/**
 * Loads one dataset for every widget inside it, so a page with five widgets fetches its
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
export class LamtheoDataset extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the dataset (JSON). */
  @property() src?: string;
  /** Seconds between refreshes (paused while the tab is hidden). */
  @property({ type: Number }) refresh?: number;
  /** URL of a Server-Sent Events stream whose messages are dataset documents. */
  @property() live?: string;
  /** Seconds to wait for the server before giving up (default 15). */
  @property({ type: Number }) timeout?: number;
  /** The dataset, set from a script. */
  @property({ attribute: false }) data?: unknown;
  /** The language of the nearest `lang` attribute: the problems of the data are worded in it. */
  @property({ attribute: false }) language: Language = 'vi';

  // Shared by widgets of any kind: a big document is read in slices, so a table among them
  // shows its first rows early (the others keep their loading view until every record is
  // checked) and the page stays responsive while it is checked.
  private store = new DatasetStore(() => languageOf(this), undefined, true);

  constructor() {
    super();
    // The store never changes; the widgets subscribe to it for its snapshots.
    new ContextProvider(this, { context: datasetContext, initialValue: this.store });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    // Moved in the page: start again what disconnecting stopped.
    if (this.hasUpdated) this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.store.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (sourceChanged(changed)) this.load();
    // The page's language switched: problems are worded again (a read under way starts again).
    else if (changed.get('language') && ['error', 'loading'].includes(this.store.snapshot.state)) this.load();
  }

  private load(): void {
    if (this.data !== undefined) this.store.setValue(this.data);
    else if (this.src)
      this.store.setUrl({ url: this.src, refresh: this.refresh, live: this.live, timeout: this.timeout });
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
