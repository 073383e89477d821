import { languageOf, type Language } from '../i18n/locale.js';

/** An element that follows the language of its nearest `lang` attribute. */
export interface LanguageAware extends Element {
  language: Language;
}

const watched = new Set<LanguageAware>();
let observer: MutationObserver | undefined;

function update(element: LanguageAware): void {
  const language = languageOf(element);
  if (element.language !== language) element.language = language;
}

/**
 * Starts following `lang` attributes for an element: now, and whenever any `lang` in the
 * document changes (a portal's language switch). One observer serves every element and
 * stops when the last element leaves the page. Only the elements whose language changed
 * update: every element words its strings in its own language (see i18n/locale.ts).
 */
export function watchLanguage(element: LanguageAware): void {
  watched.add(element);
  update(element);
  if (!observer) {
    observer = new MutationObserver(() => watched.forEach(update));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLanguage(element: LanguageAware): void {
  watched.delete(element);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
