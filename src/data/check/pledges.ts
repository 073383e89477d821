/**
 * Pledges: the check against the form (pledge-check.ts) and the validation of what a
 * pledge form posts, with the words of the messages registered.
 */
import '../words/messages-all.js';
import { pledgeSubmission, type PledgeSubmission } from '../../schema/pledge.js';
import type { PledgeTemplate } from '../../schema/pledge-template.js';
import { makeIssue, type Issue, type Lang } from '../words/issues.js';
import { safeParse } from '../../schema/zod.js';
import { validatePledgeAgainstTemplate } from './pledge-check.js';
import { fromZodIssues } from './zod-issues.js';

export * from './pledge-check.js';

export type PledgeSubmissionResult = { ok: true; data: PledgeSubmission } | { ok: false; errors: Issue[] };

/** What a receiver runs on a posted body: the shape, then the form's rules. Never throws. */
export function validatePledgeSubmission(
  input: unknown,
  template: PledgeTemplate,
  options: { lang?: Lang } = {},
): PledgeSubmissionResult {
  const lang = options.lang ?? 'vi';
  try {
    const parsed = safeParse(pledgeSubmission, input, { reportInput: true });
    if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues, lang) };
    const errors = validatePledgeAgainstTemplate(parsed.data, template, { lang });
    return errors.length ? { ok: false, errors } : { ok: true, data: parsed.data };
  } catch (err) {
    return { ok: false, errors: [makeIssue('invalid', [], { detail: String(err).slice(0, 200) }, lang)] };
  }
}
