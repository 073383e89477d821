import { fetchText } from '../data/load/fetch-text.js';
import type { Language } from '../data/words/language.js';
import type { Problem, WidgetState } from '../internal/events.js';
import {
  readDataset,
  type LoadedDataset,
  type ReadProgress,
  type ReadResult,
  type SourceReader,
} from '../data/read.js';

/** What a store holds at a moment; widgets render from it. */
export interface Snapshot {
  state: Exclude<WidgetState, 'empty'> | 'idle';
  data?: LoadedDataset;
  /** Errors that stopped the data (or the last update), then warnings. */
  problems: readonly Problem[];
  /** When the shown data last arrived in good shape. */
  lastSuccess?: Date;
  /**
   * While a big document is being checked (state `loading`): `data` holds its first records,
   * already checked, for widgets that can show part of a list; the figures are not final.
   */
  checking?: ReadProgress;
}

/** Downloads the code that keeps a dataset fresh (tests replace it to see a failed download). */
export const liveUpdates = { load: () => import('./dataset-live.js') };

const liveMissing: Record<Language, string> = {
  vi: 'Không tải được phần cập nhật dữ liệu (mất kết nối mạng?): số liệu không tự làm mới. Hãy tải lại trang.',
  en: 'The part that keeps the data up to date could not be downloaded (is the connection down?): the figures will not refresh. Please reload the page.',
};

export interface UrlSource {
  url: string;
  /** Seconds between polls (with ±10% jitter); paused while the tab is hidden. 0 = never. */
  refresh?: number;
  /** A Server-Sent Events URL whose messages are whole dataset documents. */
  live?: string;
  /** Seconds to wait for the server before giving up (default 15). */
  timeout?: number;
}

/**
 * One dataset, loaded once however many widgets show it: from a value, or from a URL with
 * polling or Server-Sent Events. Every update is validated again; a failed update keeps the
 * last good data and marks it stale. Framework-free apart from the DOM's fetch and timers.
 */
export class DatasetStore {
  snapshot: Snapshot = { state: 'idle', problems: [] };
  private listeners = new Set<(snapshot: Snapshot) => void>();
  private abort?: AbortController;
  /** Polling and Server-Sent Events (dataset-live.ts), once downloaded for a source that asks. */
  private fresh?: import('./dataset-live.js').KeepFresh;
  private fetching = false;
  /** Set when that code could not be downloaded: the data is shown as it is, marked as not refreshing. */
  private notFresh?: Problem;
  private etag?: string;
  private source?: UrlSource;

  /**
   * @param language the language of messages, asked at each read
   * @param readSource reads fetched text (default: JSON); a widget may accept other formats
   * @param firstRecords whether to show the first records of a big document while the rest is
   *   checked (a table does; for other widgets reading in slices would only add waits)
   */
  constructor(
    private language: () => Language,
    private readSource: SourceReader = (text, _source, language, onFirst, signal) =>
      readDataset(text, language, onFirst, signal),
    private firstRecords = false,
  ) {}

  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows a value given in the page (the `data` property, or inline JSON text). */
  setValue(value: unknown): void {
    this.stop();
    this.source = undefined;
    // Checking is quick, but finishes after a microtask: say "loading" rather than "nothing".
    this.publish({ state: 'loading', problems: [] });
    void this.accept((onFirst, signal) => readDataset(value, this.language(), onFirst, signal), false);
  }

  /** Loads from a URL, and keeps it fresh as the source asks. */
  setUrl(source: UrlSource): void {
    this.stop();
    this.source = source;
    this.etag = undefined;
    this.publish({ state: 'loading', problems: [], data: this.snapshot.data, lastSuccess: this.snapshot.lastSuccess });
    void this.fetch();
    if (source.refresh || source.live) void this.keepFresh(source);
  }

  /** Loads again now (the error view's "try again"). */
  reload(): void {
    if (this.source) this.setUrl(this.source);
  }

  /** Stops every request, timer and connection; the store can be used again. */
  stop(): void {
    // Work already under way (a response being checked) must not publish or poll again.
    this.generation++;
    this.reads++;
    this.abort?.abort();
    // A big document still being checked in slices: stop checking it.
    this.reading.abort();
    this.reading = new AbortController();
    this.fresh?.stop();
    this.fresh = undefined;
    this.fetching = false;
    this.notFresh = undefined;
  }

