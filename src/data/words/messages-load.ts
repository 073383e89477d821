/**
 * Loads the problem words on demand: problem-words.ts (the Vietnamese source) and, for
 * English, their English strings (src/i18n/locales/en-problems.ts, built from the one xliff by
 * scripts/i18n-split.js). Bundlers put each in a chunk of its own.
 */
import type { Language } from '../../i18n/language.js';
import { hasMessages, registerMessages } from './messages.js';

export async function loadMessages(lang: Language): Promise<void> {
  if (hasMessages(lang)) return;
  const [{ problemWords, addEnglish }, english] = await Promise.all([
    import('./problem-words.js'),
    lang === 'en' ? import('../../i18n/locales/en-problems.js') : undefined,
  ]);
  if (english) addEnglish(english.templates);
  registerMessages(problemWords, english ? ['vi', 'en'] : ['vi']);
}
