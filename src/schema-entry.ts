/**
 * The `lamtheo/schema` entry: the zod schema and its types, and the validators the widgets,
 * the CLI and a portal's own backend share (the pledge receiver uses
 * `validatePledgeSubmission`). No Lit, no DOM.
 */
export * from './schema/index.js';
export { validateDataset, validateJsonText, type ValidationResult } from './data/check/validate.js';
export { validatePledgeSubmission, validatePledgeAgainstTemplate } from './data/check/pledges.js';
export { readDataset, type LoadedDataset, type ReadResult } from './data/read.js';
export type { Issue } from './data/words/issues.js';
