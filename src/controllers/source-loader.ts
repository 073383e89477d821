import { msg } from '@lit/localize';
import { fetchText } from '../data/load/fetch-text.js';
import type { Language } from '../i18n/language.js';
import type { Problem } from '../schema/result.js';
import {
  readDataset,
  type LoadedDataset,
  type ReadProgress,
  type ReadResult,
  type SourceReader,
} from '../data/read.js';
import { lazyPart } from '../i18n/lazy-part.js';
import { inLanguage, languageReady } from '../i18n/locale.js';
import { initialSnapshot, type SourceSnapshot, type UrlSource } from './source.js';

/** The code that keeps a dataset fresh, downloaded only for a source that asks (i18n/lazy-part.ts). */
export const liveUpdates = lazyPart('source-live', () => import('./source-live.js'));

/** Where a read shows the first records of a big document while the rest is checked. */
type FirstRecords = ((data: LoadedDataset, checking: ReadProgress) => void) | undefined;

/**
 * Loads one dataset, once however many elements show it: from a value, or from a URL with
 * polling or Server-Sent Events. Every update is checked again; a failed update keeps the
 * last good data and marks it stale. A newer source or read always wins: an older one is
 * aborted (its request, its checking in slices) and never published. Framework-free apart
 * from the DOM's fetch and timers; the source controller (source-controller.ts) drives it.
 */
export class SourceLoader {
  snapshot: SourceSnapshot = initialSnapshot;
  private listeners = new Set<(snapshot: SourceSnapshot) => void>();
  /** Aborted when the source changes or the loader stops: the request and the checking under way. */
  private current = new AbortController();
  /** Polling and Server-Sent Events (source-live.ts), once downloaded for a source that asks. */
  private fresh?: import('./source-live.js').KeepFresh;
  private fetching = false;
  /** Set when that code could not be downloaded: the data is shown as it is, marked as not refreshing. */
  private notFresh?: Problem;
  private etag?: string;
  private source?: UrlSource;
  /** Counts reads: only the newest read of the current source publishes. */
  private reads = 0;

  /**
   * @param language the language of messages, asked at each read
   * @param readSource reads fetched text (default: JSON); an element may accept other formats
   * @param firstRecords whether to show the first records of a big document while the rest is
   *   checked (a table does; for other elements reading in slices would only add waits)
   */
  constructor(
    private language: () => Language,
    private readSource: SourceReader = (text, _source, language, onFirst, signal) =>
      readDataset(text, language, onFirst, signal),
    private firstRecords = false,
  ) {}

