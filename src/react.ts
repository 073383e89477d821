/**
 * `lamtheo/react`: the lamtheo tags in React 19's JSX, typed. Types only; load the elements
 * themselves with `import 'lamtheo/all'` (or one family, `import 'lamtheo/counter'`).
 *
 * ```tsx
 * import 'lamtheo/all';
 * import type {} from 'lamtheo/react';
 *
 * <lamtheo-counter metric="dang-vien" data={dataset} onlamtheo-error={(e) => console.log(e.problems)} />
 * ```
 * React 19 sets a prop as a property when the element has one (`data`, `noAnimation`), as an
 * attribute otherwise, and listens to `on<event name>` props (`onlamtheo-state`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LamtheoEventMap } from './internal/events.js';
import type { LamtheoProperties, LamtheoTagName } from './element-types.js';

export type * from './element-types.js';

/** `onlamtheo-error`, `onlamtheo-state`, `onlamtheo-pledge-sent`: React 19 adds them as listeners. */
export type LamtheoReactEvents = {
  [K in keyof LamtheoEventMap as `on${K}`]?: (event: LamtheoEventMap[K]) => void;
};

/** The props of a lamtheo element in JSX: its properties, its events, and what every element takes. */
export type LamtheoReactProps<E extends HTMLElement> = LamtheoProperties<E> &
  LamtheoReactEvents &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof LamtheoProperties<E>>;

type LamtheoIntrinsicElements = { [T in LamtheoTagName]: LamtheoReactProps<HTMLElementTagNameMap[T]> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends LamtheoIntrinsicElements {}
  }
}
