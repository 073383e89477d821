/**
 * The count-up: decoration over a value that is already final in the markup.
 *
 * A figure is `<span data-count="11368" data-kind="count" data-digits="0">` holding the
 * final text in `.final` and an empty, `aria-hidden` `.rolling` overlay. While a figure
 * animates it carries `data-running`: the final text keeps its place (and the box its
 * width) but is not painted, and the overlay shows the passing values. The plain and
 * progress variants count (one animation-frame loop for every figure on the page writes
 * the data of one text node; the overlay is a layout boundary). The odometer rolls one
 * wheel per digit with a CSS transform transition and no JavaScript per frame.
 *
 * It starts when a figure first scrolls into view (IntersectionObserver), runs once, and
 * later goes from the old value to a new one on live updates. It never runs while the tab
 * is hidden (hiding the tab ends every run at once), under prefers-reduced-motion, or with
 * `no-animation`. `motion` is the seam tests use to stand for the browser.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MetricKind } from '../../schema/index.js';
import { countUpValue, formatValue, odometerWheels } from './figures.js';

export const motion = {
  prefersReducedMotion: (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches,
  isHidden: (): boolean => document.visibilityState === 'hidden',
  /** Length of a count-up or a roll. */
  durationMs: 1200,
};

interface Counting {
  from: number;
  to: number;
  digits: number;
  kind: MetricKind;
  language: string;
  start: number;
  last: string;
  /** When the text was last written. */
  written: number;
}

/**
 * The passing values are written at most every 40 ms (25 a second): faster than the eye reads
 * digits, and each write costs layout (100 counters: several ms a frame at 60 a second).
 */
const writeEveryMs = 40;

/** Figures moving now: a counting run (ticked every frame) or a rolling one (ended by a timer). */
const running = new Map<HTMLElement, Counting | number>();
let frame = 0;

/** The box inside the overlay that holds the passing text or the wheels (see card.ts). */
const overlayOf = (figure: HTMLElement) => figure.querySelector<HTMLElement>('.count')!;
const finalText = (figure: HTMLElement) => figure.querySelector('.final')?.textContent ?? '';
const isOdometer = (figure: HTMLElement) => figure.dataset.variant === 'odometer';

function finish(figure: HTMLElement): void {
  const run = running.get(figure);
  if (typeof run === 'number') window.clearTimeout(run);
  running.delete(figure);
  overlayOf(figure).replaceChildren();
  figure.removeAttribute('data-running');
}

function finishAllWhenHidden(): void {
  if (motion.isHidden()) for (const figure of [...running.keys()]) finish(figure);
}

function write(figure: HTMLElement, text: string): void {
  // The passing number starts where the final one does: padded on the left with figure spaces
  // (as wide as a digit) and laid out from the start of the box, so the text's start never
  // moves; with text-align: end, Chromium counted each longer number as a layout shift.
  const width = Math.max(finalText(figure).length, figure.querySelector('.reserve')?.textContent?.length ?? 0);
  const padded = text.padStart(width, '\u2007');
  const node = overlayOf(figure).firstChild;
  // Changing the data of the one text node is cheaper than replacing it (no node, no style).
  if (node instanceof Text) node.data = padded;
  else overlayOf(figure).textContent = padded;
}

function tick(now: number): void {
  frame = 0;
  for (const [figure, run] of running) {
    if (typeof run === 'number') continue;
    const progress = (now - run.start) / motion.durationMs;
    if (progress >= 1 || !figure.isConnected) {
      finish(figure);
      continue;
    }
    if (now - run.written < writeEveryMs) continue;
    const text = formatValue(countUpValue(run.from, run.to, progress, run.digits), run.kind, run.language, run.digits);
    run.written = now;
    if (text !== run.last) write(figure, (run.last = text));
  }
  if ([...running.values()].some((run) => typeof run === 'object')) frame = requestAnimationFrame(tick);
}

/** Odometer wheels in the overlay, each showing the digit it rolls from. */
function buildWheels(figure: HTMLElement, previous: string): void {
  const cells = odometerWheels(previous, finalText(figure)).map((wheel) => {
    const cell = document.createElement('span');
    if (typeof wheel === 'string') {
      cell.textContent = wheel;
      return cell;
    }
    cell.className = 'wheel';
    const strip = document.createElement('span');
    strip.className = 'strip';
    strip.textContent = '0123456789';
    strip.style.setProperty('--digit', String(wheel.from));
    strip.dataset.to = String(wheel.to);
    cell.append(strip);
    return cell;
  });
  overlayOf(figure).replaceChildren(...cells);
}

