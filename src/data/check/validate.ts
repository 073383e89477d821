/**
 * Validation with every message available at once: the CLI, tests, stories and any
 * code that wants words synchronously. Widget bundles that must stay small use
 * validate-lazy.ts, which loads the words of one language only when there are issues.
 */
import '../words/messages-all.js';

export * from './validate-core.js';
