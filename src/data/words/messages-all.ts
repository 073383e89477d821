/**
 * Registers the Vietnamese and English words at import. For code that needs messages
 * synchronously (the CLI, a pledge receiver, validate.ts); widget bundles that want to
 * stay small use validate-lazy.ts instead, which loads one language only when needed.
 */
import { registerMessages } from './messages.js';
import { messagesEn } from './messages-en.js';
import { messagesVi } from './messages-vi.js';

registerMessages('vi', messagesVi);
registerMessages('en', messagesEn);
