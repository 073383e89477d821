/**
 * Keeping a dataset from a URL fresh: polling every `refresh` seconds (with ±10% jitter,
 * paused while the tab is hidden) and Server-Sent Events from `live`. Downloaded only for
 * a source that asks for it (source-loader.ts), so a page of still figures carries none of it.
 */
import type { UrlSource } from './source.js';

/** What the store does when it is time: fetch again, read a pushed document, tell a lost connection. */
export interface FreshnessHooks {
  poll(): void;
  message(text: string): void;
  lost(): void;
}

export class KeepFresh {
  private timer?: ReturnType<typeof setTimeout>;
  private events?: EventSource;
  private pollDue = false;

  constructor(
    private readonly source: UrlSource,
    private readonly hooks: FreshnessHooks,
  ) {
    if (source.live) this.listen(source.live);
  }

  /** After a fetch: the next poll, when the source polls. */
  scheduleNext(): void {
    const seconds = this.source.refresh ?? 0;
    if (!(seconds > 0)) return;
    clearTimeout(this.timer);
    const jitter = 0.9 + Math.random() * 0.2;
    this.timer = setTimeout(
      () => {
        if (document.visibilityState === 'hidden') {
          this.pollDue = true;
          document.addEventListener('visibilitychange', this.onVisibility);
        } else this.hooks.poll();
      },
      seconds * 1000 * jitter,
    );
  }

  /** Stops the timer, the visibility listener and the connection. */
  stop(): void {
    clearTimeout(this.timer);
    this.events?.close();
    this.events = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  private onVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.pollDue) return;
    this.pollDue = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.hooks.poll();
  };

  private listen(url: string): void {
    const events = new EventSource(url);
    this.events = events;
    events.addEventListener('message', (event) => this.hooks.message(event.data));
    events.addEventListener('error', () => {
      if (this.events === events) this.hooks.lost();
    });
  }
}
