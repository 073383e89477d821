/**
 * Which display items of a virtual table are rendered: those in view and a few around them.
 * Rows wrap their text, so each has its own height: the heights of rows once rendered are
 * kept (in two Fenwick trees, so the offset of any row is found in O(log n) among 100,000),
 * and rows never rendered count as the average of those that were. Chromium's scroll
 * anchoring keeps the rows in view still when a height above them becomes known.
 */
import type { ReactiveElement } from 'lit';

/** Sums of values over [0, i), updated one value at a time. */
class Sums {
  private tree: Float64Array;
  constructor(private size: number) {
    this.tree = new Float64Array(size + 1);
  }
  add(i: number, value: number): void {
    for (i++; i <= this.size; i += i & -i) this.tree[i] += value;
  }
  before(i: number): number {
    let sum = 0;
    for (; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }
}

/** Rows rendered above and below the visible ones, so fast scrolling shows no gap. */
const overscan = 8;
/** The range starts and ends at multiples of this many rows. */
const step = 4;

export class Windowing {
  private items?: ArrayLike<number>;
  private heights = new Float32Array(0);
  private sums = new Sums(0);
  private counts = new Sums(0);
  private measured = { sum: 0, count: 0 };
  private scrollTop = 0;
  private viewport = 0;
  private header = 0;
  private size = '';
  private last = { start: 0, end: 0 };
  private scroller?: HTMLElement;
  private observer = new ResizeObserver(() => this.resized());

  constructor(private host: ReactiveElement) {}

  /** The height of a row not yet rendered: the average of those that were. */
  private get estimate(): number {
    return this.measured.count ? this.measured.sum / this.measured.count : 48;
  }

  /** Pixels from the first row to the top of item `i`. */
  private offset(i: number): number {
    return this.sums.before(i) + (i - this.counts.before(i)) * this.estimate;
  }

  /** The item at `y` pixels below the first row's top. */
  private indexAt(y: number, total: number): number {
    let low = 0;
    let high = total;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (this.offset(middle) <= y) low = middle;
      else high = middle;
    }
    return low;
  }

  private forget(): void {
    const total = this.items?.length ?? 0;
    this.heights = new Float32Array(total);
    this.sums = new Sums(total);
    this.counts = new Sums(total);
    this.measured = { sum: 0, count: 0 };
  }

  /** The items in view: [first, last). */
  private visible(): { first: number; last: number; total: number } {
    const total = this.items?.length ?? 0;
    const y = Math.max(0, this.scrollTop - this.header);
    return { first: this.indexAt(y, total), last: this.indexAt(y + (this.viewport || 800), total) + 1, total };
  }

  private compute(): { start: number; end: number } {
    const { first, last, total } = this.visible();
    const start = Math.max(0, first - overscan);
    const end = Math.min(total, last + overscan);
    return { start: start - (start % step), end: Math.min(total, end + ((step - (end % step)) % step)) };
  }

  /** Whether the rows rendered still cover the view with a margin: if not, render others. */
  private stale(): boolean {
    const { first, last, total } = this.visible();
    const { start, end } = this.last;
    const margin = overscan / 2;
    return (
      (start > 0 && first - start < margin) ||
      (end < total && end - last < margin) ||
      end - start > 4 * (last - first + 2 * overscan)
    );
  }

  /** The items to render; a new list of items (search, filter, sort, groups) is measured anew. */
  range(items: ArrayLike<number>): { start: number; end: number } {
    if (items !== this.items) {
      this.items = items;
      this.forget();
    }
    return (this.last = this.compute());
  }

  onScroll = (event: Event): void => {
    this.scrollTop = (event.currentTarget as HTMLElement).scrollTop;
    if (this.stale()) this.host.requestUpdate();
  };

  toTop(): void {
    this.scrollTop = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  /** After each render: keep the heights of the rendered rows, size the spacer rows, watch the scroller. */
  afterRender(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller.virtual') ?? undefined;
    if (scroller !== this.scroller) {
      this.observer.disconnect();
      this.scroller = scroller;
      if (scroller) this.observer.observe(scroller);
    }
    if (!scroller || !this.items) return;
    for (const row of scroller.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')) {
      const i = Number(row.getAttribute('aria-rowindex')) - 2;
      const height = row.getBoundingClientRect().height;
      const old = this.heights[i];
      if (!(height > 0) || Math.abs(height - old) < 0.5) continue;
      this.heights[i] = height;
      this.sums.add(i, height - old);
      this.measured.sum += height - old;
      if (!old) {
        this.counts.add(i, 1);
        this.measured.count++;
      }
    }
    const { start, end } = this.last;
    const total = this.items.length;
    scroller.querySelector<HTMLElement>('[data-spacer=top]')?.style.setProperty('height', `${this.offset(start)}px`);
    scroller
      .querySelector<HTMLElement>('[data-spacer=bottom]')
      ?.style.setProperty('height', `${this.offset(total) - this.offset(end)}px`);
    // Rows shorter or taller than guessed: the rows rendered may not cover the view.
    this.scrollTop = scroller.scrollTop;
    if (this.stale()) this.host.requestUpdate();
  }

  /** Shown after being hidden, another width or text size: the rows wrap anew, measure them again. */
  private resized(): void {
    const scroller = this.scroller;
    if (!scroller?.isConnected) return;
    const size = `${scroller.clientWidth}×${scroller.clientHeight}`;
    if (size === this.size) return;
    this.size = size;
    this.viewport = scroller.clientHeight;
    this.header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    this.forget();
    this.host.requestUpdate();
  }
}
