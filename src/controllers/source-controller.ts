import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import type { Language } from '../i18n/language.js';
import type { SourceReader } from '../data/read.js';
import { sourceContext } from './source-context.js';
import { SourceLoader } from './source-loader.js';
import { initialSnapshot, sourceChanged, type DataSource, type SourceSnapshot } from './source.js';

/** What an element offers the controller: the source properties, its language, how it reads. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement, DataSource {
  language: Language;
  /** Reads the text fetched from `src`, when the element accepts more than JSON (CSV, say). */
  readSource?: SourceReader;
  /** Shows the first records of a big document while the rest is being checked (a table). */
  readonly showsFirstRecords?: boolean;
}

export interface SourceOptions {
  /**
   * `share`: the element hands its dataset to the elements inside it (`<lamtheo-dataset>`).
   * `join` (default): an element without a source of its own shows the nearest shared one.
   */
  role?: 'share' | 'join';
}

const inlineSelector = ':scope > script[type="application/json"]';

/**
 * The one owner of where an element's dataset comes from and how far loading is. It picks
 * the first source the element has — the `data` property, an inline
 * `<script type="application/json">` child, a `src` URL (with `refresh` / `live` / `timeout`),
 * or (for a widget) the nearest `<lamtheo-dataset>` — loads it with a `SourceLoader` (which
 * aborts whatever an older source started), and keeps `snapshot` current. The element renders
 * from `snapshot`; it never fetches or checks on its own.
 */
export class SourceController implements ReactiveController {
  snapshot: SourceSnapshot = initialSnapshot;
  /** The loader of the element's own source (created when it has one, or when it shares). */
  private own?: SourceLoader;
  /** The nearest `<lamtheo-dataset>`'s loader. */
  private shared?: SourceLoader;
  private current?: SourceLoader;
  private unsubscribe?: () => void;
  private resolvedKey?: string;
  private lastData?: unknown;
  private children = new MutationObserver(() => this.resolve());

  constructor(
    private host: SourceHost,
    private options: SourceOptions = {},
  ) {
    host.addController(this);
    if (options.role === 'share') {
      // The loader never changes; the elements inside subscribe to its snapshots.
      new ContextProvider(host, { context: sourceContext, initialValue: this.ownLoader() });
    } else {
      new ContextConsumer(host, {
        context: sourceContext,
        subscribe: true,
        callback: (loader) => {
          this.shared = loader;
          this.resolve(true);
        },
      });
    }
  }

  hostConnected(): void {
    // The classic script in <head> upgrades elements before their inline JSON is parsed.
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.resolve(true);
  }

  hostDisconnected(): void {
    this.children.disconnect();
    this.own?.stop();
    this.unsubscribe?.();
    this.unsubscribe = this.current = undefined;
    this.resolvedKey = undefined;
  }

  /** Called by the element before it renders: picks the source again when a source property changed. */
  update(changed: ReadonlyMap<PropertyKey, unknown>): void {
    if (sourceChanged(changed)) this.resolve();
  }

  /** Loads again from the current source (the error view's "try again"). */
  reload(): void {
    this.current?.reload();
  }

  /** Picks the source again; cheap when nothing changed (`force`: read it again anyway). */
  resolve(force = false): void {
    if (!this.host.isConnected) return;
    const { data, src, refresh, live, timeout } = this.host;
    const inline = data === undefined ? (this.host.querySelector(inlineSelector)?.textContent ?? undefined) : undefined;
    const key =
      data !== undefined
        ? 'data'
        : inline !== undefined
          ? `inline:${inline}`
          : src
            ? `src:${src}|${refresh}|${live}|${timeout}`
            : 'none';
    if (!force && key === this.resolvedKey && (key !== 'data' || this.lastData === data)) return;
    this.resolvedKey = key;
    this.lastData = data;

    if (key !== 'none') {
      const own = this.ownLoader();
      this.use(own);
      if (data !== undefined) own.setValue(data);
      else if (inline !== undefined) own.setValue(inline);
      else own.setUrl({ url: src!, refresh, live, timeout });
    } else if (this.options.role === 'share') {
      // Nothing to share (yet): the elements inside keep what they were last given.
      this.own!.stop();
      this.use(this.own!);
    } else {
      this.own?.stop();
      if (this.shared) this.use(this.shared);
      else this.show(initialSnapshot);
    }
  }

  private ownLoader(): SourceLoader {
    const host = this.host;
    return (this.own ??= new SourceLoader(
      () => host.language,
      host.readSource ? (...args) => host.readSource!(...args) : undefined,
      // A shared dataset may feed a table: its first records show while the rest is checked.
      this.options.role === 'share' || host.showsFirstRecords === true,
    ));
  }

  private use(loader: SourceLoader): void {
    if (this.current !== loader) {
      this.unsubscribe?.();
      this.current = loader;
      this.unsubscribe = loader.subscribe((snapshot) => this.show(snapshot));
    }
    this.show(loader.snapshot);
  }

  private show(snapshot: SourceSnapshot): void {
    this.snapshot = snapshot;
    this.host.requestUpdate();
  }
}
