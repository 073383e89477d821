// Per-element languages for @lit/localize's `msg()`.
//
// @lit/localize's own runtime mode (`configureLocalization`) keeps ONE active locale per page:
// one widget in `lang="en"` turned every widget's words English. Here every `msg()` call is
// answered in the language being rendered *now*: a LamtheoElement sets it around its whole
// update cycle (base-element.ts), code outside an update (event handlers, timers, loaders)
// sets it with `inLanguage`, and outside both it is the document's language.
//
// The msg implementation is installed the way `configureLocalization` installs its own
// (node_modules/@lit/localize/init/runtime.js): `_installMsgImplementation` and `runtimeMsg`
// are internals of @lit/localize 0.12 (the package has no exports map, so the deep imports
// resolve). The version is pinned in package.json, and test/i18n/per-element.test.ts fails
// loudly if an update moves or changes them.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { TemplateMap } from '@lit/localize/internal/types.js';

import { defaultLanguage, toLanguage, type Language } from './language.js';
import { lazyPart } from './lazy-part.js';

export { defaultLanguage, toLanguage, type Language };

/**
 * The English strings of the interface (Vietnamese is the source language: it needs none). Most
 * visitors read Vietnamese: they are a separate chunk, fetched only when an element speaks English.
 */
export const englishStrings = lazyPart('english', () => import('./locales/en.js'));

/**
 * The English strings downloaded so far: the interface's once `englishStrings` came, and the
 * chunks of their own added by `addEnglish` (the data layer's problem words, the CSV words).
 */
let english: TemplateMap | undefined;
let interfaceEnglish = false;

function englishTemplates(): TemplateMap | undefined {
  if (!interfaceEnglish && englishStrings.value) {
    interfaceEnglish = true;
    addEnglish(englishStrings.value.templates as TemplateMap);
  }
  return english;
}
/** The language of the element being rendered, or of the `inLanguage` call running. */
let speaking: Language | undefined;

/** The page's language; in Node (the command line, `lamtheo/schema`), where there is no page, Vietnamese. */
const documentLanguage = (): Language =>
  typeof document === 'undefined' ? defaultLanguage : toLanguage(document.documentElement.getAttribute('lang'));

_installMsgImplementation(((template, options) =>
  runtimeMsg(
    (speaking ?? documentLanguage()) === 'en' ? englishTemplates() : undefined,
    template,
    options,
  )) as Parameters<typeof _installMsgImplementation>[0]);

/**
 * Whether the strings of `language` are here; when they are not, starts downloading them and
 * returns the promise of their arrival. A failed download resolves too: the element then
 * shows its Vietnamese words rather than nothing, and says that the English ones could not be
 * downloaded, with a retry (internal/data-element.ts).
 */
export function languageReady(language: Language): true | Promise<void> {
  if (language !== 'en' || englishStrings.value) return true;
  return englishStrings.load(language).then(() => undefined);
}

/**
 * Adds English strings built into a chunk of their own (scripts/i18n-split.js): the data
 * layer's problem words, downloaded only when there is a problem to tell in English.
 */
export function addEnglish(templates: TemplateMap): void {
  english = { ...english, ...templates };
}

/** Something that speaks a language: a lamtheo element, or the language itself. */
export type Speaker = Language | { readonly language: Language };

/**
 * Runs `words` with every `msg()` inside it answered in `speaker`'s language: for code that
 * words something outside the element's update (an event handler, a timer, a download that
 * finished). Calls nest; the language before is restored even when `words` throws.
 */
export function inLanguage<T>(speaker: Speaker, words: () => T): T {
  const before = speaking;
  speaking = typeof speaker === 'string' ? speaker : speaker.language;
  try {
    return words();
  } finally {
    speaking = before;
  }
}

/**
 * The language of an element: the nearest `lang` attribute, crossing shadow roots
 * outwards, falling back to Vietnamese.
 */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return toLanguage(withLang.getAttribute('lang'));
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return defaultLanguage;
}
