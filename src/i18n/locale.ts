import { configureLocalization } from '@lit/localize';

import { defaultLanguage, toLanguage, type Language } from '../data/language.js';

export { defaultLanguage, toLanguage, type Language };

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'vi',
  targetLocales: ['en'],
  // Most visitors read Vietnamese (the source language): the English strings of every
  // widget are a separate chunk, fetched only by pages in English.
  loadLocale: () => import('./locales/en.js'),
});

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

/**
 * Switches the strings of every lamtheo element to `language`. @lit/localize keeps one
 * active locale per page, so strings follow the language most recently asked for; numbers
 * and dates are formatted per element (see `languageOf`).
 */
export function useLanguage(language: Language): Promise<void> {
  return getLocale() === language ? Promise.resolve() : setLocale(language);
}

export { getLocale as currentLanguage };
