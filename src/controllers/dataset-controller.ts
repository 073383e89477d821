import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '../data/language.js';
import type { SourceReader } from '../data/read.js';
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

/** Whether a `<lamtheo-dataset>` is around `node`, across shadow roots. */
function inDataset(node: Node): boolean {
  for (let n = node.parentNode; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n instanceof Element && n.localName === 'lamtheo-dataset') return true;
  return false;
}

/** Downloads the widgets' side of `<lamtheo-dataset>` (tests replace it to see a failed download). */
export const datasetSharing = { load: () => import('./dataset-sharing.js') };

const sharingMissing: Record<Language, string> = {
  vi: 'Không tải được phần dùng chung dữ liệu của trang (mất kết nối mạng?). Hãy tải lại trang.',
  en: 'The part that shares the data of this page could not be downloaded (is the connection down?). Please reload the page.',
};

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
  /** The widgets' side of `<lamtheo-dataset>` (dataset-sharing.ts): asked for once one is around. */
  private sharing?: 'loading' | 'ready' | 'failed';

  constructor(private host: DataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // The classic script in <head> upgrades elements before their inline JSON is parsed.
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    if (this.sharing !== 'ready' && this.sharing !== 'loading' && inDataset(this.host)) void this.joinDataset();
    this.resolve(true);
  }

  private async joinDataset(): Promise<void> {
    this.sharing = 'loading';
    try {
      const { consumeDataset } = await datasetSharing.load();
      this.sharing = 'ready';
      consumeDataset(this.host, (store) => {
        this.shared = store;
        this.resolve(true);
      });
    } catch {
      this.sharing = 'failed';
      this.resolve(true);
    }
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
      else if (this.sharing === 'loading') this.show({ state: 'loading', problems: [] });
      else if (this.sharing === 'failed') this.show({ state: 'error', problems: [this.sharingProblem()] });
      else this.show({ state: 'idle', problems: [] });
    }
  }

  private lastData?: unknown;

  private sharingProblem() {
    const message = sharingMissing[this.host.language];
    return { path: '', code: 'part-not-loaded', message, severity: 'error' as const };
  }

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
