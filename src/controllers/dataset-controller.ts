import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { Language } from '../data/words/language.js';
import type { SourceReader } from '../data/read.js';
import { datasetContext } from './dataset-context.js';
import { DatasetStore, type Snapshot } from './dataset-store.js';

/** What a widget offers the controller: its sources, in the order they win. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** A dataset set from a script. */
  data?: unknown;
  /** A URL to load the dataset from. */
  src?: string;
  refresh?: number;
  live?: string;
  timeout?: number;
  language: Language;
  /** Reads the text fetched from `src`, when the widget accepts more than JSON (CSV, say). */
  readSource?: SourceReader;
  /** Shows the first records of a big document while the rest is being checked (a table). */
  readonly showsFirstRecords?: boolean;
}

/** The properties that choose where a dataset comes from. */
export const sourceProperties = ['data', 'src', 'refresh', 'live', 'timeout'] as const;

/** Whether an update changed where the dataset comes from. */
export function sourceChanged(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
  return sourceProperties.some((key) => changed.has(key));
}

const inlineSelector = ':scope > script[type="application/json"]';

/**
 * Gives a widget its dataset from the first source it has: the `data` property, an inline
 * `<script type="application/json">` child, a `src` URL (with `refresh` / `live`), or the
 * nearest `<lamtheo-dataset>`. The widget reads `snapshot`; it never fetches on its own.
 */
export class DatasetController implements ReactiveController {
  snapshot: Snapshot = { state: 'idle', problems: [] };
  private own?: DatasetStore;
  private shared?: DatasetStore;
  private current?: DatasetStore;
  private unsubscribe?: () => void;
  private resolvedKey?: string;
  private children = new MutationObserver(() => this.resolve());

  constructor(private host: DataHost) {
    host.addController(this);
    new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (store) => {
        this.shared = store;
        this.resolve(true);
      },
    });
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

  /** Loads again from the current source (the error view's "try again"). */
  reload(): void {
    this.current?.reload();
  }

  /** Picks the source again; cheap when nothing changed. Called by the widget on updates. */
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
            : 'context';
    if (!force && key === this.resolvedKey && (key !== 'data' || this.lastData === data)) return;
    this.resolvedKey = key;
    this.lastData = data;

    if (data !== undefined || inline !== undefined || src) {
      this.own ??= new DatasetStore(
        () => this.host.language,
        this.host.readSource
          ? (text, source, language, onFirst) => this.host.readSource!(text, source, language, onFirst)
          : undefined,
        this.host.showsFirstRecords === true,
      );
      this.use(this.own);
      if (data !== undefined) this.own.setValue(data);
      else if (inline !== undefined) this.own.setValue(inline);
      else this.own.setUrl({ url: src!, refresh, live, timeout });
    } else {
      this.own?.stop();
      if (this.shared) this.use(this.shared);
      else this.show({ state: 'idle', problems: [] });
    }
  }

  private lastData?: unknown;

  private use(store: DatasetStore): void {
    if (this.current !== store) {
      this.unsubscribe?.();
      this.current = store;
      this.unsubscribe = store.subscribe((snapshot) => this.show(snapshot));
    }
    this.show(store.snapshot);
  }

  private show(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.host.requestUpdate();
  }
}
