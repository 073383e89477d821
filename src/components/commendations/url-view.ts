/**
 * The `url-state` attribute's controller: with it, the table's view (search, filters, sort,
 * grouping) is read from the URL hash before the first render and written back when it
 * changes. The code that encodes the view (url-state.ts) is downloaded only for tables that
 * ask for it; if that download fails, the table works without it and says so once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyParts } from './lazy-parts.js';
import type { ViewState } from './url-state.js';

type UrlStateCode = Awaited<ReturnType<typeof lazyParts.urlState>>;

/** What the controller needs of its table. */
export interface UrlViewLink {
  /** Whether the table has `url-state`. */
  enabled(): boolean;
  /** The table's key in the hash: `lamtheo-<id>`. */
  key(): string;
  view(): ViewState;
  show(view: ViewState): void;
  /** The code could not be downloaded. */
  failed(): void;
}

export class UrlViewController implements ReactiveController {
  private code?: UrlStateCode;
  private loading?: Promise<void>;
  /** The view as last read from or written to the hash, encoded. */
  private written = '';

  constructor(
    host: ReactiveControllerHost,
    private link: UrlViewLink,
  ) {
    host.addController(this);
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
    return (this.loading ??= lazyParts.urlState().then(
      (code) => {
        this.code = code;
        this.readHash();
      },
      () => this.link.failed(),
    ));
  }

  /** After an update: the hash follows the view. */
  hostUpdated(): void {
    const { code, link } = this;
    if (!code || !link.enabled()) return;
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