  /** Downloads what keeps `source` fresh and starts it, unless the source changed meanwhile. */
  private async keepFresh(source: UrlSource): Promise<void> {
    const generation = this.generation;
    let live: typeof import('./dataset-live.js');
    try {
      live = await liveUpdates.load();
    } catch {
      if (generation !== this.generation) return;
      const message = liveMissing[this.language()];
      this.notFresh = { path: '', code: 'part-not-loaded', message, severity: 'error' };
      if (this.snapshot.data) this.fail([this.notFresh]);
      return;
    }
    if (generation !== this.generation) return;
    this.fresh = new live.KeepFresh(source, {
      poll: () => void this.fetch(),
      message: (text) =>
        void this.accept((onFirst, signal) => readDataset(text, this.language(), onFirst, signal), true),
      lost: () => this.lost(),
    });
    if (!this.fetching) this.fresh.scheduleNext();
  }

  private async fetch(): Promise<void> {
    const source = this.source;
    const generation = this.generation;
    if (!source) return;
    this.fetching = true;
    this.abort = new AbortController();
    const result = await fetchText(source.url, {
      signal: this.abort.signal,
      etag: this.etag,
      timeoutMs: source.timeout ? source.timeout * 1000 : undefined,
      language: this.language(),
    });
    if (result.status === 'aborted' || generation !== this.generation) return;
    if (result.status === 'ok') {
      this.etag = result.etag;
      const info = { url: source.url, contentType: result.contentType };
      await this.accept(
        (onFirst, signal) => this.readSource(result.text, info, this.language(), onFirst, signal),
        true,
      );
      if (generation !== this.generation) return;
    } else if (result.status === 'failed') {
      this.fail([{ path: '', code: result.code, message: result.message, severity: 'error' }]);
    } else if (this.snapshot.state === 'stale') {
      // 304 after a failure: what we hold is current again.
      this.publish({
        ...this.snapshot,
        state: 'ready',
        problems: this.snapshot.data?.warnings ?? [],
        lastSuccess: new Date(),
      });
    }
    this.fetching = false;
    this.fresh?.scheduleNext();
  }

  /** The live connection dropped (EventSource reconnects by itself): say so over the data shown. */
  private lost(): void {
    if (!this.snapshot.data) return;
    const lost =
      this.language() === 'en'
        ? 'The live connection was lost; reconnecting…'
        : 'Mất kết nối trực tiếp; đang kết nối lại…';
    this.fail([{ path: '', code: 'live_disconnected', message: lost, severity: 'error' }]);
  }

  private reads = 0;
  private generation = 0;
  private reading = new AbortController();

  /**
   * Shows the first records of a big document while the rest is checked, when nothing is
   * shown yet (a refresh keeps showing the last good data instead).
   */
  private firstSlice(read: number) {
    if (!this.firstRecords) return undefined;
    return (data: LoadedDataset, checking: ReadProgress) => {
      if (read === this.reads && this.snapshot.state === 'loading')
        this.publish({ state: 'loading', data, problems: [], checking });
    };
  }

  /**
   * Starts a read and publishes it once it is done, unless a newer read or source came first.
   * `start` gets what a read in slices needs: where to show the first records (while nothing
   * is shown yet), and the signal that stops it.
   */
  private async accept(
    start: (onFirst: ReturnType<DatasetStore['firstSlice']>, signal: AbortSignal) => Promise<ReadResult>,
    fromNetwork: boolean,
  ): Promise<void> {
    const read = ++this.reads;
    const result = await start(this.firstSlice(read), this.reading.signal);
    if (read !== this.reads) return;
    if (result.ok) {
      const { data } = result;
      const lastSuccess = new Date();
      if (this.notFresh)
        this.publish({ state: 'stale', data, problems: [this.notFresh, ...data.warnings], lastSuccess });
      else this.publish({ state: 'ready', data, problems: data.warnings, lastSuccess });
    } else if (fromNetwork) {
      this.fail(result.problems);
    } else {
      this.publish({ state: 'error', problems: result.problems });
    }
  }

  /** An update failed: keep the last good data (stale), or show the error when there is none. */
  private fail(problems: readonly Problem[]): void {
    const { data, lastSuccess } = this.snapshot;
    this.publish(data ? { state: 'stale', data, problems, lastSuccess } : { state: 'error', problems });
  }

  private publish(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }
}
