/**
 * `lamtheo/vue`: the lamtheo tags in Vue 3's templates (`GlobalComponents`, what vue-tsc and
 * Volar check a template against), typed. Types only; load the elements with
 * `import 'lamtheo/all'`, and tell Vue's compiler they are custom elements:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('lamtheo-')`.
 *
 * ```html
 * <lamtheo-counter metric="dang-vien" :data.prop="dataset" @lamtheo-error="onError" />
 * ```
 */
import type { HTMLAttributes, PublicProps } from 'vue';
import type { LamtheoEventMap } from './internal/events.js';
import type { LamtheoProperties, LamtheoTagName, PascalCase } from './element-types.js';

export type * from './element-types.js';

/** `@lamtheo-error` is the prop `onLamtheoError` to Vue's type checker. */
export type LamtheoVueEvents = {
  [K in keyof LamtheoEventMap as `on${PascalCase<K>}`]?: (event: LamtheoEventMap[K]) => void;
};

/** A lamtheo element as Vue's type checker sees a component: its props are the element's properties and events. */
export type LamtheoVueComponent<E extends HTMLElement> = new () => E & {
  /** For template type checks only: the props a template may pass. */
  $props: LamtheoProperties<E> & LamtheoVueEvents & Omit<HTMLAttributes, keyof LamtheoProperties<E>> & PublicProps;
};

type LamtheoGlobalComponents = { [T in LamtheoTagName]: LamtheoVueComponent<HTMLElementTagNameMap[T]> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends LamtheoGlobalComponents {}
}
