/**
 * The units a person can choose in the pledge form, and the tone-insensitive filter
 * behind the picker: "phuong 3" finds "Phường 3", "chi bo khu pho" finds "Chi bộ Khu phố 2".
 */
import type { Unit } from '../../schema/index.js';
import { foldForSearch, matchesFolded } from '../../data/words/search.js';

export interface UnitOption {
  id: string;
  name: string;
  /** The parent's name, shown under the option to tell "Chi bộ 1" of two wards apart. */
  context: string;
  folded: string;
}

function option(unit: Unit, unitsById: ReadonlyMap<string, Unit>): UnitOption {
  const parent = unit.parent ? unitsById.get(unit.parent)?.name : undefined;
  const context = parent ?? '';
  const folded = foldForSearch([unit.name, ...(unit.aliases ?? []), context].join(' '));
  return { id: unit.id, name: unit.name, context, folded };
}

/** Units a person belongs to (anything but a party cell), then the party cells, both sorted by name. */
export function unitChoices(units: readonly Unit[]): { units: UnitOption[]; cells: UnitOption[] } {
  const byId = new Map(units.map((u) => [u.id, u]));
  const sort = (list: UnitOption[]) => list.sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true }));
  return {
    units: sort(units.filter((u) => u.kind !== 'party-cell').map((u) => option(u, byId))),
    cells: sort(units.filter((u) => u.kind === 'party-cell').map((u) => option(u, byId))),
  };
}

/** Options matching what was typed, at most `limit`; `total` is how many matched. */
export function filterOptions(
  options: readonly UnitOption[],
  query: string,
  limit = 50,
): { shown: UnitOption[]; total: number } {
  const folded = foldForSearch(query);
  const matched = options.filter((o) => matchesFolded(o.folded, folded));
  return { shown: matched.slice(0, limit), total: matched.length };
}

/** The option whose name is exactly what was typed (ignoring tone marks and case), if one. */
export function exactOption(options: readonly UnitOption[], text: string): UnitOption | undefined {
  const folded = foldForSearch(text);
  if (!folded) return undefined;
  const found = options.filter((o) => foldForSearch(o.name) === folded);
  return found.length === 1 ? found[0] : undefined;
}
