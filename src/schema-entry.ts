/**
 * The `lamtheo/schema` entry: the zod schema and its types, and the checks the widgets, the
 * CLI and a portal's own backend share: `checkDataset` for a dataset (text or value, the one
 * checker the widgets and `lamtheo validate` use too), the pledge checks for what a pledge form
 * posts (the pledge receiver uses `validatePledgeSubmission`). No Lit, no DOM.
 */
export * from './schema/index.js';
export { checkDataset, type CheckOptions, type CheckResult, type ReadProgress } from './data/check/check.js';
export { validatePledgeSubmission, validatePledgeAgainstTemplate } from './data/check/pledges.js';
export { localiseIssues, type Issue } from './data/words/issues.js';
export type { NormalisedDataset } from './data/normalise/normalise.js';
