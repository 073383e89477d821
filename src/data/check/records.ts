/**
 * Checks across records, run after the schema accepted the document: ids used twice
 * (an error: a widget could show the wrong record), references to units or pledge
 * forms that are not in the file, spaces that cannot be placed on a map, and parts
 * that do not add up to their total (warnings).
 */
import type { Dataset } from '../../schema/dataset.js';
import { makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';

type Collection = 'units' | 'metrics' | 'commendations' | 'pledgeTemplates' | 'pledges' | 'spaces';
const ID_COLLECTIONS: Collection[] = ['units', 'metrics', 'commendations', 'pledgeTemplates', 'pledges', 'spaces'];

/**
 * The ids of one collection, as its records come (all at once, or slice by slice): each id's
 * first record, and an issue for every id used again.
 */
export class IdIndex<T extends { id?: string } = { id?: string }> {
  readonly byId = new Map<string, T>();
  readonly duplicates: Issue[] = [];
  private firstAt = new Map<string, number>();
  constructor(
    private readonly name: string,
    private readonly lang: Lang,
  ) {}

  /** Records `records`, the first of which is record `from` of the collection. */
  add(records: readonly T[], from = 0): this {
    records.forEach((item, i) => {
      if (item.id === undefined) return;
      const earlier = this.firstAt.get(item.id);
      if (earlier === undefined) {
        this.firstAt.set(item.id, from + i);
        this.byId.set(item.id, item);
      } else {
        const { name, lang } = this;
        this.duplicates.push(
          makeIssue('duplicate-id', [name, from + i, 'id'], { id: item.id, first: `${name}[${earlier}]` }, lang),
        );
      }
    });
    return this;
  }
}

/** Ids used more than once in the same collection (`indexed`: collections whose ids were already gone through). */
export function duplicateIds(data: Dataset, lang: Lang, indexed?: ReadonlyMap<string, IdIndex>): Issue[] {
  return ID_COLLECTIONS.flatMap(
    (name) => (indexed?.get(name) ?? new IdIndex(name, lang).add((data[name] ?? []) as { id?: string }[])).duplicates,
  );
}

interface Reference {
  id: string | undefined;
  path: PathSegment[];
}

function unitReferences(data: Dataset): Reference[] {
  const refs: Reference[] = [];
  const add = (id: string | undefined, ...path: PathSegment[]) => id !== undefined && refs.push({ id, path });
  data.units?.forEach((u, i) => {
    add(u.parent, 'units', i, 'parent');
    u.successors?.forEach((s, j) => add(s, 'units', i, 'successors', j));
  });
  data.metrics?.forEach((m, i) => {
    add(m.about, 'metrics', i, 'about');
    m.breakdown?.forEach((b, j) => add(b.about, 'metrics', i, 'breakdown', j, 'about'));
  });
  data.commendations?.forEach((c, i) => {
    add(c.recipient.unitId, 'commendations', i, 'recipient', 'unitId');
    add(c.issuer.unitId, 'commendations', i, 'issuer', 'unitId');
  });
  data.pledges?.forEach((p, i) => {
    add(p.unitId, 'pledges', i, 'unitId');
    add(p.cellId, 'pledges', i, 'cellId');
  });
  data.spaces?.forEach((s, i) => {
    add(s.unitId, 'spaces', i, 'unitId');
    add(s.hostUnitId, 'spaces', i, 'hostUnitId');
  });
  return refs;
}

/**
 * References to ids that are not in the file. Only checked when the file has the
 * collection referred to: a commendations-only file may name units kept elsewhere.
 */
export function unknownReferences(data: Dataset, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  if (data.units) {
    const ids = new Set(data.units.map((u) => u.id));
    for (const ref of unitReferences(data))
      if (ref.id !== undefined && !ids.has(ref.id))
        issues.push(makeIssue('unknown-reference', ref.path, { id: ref.id, collection: 'units' }, lang, 'warning'));
  }
  if (data.pledgeTemplates) {
    const ids = new Set(data.pledgeTemplates.map((t) => t.id));
    data.pledges?.forEach((p, i) => {
      if (!ids.has(p.templateId))
        issues.push(
          makeIssue(
            'unknown-reference',
            ['pledges', i, 'templateId'],
            { id: p.templateId, collection: 'pledgeTemplates' },
            lang,
            'warning',
          ),
        );
    });
  }
  return issues;
}

/** Physical spaces with neither a location nor a url cannot be shown on the map. */
export function unplacedSpaces(data: Dataset, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  data.spaces?.forEach((s, i) => {
    if (s.location === undefined && s.url === undefined)
      issues.push(makeIssue('space-without-location', ['spaces', i], {}, lang, 'warning'));
  });
  return issues;
}

/** Breakdown parts that do not add up to the metric's value (stated or derived). */
export function breakdownSums(data: Dataset, values: ReadonlyMap<string, number>, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  data.metrics?.forEach((m, i) => {
    const value = values.get(m.id) ?? m.value;
    if (!m.breakdown?.length || value === undefined) return;
    const sum = m.breakdown.reduce((total, part) => total + part.value, 0);
    if (Math.abs(sum - value) > 1e-9 * Math.max(1, Math.abs(value)))
      issues.push(makeIssue('breakdown-sum', ['metrics', i, 'breakdown'], { sum, value }, lang, 'warning'));
  });
  return issues;
}
