/**
 * The courier carries pledges from the outbox to the receiver: it stores each pledge
 * before the first attempt (so nothing is lost if the page closes mid-request), sends
 * it, and retries what failed for the network or a 5xx with backoff while the page is
 * open, at once when the browser says it is back `online`, and on the next visit.
 * One pledge is never in flight twice, so a double click sends once.
 */
import type { Outbox, OutboxEntry } from './outbox.js';
import { backoffDelay, type SendResult } from './submit.js';

export interface CourierOptions {
  outbox: Outbox;
  /** Only entries for this action are carried by this courier. */
  action: string;
  send: (entry: OutboxEntry) => Promise<SendResult>;
  /** Told about every attempt's result. */
  onResult?: (entry: OutboxEntry, result: SendResult) => void;
  now?: () => number;
  delay?: (attempt: number) => number;
  /** The window to listen to for `online`; none in tests that drive it by hand. */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export class PledgeCourier {
  private inFlight = new Map<string, Promise<SendResult>>();
  private timer?: ReturnType<typeof setTimeout>;
  private stopped = false;
  private readonly now: () => number;
  private readonly delay: (attempt: number) => number;

  constructor(private readonly options: CourierOptions) {
    this.now = options.now ?? Date.now;
    this.delay = options.delay ?? ((attempt) => backoffDelay(attempt));
  }

  private readonly onOnline = () => void this.drain(true);

  /** Starts listening for `online` and delivers what an earlier visit left in the outbox. */
  start(): Promise<void> {
    this.stopped = false;
    this.options.target?.addEventListener('online', this.onOnline);
    return this.drain(true);
  }

  stop(): void {
    this.stopped = true;
    this.options.target?.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
  }

  /** Entries of this action still waiting in the outbox. */
  async pending(): Promise<OutboxEntry[]> {
    const all = await this.options.outbox.all().catch(() => [] as OutboxEntry[]);
    return all.filter((e) => e.action === this.options.action).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Stores a new pledge in the outbox, then tries to send it. */
  async submit(entry: OutboxEntry): Promise<SendResult> {
    if (this.inFlight.has(entry.key)) return this.inFlight.get(entry.key)!;
    await this.options.outbox.put(entry);
    return this.attempt(entry);
  }

  /** Sends every entry that is due (or all, when `force`), one after another. */
  async drain(force = false): Promise<void> {
    if (this.stopped) return;
    for (const entry of await this.pending()) {
      if (this.stopped) return;
      if (force || entry.nextAttemptAt <= this.now()) await this.attempt(entry);
    }
    await this.schedule();
  }

  private attempt(entry: OutboxEntry): Promise<SendResult> {
    const running = this.inFlight.get(entry.key);
    if (running) return running;
    const promise = this.carry(entry).finally(() => this.inFlight.delete(entry.key));
    this.inFlight.set(entry.key, promise);
    return promise;
  }

  private async carry(entry: OutboxEntry): Promise<SendResult> {
    const result = await this.options.send(entry);
    if (result.kind === 'retry') {
      const next = { ...entry, attempts: entry.attempts + 1 };
      next.nextAttemptAt = this.now() + this.delay(entry.attempts);
      await this.options.outbox.put(next).catch(() => undefined);
      void this.schedule();
    } else {
      await this.options.outbox.delete(entry.key).catch(() => undefined);
    }
    this.options.onResult?.(entry, result);
    return result;
  }

  private async schedule(): Promise<void> {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const waiting = await this.pending();
    if (!waiting.length || this.stopped) return;
    const soonest = Math.min(...waiting.map((e) => e.nextAttemptAt));
    this.timer = setTimeout(() => void this.drain(), Math.max(0, soonest - this.now()));
  }
}