/** What the overlay shows before the run: the start value, or wheels at the old digits. */
function prepare(figure: HTMLElement, from: number, fromText: string, language: string): void {
  figure.setAttribute('data-running', '');
  if (isOdometer(figure)) buildWheels(figure, fromText);
  else write(figure, formatValue(from, kindOf(figure), language, Number(figure.dataset.digits)));
}

/** Moves a prepared figure to its final value. */
function play(figure: HTMLElement, from: number, language: string, fresh: boolean): void {
  const previous = running.get(figure);
  if (typeof previous === 'number') window.clearTimeout(previous);
  if (!isOdometer(figure)) {
    const run: Counting = {
      from,
      to: Number(figure.dataset.count),
      digits: Number(figure.dataset.digits),
      kind: kindOf(figure),
      language,
      start: performance.now(),
      last: '',
      written: 0,
    };
    running.set(figure, run);
    frame ||= requestAnimationFrame(tick);
    return;
  }
  const strips = [...figure.querySelectorAll<HTMLElement>('.strip')];
  // A transition needs the wheels' style at their old digits first: wheels just built get it
  // here (one style pass); wheels that waited for the figure to scroll into view have it.
  if (fresh && strips.length) void getComputedStyle(strips[0]).transform;
  for (const strip of strips) {
    strip.style.transitionDuration = `${motion.durationMs}ms`;
    strip.style.setProperty('--digit', strip.dataset.to!);
  }
  running.set(
    figure,
    window.setTimeout(() => finish(figure), motion.durationMs + 50),
  );
}

function kindOf(figure: HTMLElement): MetricKind {
  return (figure.dataset.kind as MetricKind | undefined) ?? 'count';
}

export interface CountUpHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  language: string;
  noAnimation: boolean;
}

export class CountUpController implements ReactiveController {
  /** The value each figure last showed (`undefined` while it waits to scroll into view). */
  private shown = new WeakMap<HTMLElement, number | undefined>();
  private texts = new WeakMap<HTMLElement, string>();
  /** Figures waiting to scroll into view (observed again when the host comes back to the page). */
  private waiting = new Set<HTMLElement>();
  private observer?: IntersectionObserver;

  constructor(private host: CountUpHost) {
    host.addController(this);
  }

  private allowed(): boolean {
    return !this.host.noAnimation && !motion.prefersReducedMotion() && !motion.isHidden();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', finishAllWhenHidden);
    for (const figure of this.waiting) this.observe(figure);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', finishAllWhenHidden);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    for (const figure of this.waiting) {
      if (figure.isConnected) continue;
      this.waiting.delete(figure);
      this.observer?.unobserve(figure);
    }
    for (const figure of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-count]')) {
      const value = Number(figure.dataset.count);
      const seen = this.shown.has(figure);
      const before = this.shown.get(figure);
      const beforeText = this.texts.get(figure) ?? '';
      this.texts.set(figure, finalText(figure));
      if (!seen) {
        this.shown.set(figure, this.allowed() ? undefined : value);
        if (this.shown.get(figure) !== undefined) continue;
        // Until it is in view: the box is there, the overlay waits at 0.
        prepare(figure, 0, '', this.host.language);
        this.observe(figure);
      } else if (before !== undefined && before !== value) {
        this.shown.set(figure, value);
        if (!this.allowed()) {
          finish(figure);
          continue;
        }
        prepare(figure, before, beforeText, this.host.language);
        play(figure, before, this.host.language, true);
      }
    }
  }

  private observe(figure: HTMLElement): void {
    this.waiting.add(figure);
    this.observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const target = entry.target as HTMLElement;
        this.observer?.unobserve(target);
        this.waiting.delete(target);
        this.shown.set(target, Number(target.dataset.count));
        if (!this.allowed()) {
          finish(target);
          continue;
        }
        // The value may have changed while it waited: go from 0 to the current one.
        if (isOdometer(target)) buildWheels(target, '');
        play(target, 0, this.host.language, isOdometer(target));
      }
    });
    this.observer.observe(figure);
  }
}
