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

/** What `<lamtheo-pledge-form>` tells the page when the receiver confirmed a pledge. */
export interface PledgeSentDetail {
  /** The receiver's receipt number (empty when it gave none). */
  readonly receipt: string;
  /** The private code that reopens the registration (lamtheo's receiver); empty when none. */
  readonly code: string;
  /** The Idempotency-Key the pledge was sent with: the same on every retry of one pledge. */
  readonly idempotencyKey: string;
}

/**
 * Fired by `<lamtheo-pledge-form>` when the receiver confirmed a pledge. A `CustomEvent`, so
 * listeners read `event.detail.receipt` (as they did before it had a class of its own).
 */
export class LamtheoPledgeSentEvent extends CustomEvent<PledgeSentDetail> {
  static readonly type = 'lamtheo-pledge-sent';
  constructor(detail: PledgeSentDetail) {
    super(LamtheoPledgeSentEvent.type, { bubbles: true, composed: true, detail });
  }
}

/** Every event a lamtheo element fires, by name (also in `HTMLElementEventMap`). */
export interface LamtheoEventMap {
  'lamtheo-error': LamtheoErrorEvent;
  'lamtheo-state': LamtheoStateEvent;
  'lamtheo-pledge-sent': LamtheoPledgeSentEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- its members are LamtheoEventMap's
  interface HTMLElementEventMap extends LamtheoEventMap {}
}
