import type { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataSource } from '../controllers/source.js';

// A mixin's base must be constructible with any arguments (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/**
 * The source properties, declared once for every element that reads a dataset (each widget,
 * through `LamtheoDataElement`, and `<lamtheo-dataset>`). The source controller
 * (controllers/source-controller.ts) reads them.
 */
export function withSourceProperties<T extends Constructor<ReactiveElement>>(Base: T): T & Constructor<DataSource> {
  abstract class WithSource extends Base implements DataSource {
    /** URL of a dataset (JSON). */
    @property() src?: string;

    /** Seconds between refreshes of `src` (paused while the tab is hidden). */
    @property({ type: Number }) refresh?: number;

    /** URL of a Server-Sent Events stream whose messages are dataset documents. */
    @property() live?: string;

    /** Seconds to wait for the server before showing an error (default 15). */
    @property({ type: Number }) timeout?: number;

    /** The dataset, set from a script (an object, or JSON text). */
    @property({ attribute: false }) data?: unknown;
  }
  return WithSource;
}
