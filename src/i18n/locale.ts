import { configureLocalization } from '@lit/localize';
import { templates as en } from './locales/en.js';

import { defaultLanguage, toLanguage, type Language } from '../data/language.js';

export { defaultLanguage, toLanguage, type Language };

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'vi',
  targetLocales: ['en'],
  // The English templates are a few hundred bytes: bundled, so a slow link never waits
  // for a second request before a widget can speak English.
  loadLocale: async () => ({ templates: en }),
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
