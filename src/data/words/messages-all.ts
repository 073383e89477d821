/**
 * Registers the problem words in both languages at import. For code that words problems
 * synchronously (the command line, the pledge checks that a pledge form and a receiver run);
 * widgets reading a dataset load them with `loadMessages` only when there is a problem.
 */
import { templates } from '../../i18n/locales/en-problems.js';
import { registerMessages } from './messages.js';
import { addEnglish, problemWords } from './problem-words.js';

addEnglish(templates);
registerMessages(problemWords, ['vi', 'en']);
