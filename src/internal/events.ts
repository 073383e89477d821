import type { Problem } from '../schema/result.js';

/** One problem found in a widget's data or while loading it (see schema/result.ts). */
export type { Problem };

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
