/** Loads the words of one language on demand; bundlers put each catalogue in its own chunk. */
import { hasMessages, registerMessages } from './messages.js';

export async function loadMessages(lang: 'vi' | 'en'): Promise<void> {
  if (hasMessages(lang)) return;
  if (lang === 'en') registerMessages('en', (await import('./messages-en.js')).messagesEn);
  else registerMessages('vi', (await import('./messages-vi.js')).messagesVi);
}