  subscribe(listener: (snapshot: SourceSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows a value given in the page (the `data` property, or inline JSON text). */
  setValue(value: unknown): void {
    const signal = this.restart();
    this.source = undefined;
    // Checking is quick, but finishes after a microtask: say "pending" rather than "nothing".
    this.publish({ status: 'pending', problems: [] });
    void this.accept((onFirst, signal) => readDataset(value, this.language(), onFirst, signal), signal, false);
  }

  /** Loads from a URL, and keeps it fresh as the source asks. */
  setUrl(source: UrlSource): void {
    const signal = this.restart();
    this.source = source;
    this.etag = undefined;
    const { value, lastSuccess } = this.snapshot;
    this.publish({ status: 'pending', problems: [], value, lastSuccess });
    void this.fetch(signal);
    if (source.refresh || source.live) void this.keepFresh(source, signal);
  }

  /** Loads again now (the error view's "try again"). */
  reload(): void {
    if (this.source) this.setUrl(this.source);
  }

  /** Stops every request, timer, connection and checking under way; the loader can be used again. */
  stop(): void {
    this.restart();
  }

  /** Aborts what the last source started, and gives the signal of what comes next. */
  private restart(): AbortSignal {
    this.current.abort();
    this.current = new AbortController();
    this.reads++;
    this.fresh?.stop();
    this.fresh = undefined;
    this.fetching = false;
    this.notFresh = undefined;
    return this.current.signal;
  }

  /** Downloads what keeps `source` fresh and starts it, unless the source changed meanwhile. */
  private async keepFresh(source: UrlSource, signal: AbortSignal): Promise<void> {
    const live = await liveUpdates.load(this.language());
    if (!live.ok) {
      if (signal.aborted) return;
      // Said when a download failed: the English strings may not be here yet either.
      await languageReady(this.language());
      const message = inLanguage(this.language(), () =>
        msg('Không tải được phần cập nhật dữ liệu (mất kết nối mạng?): số liệu không tự làm mới. Hãy tải lại trang.'),
      );
      this.notFresh = { path: '', code: 'part-not-loaded', message, severity: 'error' };
      if (this.snapshot.value) this.fail([this.notFresh]);
      return;
    }
    if (signal.aborted) return;
    this.fresh = new live.value.KeepFresh(source, {
      poll: () => void this.fetch(signal),
      message: (text) =>
        void this.accept((onFirst, signal) => readDataset(text, this.language(), onFirst, signal), signal, true),
      lost: () => this.lost(),
    });
    if (!this.fetching) this.fresh.scheduleNext();
  }

  private async fetch(signal: AbortSignal): Promise<void> {
    const source = this.source;
    if (!source) return;
    this.fetching = true;
    const result = await fetchText(source.url, {
      signal,
      etag: this.etag,
      timeoutMs: source.timeout ? source.timeout * 1000 : undefined,
      language: this.language(),
    });
    if (signal.aborted) return;
    if (!result.ok) {
      this.fail(result.problems);
    } else if (result.value !== 'not-modified') {
      const { text, bytes, etag, contentType } = result.value;
      this.etag = etag;
      const info = { url: source.url, contentType, bytes };
      await this.accept(
        (onFirst, signal) => this.readSource(text, info, this.language(), onFirst, signal),
        signal,
        true,
      );
      if (signal.aborted) return;
    } else if (this.snapshot.status === 'stale') {
      // 304 after a failure: what we hold is current again.
      this.publish({
        ...this.snapshot,
        status: 'complete',
        problems: this.snapshot.value?.warnings ?? [],
        lastSuccess: new Date(),
      });
    }
    this.fetching = false;
    this.fresh?.scheduleNext();
  }

  /** The live connection dropped (EventSource reconnects by itself): say so over the data shown. */
  private lost(): void {
    if (!this.snapshot.value) return;
    const message = inLanguage(this.language(), () => msg('Mất kết nối trực tiếp; đang kết nối lại…'));
    this.fail([{ path: '', code: 'live_disconnected', message, severity: 'error' }]);
  }

  /**
   * Shows the first records of a big document while the rest is checked, when nothing is
   * shown yet (a refresh keeps showing the last good data instead).
   */
  private firstSlice(read: number): FirstRecords {
    if (!this.firstRecords) return undefined;
    return (value, checking) => {
      if (read === this.reads && this.snapshot.status === 'pending')
        this.publish({ status: 'pending', value, problems: [], checking });
    };
  }

  /**
   * Starts a read and publishes it once it is done, unless a newer read or source came first.
   * `start` gets what a read in slices needs: where to show the first records (while nothing
   * is shown yet), and the signal that stops it.
   */
  private async accept(
    start: (onFirst: FirstRecords, signal: AbortSignal) => Promise<ReadResult>,
    signal: AbortSignal,
    fromNetwork: boolean,
  ): Promise<void> {
    const read = ++this.reads;
    const result = await start(this.firstSlice(read), signal);
    if (read !== this.reads || signal.aborted) return;
    if (result.ok) {
      const { value, warnings } = result;
      const lastSuccess = new Date();
      if (this.notFresh) this.publish({ status: 'stale', value, problems: [this.notFresh, ...warnings], lastSuccess });
      else this.publish({ status: 'complete', value, problems: warnings, lastSuccess });
    } else if (fromNetwork) {
      this.fail(result.problems);
    } else {
      this.publish({ status: 'error', problems: result.problems });
    }
  }

  /** An update failed: keep the last good data (stale), or show the error when there is none. */
  private fail(problems: readonly Problem[]): void {
    const { value, lastSuccess } = this.snapshot;
    this.publish(value ? { status: 'stale', value, problems, lastSuccess } : { status: 'error', problems });
  }

  private publish(snapshot: SourceSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }
}
