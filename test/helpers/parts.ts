/**
 * For tests of a part of a widget that cannot be downloaded (src/i18n/lazy-part.ts): puts
 * parts offline through the one seam, `offlineParts`, and fails the test on any unhandled
 * promise rejection meanwhile. Call `whenPartsFail()` inside a `describe`.
 */
import { expect } from '@open-wc/testing';
import { offlineParts } from '../../src/i18n/lazy-part.js';

export function whenPartsFail(): { offline(...names: string[]): void; online(...names: string[]): void } {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  const warn = console.warn;
  beforeEach(() => {
    rejections.length = 0;
    addEventListener('unhandledrejection', onRejection);
    // The part helper tells the console of every failed download: expected here.
    console.warn = (...args: unknown[]) => {
      if (!String(args[0]).includes('could not download the part')) warn(...args);
    };
  });
  afterEach(async () => {
    // An unhandled rejection is reported after the task that left it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
    offlineParts.clear();
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });
  return {
    offline: (...names) => names.forEach((name) => offlineParts.add(name)),
    online: (...names) => names.forEach((name) => offlineParts.delete(name)),
  };
}

/** The visible "part missing" note of a widget, with its retry button. */
export function partMissing(root: ParentNode): { text: string; retry: HTMLButtonElement } | undefined {
  const note = root.querySelector<HTMLElement>('[part~=part-missing]');
  const retry = note?.querySelector('button');
  // Seen: in the layout, not hidden, with room for its words.
  const seen = note && note.checkVisibility({ visibilityProperty: true }) && note.getBoundingClientRect().height > 10;
  return note && retry && seen ? { text: note.textContent!.replace(/\s+/g, ' ').trim(), retry } : undefined;
}
