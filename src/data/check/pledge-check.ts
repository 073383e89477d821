/**
 * Checks a pledge against its form: one commitment for every heading, no heading
 * that the form does not have, and the fields the form requires. Used by the pledge
 * form before posting, by a receiver after `pledgeSubmission` accepted the shape, and
 * by the dataset checks (as warnings). Import it from './pledges.js' to get the words
 * of the messages registered too.
 */
import type { PledgeTemplate } from '../../schema/pledge-template.js';
import { makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';

/** The parts of a pledge this check reads: a stored pledge and a submission both fit. */
export interface PledgeLike {
  templateId: string;
  year: number;
  person: { fullName?: string; position?: string };
  unitId?: string;
  cellId?: string;
  commitments: { headingId: string; commitment: string; measures?: string; deadline?: string }[];
  selfAssessment?: string;
}

export interface PledgeCheckOptions {
  lang?: Lang;
  /** Where the pledge sits, to prefix paths: `['pledges', 3]`. */
  path?: PathSegment[];
}

export function validatePledgeAgainstTemplate(
  pledge: PledgeLike,
  template: PledgeTemplate,
  options: PledgeCheckOptions = {},
): Issue[] {
  const lang = options.lang ?? 'vi';
  const base = options.path ?? [];
  const issues: Issue[] = [];
  const add = (code: Parameters<typeof makeIssue>[0], path: PathSegment[], params = {}) =>
    issues.push(makeIssue(code, [...base, ...path], params, lang));

  if (pledge.templateId !== template.id)
    add('template-mismatch', ['templateId'], { field: 'templateId', expected: template.id, actual: pledge.templateId });
  if (pledge.year !== template.year)
    add('template-mismatch', ['year'], { field: 'year', expected: template.year, actual: pledge.year });

  const headings = new Map(template.headings.map((h) => [h.id, h]));
  const answered = new Set<string>();
  pledge.commitments.forEach((c, i) => {
    if (!headings.has(c.headingId)) add('unknown-heading', ['commitments', i, 'headingId'], { headingId: c.headingId });
    else if (answered.has(c.headingId))
      add('duplicate-heading', ['commitments', i, 'headingId'], { headingId: c.headingId });
    else if (c.commitment.trim() !== '') answered.add(c.headingId);
  });
  for (const heading of template.headings)
    if (!answered.has(heading.id)) add('missing-commitment', ['commitments'], { heading: heading.title });

  for (const field of template.requiredFields ?? []) {
    if (field === 'position' && !pledge.person.position) add('required-field', ['person', 'position'], { field });
    else if ((field === 'unitId' || field === 'cellId' || field === 'selfAssessment') && !pledge[field])
      add('required-field', [field], { field });
    else if (field === 'measures' || field === 'deadline')
      pledge.commitments.forEach((c, i) => {
        if (!c[field]) add('required-field', ['commitments', i, field], { field });
      });
  }
  return issues;
}

/** Pledges in a dataset checked against their templates; problems are warnings there. */
export function pledgesAgainstTemplates(
  pledges: readonly PledgeLike[] | undefined,
  templates: readonly PledgeTemplate[] | undefined,
  lang: Lang,
): Issue[] {
  if (!pledges || !templates) return [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  return pledges.flatMap((p, i) => {
    const template = byId.get(p.templateId);
    if (!template) return [];
    return validatePledgeAgainstTemplate(p, template, { lang, path: ['pledges', i] })
      .filter((issue) => issue.code !== 'template-mismatch' || issue.path.endsWith('year'))
      .map((issue) => ({ ...issue, severity: 'warning' as const }));
  });
}
