/**
 * The count-up: decoration over a value that is already final in the markup.
 *
 * A figure is `<span data-count="11368">` holding the final text in `.final` and an empty,
 * `aria-hidden` `.rolling` overlay. While a figure animates it carries `data-running`: the
 * final text keeps its place (and the box its width) but is not painted, and the overlay
 * shows one wheel per digit that rolls from 0 (or from the old value's digit, on a live
 * update) to the final digit.
 *
 * Why wheels and not text written every frame (as CountUp.js does): a wheel is a CSS
 * `transform` transition, which the compositor runs without the main thread. Writing the
 * text of 100 counters every frame cost about 5 ms of layout per frame here (bench/
 * scenarios/counters.js); rolling wheels cost nothing per frame. No JavaScript runs during
 * the animation: a timer ends it.
 *
 * It starts when a figure first scrolls into view (IntersectionObserver), runs once, and
 * later rolls from the old value to a new one on live updates. It never runs while the tab
 * is hidden (hiding the tab ends every run at once), under prefers-reduced-motion, or with
 * `no-animation`. `motion` is the seam tests use to stand for the browser.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { odometerWheels } from './figures.js';

export const motion = {
  prefersReducedMotion: (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches,
  isHidden: (): boolean => document.visibilityState === 'hidden',
  /** Length of a count-up or a roll. */
  durationMs: 1200,
};

/** Figures rolling now, with the timer that ends each. */
const running = new Map<HTMLElement, ReturnType<typeof setTimeout>>();

function finish(figure: HTMLElement): void {
  clearTimeout(running.get(figure));
  running.delete(figure);
  figure.querySelector('.rolling')?.replaceChildren();
  figure.removeAttribute('data-running');
}

function finishAllWhenHidden(): void {
  if (motion.isHidden()) for (const figure of [...running.keys()]) finish(figure);
}

const finalText = (figure: HTMLElement) => figure.querySelector('.final')?.textContent ?? '';

/** Puts the wheels in the overlay, each showing the digit it rolls from; gives the strips. */
function buildWheels(figure: HTMLElement, previous: string): HTMLElement[] {
  const strips: HTMLElement[] = [];
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
    strips.push(strip);
    return cell;
  });
  figure.querySelector('.rolling')!.replaceChildren(...cells);
  figure.setAttribute('data-running', '');
  return strips;
}

/** Rolls the wheels to their digits (a CSS transition) and ends the run after `durationMs`. */
function roll(figure: HTMLElement, strips: HTMLElement[], fresh: boolean): void {
  clearTimeout(running.get(figure));
  // A transition needs the wheels' style at their old digits first: wheels just built get it
  // here (one style pass); wheels that waited for the figure to scroll into view have it.
  if (fresh && strips.length) void getComputedStyle(strips[0]).transform;
  for (const strip of strips) {
    strip.style.transitionDuration = `${motion.durationMs}ms`;
    strip.style.setProperty('--digit', strip.dataset.to!);
  }
  running.set(
    figure,
    setTimeout(() => finish(figure), motion.durationMs + 50),
  );
}

export interface CountUpHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  noAnimation: boolean;
}

export class CountUpController implements ReactiveController {
  /** The value each figure last showed (`undefined` while it waits to scroll into view). */
  private shown = new WeakMap<HTMLElement, number | undefined>();
  private texts = new WeakMap<HTMLElement, string>();
  private observer?: IntersectionObserver;

  constructor(private host: CountUpHost) {
    host.addController(this);
  }

  private allowed(): boolean {
    return !this.host.noAnimation && !motion.prefersReducedMotion() && !motion.isHidden();
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', finishAllWhenHidden);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', finishAllWhenHidden);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    for (const figure of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-count]')) {
      const value = Number(figure.dataset.count);
      const seen = this.shown.has(figure);
      const before = this.shown.get(figure);
      const beforeText = this.texts.get(figure) ?? '';
      this.texts.set(figure, finalText(figure));
      if (!seen) {
        this.shown.set(figure, this.allowed() ? undefined : value);
        if (this.shown.get(figure) !== undefined) continue;
        // Until it is in view: the box is there, the wheels wait at 0.
        buildWheels(figure, '');
        this.observe(figure);
      } else if (before !== undefined && before !== value) {
        this.shown.set(figure, value);
        if (this.allowed()) roll(figure, buildWheels(figure, beforeText), true);
        else finish(figure);
      }
    }
  }

  private observe(figure: HTMLElement): void {
    this.observer ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const target = entry.target as HTMLElement;
        this.observer?.unobserve(target);
        this.shown.set(target, Number(target.dataset.count));
        // The wheels wait at 0 since the first render (buildWheels above): they roll from there.
        const waiting = [...target.querySelectorAll<HTMLElement>('.strip')];
        if (this.allowed()) roll(target, waiting, false);
        else finish(target);
      }
    });
    this.observer.observe(figure);
  }
}
