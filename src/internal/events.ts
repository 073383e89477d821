import type { ReadProblem } from '../data/read.js';

/**
 * One problem found in a widget's data or while loading it: `path` in the JSON document
 * (`commendations[12].decision.date`, empty for the whole file), `message` in the page's
 * language, a stable `code` (`invalid-date`, `http_404`), `severity`, and the line and column
 * when the text of the file was read.
 */
export type Problem = ReadProblem;

export type WidgetState = 'loading' | 'ready' | 'stale' | 'empty' | 'error';

/** Fired when a widget cannot show its data. `problems` holds every problem found. */
export class LamtheoErrorEvent extends Event {
  static readonly type = 'lamtheo-error';
  constructor(
    readonly problems: readonly Problem[],
    readonly source: string,
  ) {
    super(LamtheoErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when a widget's state changes (loading → ready, ready → stale, …). */
export class LamtheoStateEvent extends Event {
  static readonly type = 'lamtheo-state';
  constructor(
    readonly state: WidgetState,
    readonly previous: WidgetState,
  ) {
    super(LamtheoStateEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'lamtheo-error': LamtheoErrorEvent;
    'lamtheo-state': LamtheoStateEvent;
  }
}
