/**
 * Types for code that uses the elements from outside: every tag, every event, and the
 * properties a framework may set. Types only (nothing here reaches a bundle); the React and
 * Vue declarations (react.ts, vue.ts) are built on them, and every entry's types reach them.
 *
 * The tags come from `HTMLElementTagNameMap`, which each family's index.ts extends: a new
 * element is here as soon as its family declares its tag.
 */
import type { LitElement } from 'lit';

// Every family's `HTMLElementTagNameMap` entries (and the classes, for convenience).
export type * from './index.js';
// The studio's tags (<lamtheo-studio> and its two editors): not in all.js, typed all the same.
export type * from './studio/index.js';
export type { LamtheoEventMap, PledgeSentDetail } from './internal/events.js';

/** Every lamtheo tag name: `'lamtheo-counter' | 'lamtheo-counter-grid' | …`. */
export type LamtheoTagName = Extract<keyof HTMLElementTagNameMap, `lamtheo-${string}`>;

/** The element class of a tag: `LamtheoElementOf<'lamtheo-counter'>` is `LamtheoCounter`. */
export type LamtheoElementOf<T extends LamtheoTagName> = HTMLElementTagNameMap[T];

/**
 * The properties of an element a framework may set: its own fields (not HTMLElement's or
 * Lit's), not its methods, all optional. `data` takes a dataset object (or a JSON string);
 * `metric`, `src`, … the same values as the attributes.
 */
export type LamtheoProperties<E> = {
  -readonly [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `lamtheo-state` → `LamtheoState` (Vue's `@lamtheo-state` is the prop `onLamtheoState`). */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;
