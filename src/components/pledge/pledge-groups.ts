/**
 * The public pledges of a dataset, grouped by unit for <lamtheo-pledge-list>, with a
 * tone-insensitive search over the person, the unit and what they pledged.
 */
import type { Dataset, Pledge, PledgeTemplate, Unit } from '../../schema/index.js';
import { foldForSearch, matchesFolded } from '../../data/words/search.js';

export interface ShownPledge {
  pledge: Pledge;
  template?: PledgeTemplate;
  unitName: string;
  cellName: string;
  /** Heading titles by heading id (the template's, or the id itself). */
  headingTitle: (headingId: string) => string;
  folded: string;
}

export interface PledgeGroup {
  /** '' for pledges with no unit. */
  unitId: string;
  unitName: string;
  pledges: ShownPledge[];
}

const indexes = new WeakMap<Dataset, ShownPledge[]>();

/** The public pledges, each with its folded search text (computed once per dataset). */
export function publicPledges(dataset: Dataset, unitsById: ReadonlyMap<string, Unit>): ShownPledge[] {
  let found = indexes.get(dataset);
  if (found) return found;
  const templates = new Map((dataset.pledgeTemplates ?? []).map((t) => [t.id, t]));
  found = (dataset.pledges ?? [])
    .filter((p) => p.public)
    .map((pledge) => {
      const template = templates.get(pledge.templateId);
      const titles = new Map(template?.headings.map((h) => [h.id, h.title]));
      const unitName = (pledge.unitId && unitsById.get(pledge.unitId)?.name) || pledge.unitId || '';
      const cellName = (pledge.cellId && unitsById.get(pledge.cellId)?.name) || pledge.cellId || '';
      const words = [pledge.person.fullName, pledge.person.position, unitName, cellName];
      for (const c of pledge.commitments) words.push(c.commitment, c.measures);
      return {
        pledge,
        template,
        unitName,
        cellName,
        headingTitle: (id: string) => titles.get(id) ?? id,
        folded: foldForSearch(words.filter(Boolean).join(' ')),
      };
    });
  indexes.set(dataset, found);
  return found;
}

/** Pledges matching `query`, grouped by unit; groups sorted by unit name, people by name, no-unit last. */
export function groupPledges(shown: readonly ShownPledge[], query: string): PledgeGroup[] {
  const folded = foldForSearch(query);
  const groups = new Map<string, PledgeGroup>();
  for (const s of shown) {
    if (!matchesFolded(s.folded, folded)) continue;
    const unitId = s.pledge.unitId ?? '';
    let group = groups.get(unitId);
    if (!group) groups.set(unitId, (group = { unitId, unitName: s.unitName, pledges: [] }));
    group.pledges.push(s);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'vi', { numeric: true });
  const list = [...groups.values()];
  for (const g of list) g.pledges.sort((a, b) => byName(personName(a.pledge), personName(b.pledge)));
  return list.sort((a, b) => (!a.unitId ? 1 : !b.unitId ? -1 : byName(a.unitName, b.unitName)));
}

export function personName(p: Pledge): string {
  return p.person.fullName ?? p.person.position ?? '';
}
