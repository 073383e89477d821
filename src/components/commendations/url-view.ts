/**
 * The `url-state` attribute's controller: with it, the table's view (search, filters, sort,
 * grouping) is read from the URL hash before the first render and written back when it
 * changes. The code that encodes the view (url-state.ts) is downloaded only for tables that
 * ask for it; if that download fails, the table works without it and says so where the view
 * would be (`failure()`), with a retry that reads the hash once the code is here.
 */
import { nothing, type ReactiveController } from 'lit';
import { PartLoader, type PartHost } from '../../internal/part-loader.js';
import { urlState } from './lazy-parts.js';
import type { ViewState } from './url-state.js';

/** What the controller needs of its table. */
export interface UrlViewLink {
  /** Whether the table has `url-state`. */
  enabled(): boolean;
  /** The table's key in the hash: `lamtheo-<id>`. */
  key(): string;
  view(): ViewState;
  show(view: ViewState): void;
}

export class UrlViewController implements ReactiveController {
  private readonly part: PartLoader<typeof import('./url-state.js')>;
  private loading?: Promise<void>;
  /** The view as last read from or written to the hash, encoded; undefined until the hash was read. */
  private written?: string;

  constructor(
    host: PartHost,
    private link: UrlViewLink,
  ) {
    host.addController(this);
    this.part = new PartLoader(host, urlState);
  }

  private get code() {
    return this.part.part.value;
  }

  hostConnected(): void {
    addEventListener('hashchange', this.readHash);
    if (this.code) this.readHash();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.readHash);
  }

  /** Before an update: a table with `url-state` first gets the code and reads the hash. */
  ready(): Promise<void> | undefined {
    if (!this.link.enabled() || this.code) return undefined;
    return (this.loading ??= this.load());
  }

  /** Downloads the code (again, from a retry button) and reads the hash once it is here. */
  async load(): Promise<void> {
    if ((await this.part.load()).ok) this.readHash();
  }

  /** Whether the code could not be downloaded (the table says so, with a retry: `failure()`). */
  get failed(): boolean {
    return this.link.enabled() && this.part.failed;
  }

  /** Where the table says that the view could not be kept in the URL, with a retry; nothing otherwise. */
  failure() {
    return this.failed ? this.part.failure(() => this.load()) : nothing;
  }

  /** Before rendering: the view of the hash, once the code is here (another table's download, or a retry, brought it). */
  hostUpdate(): void {
    if (this.written === undefined) this.readHash();
  }

  /** After an update: the hash follows the view, once it was read. */
  hostUpdated(): void {
    const { code, link } = this;
    if (!code || !link.enabled() || this.written === undefined) return;
    const encoded = code.encodeView(link.view());
    if (encoded === this.written) return;
    this.written = encoded;
    const hash = code.writeHash(location.hash, link.key(), encoded);
    if (hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  private readHash = (): void => {
    const { code, link } = this;
    if (!code || !link.enabled()) return;
    const view = code.decodeView(code.readHash(location.hash, link.key()));
    this.written = code.encodeView(view);
    link.show(view);
  };
}
