/**
 * Coverage: which boundary feature (ward) each space belongs to, and how many spaces each
 * ward has. A space belongs to the ward of its `unitId` (walking up `parent`, so a school
 * unit inside a ward counts for the ward); a space with a location and no such link falls
 * back to the ward whose polygon contains it.
 */
import { scaleThreshold } from 'd3-scale';
import type { AreaFeature, CleanBoundaries } from './geometry/geometry.js';
import type { CulturalSpace, Unit } from '../../schema/index.js';
import { wardLocator } from './geometry/ward-locator.js';

export interface Ward {
  /** Index of the feature in the boundaries file. */
  index: number;
  feature: AreaFeature;
  unit?: Unit;
  name: string;
  /** Indices of the spaces counted for this ward. */
  spaces: number[];
}

export interface FeatureLink {
  /** The feature property that names the unit (`code` in the shared ward files). */
  unitProperty?: string;
  /** Whether it holds the unit's `id` or its official `code.value`. */
  matches?: 'id' | 'code';
}

const nfc = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).normalize('NFC') : undefined);

/** Finds each feature's unit. Without an explicit link, tries `code` → code, `id` → id, then `name` → name. */
export function linkWards(
  features: CleanBoundaries['features'],
  units: readonly Unit[],
  link: FeatureLink = {},
): Ward[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byCode = new Map(units.filter((u) => u.code).map((u) => [u.code!.value, u]));
  const byName = new Map(units.map((u) => [u.name.normalize('NFC'), u]));
  const find = (p: Record<string, unknown>): Unit | undefined => {
    if (link.unitProperty) {
      const value = nfc(p[link.unitProperty]);
      return value === undefined ? undefined : (link.matches === 'code' ? byCode : byId).get(value);
    }
    return byCode.get(nfc(p.code) ?? '') ?? byId.get(nfc(p.id) ?? '') ?? byName.get(nfc(p.name) ?? '');
  };
  return features.map(({ index, feature }) => {
    const unit = find(feature.properties);
    const name = unit?.name ?? nfc(feature.properties.name) ?? `#${index + 1}`;
    return { index, feature, unit, name, spaces: [] };
  });
}

/**
 * Counts every space for its ward (filling `ward.spaces`) and returns, for each space, the
 * position of its ward in `wards`, or -1.
 */
export function assignSpaces(
  wards: Ward[],
  spaces: readonly CulturalSpace[],
  unitsById: ReadonlyMap<string, Unit>,
): Int32Array {
  const wardOfUnit = new Map<string, number>();
  wards.forEach((w, i) => w.unit && wardOfUnit.set(w.unit.id, i));
  const locate = wardLocator(wards.map((w) => w.feature.geometry));
  const result = new Int32Array(spaces.length).fill(-1);
  spaces.forEach((space, s) => {
    let ward = space.unitId === undefined ? -1 : wardOfUnitChain(space.unitId, wardOfUnit, unitsById);
    if (ward < 0 && space.location) ward = locate(space.location[0], space.location[1]);
    result[s] = ward;
    if (ward >= 0) wards[ward].spaces.push(s);
  });
  return result;
}

/** The ward of a unit or of its nearest parent that is a ward, or -1 (a cycle of parents ends the walk). */
function wardOfUnitChain(
  unitId: string,
  wardOfUnit: ReadonlyMap<string, number>,
  unitsById: ReadonlyMap<string, Unit>,
): number {
  let id: string | undefined = unitId;
  for (let steps = 0; id !== undefined && steps <= unitsById.size; steps++) {
    const ward = wardOfUnit.get(id);
    if (ward !== undefined) return ward;
    id = unitsById.get(id)?.parent;
  }
  return -1;
}

/** Coverage classes by number of spaces: 0, 1, 2, 3–4, 5 or more. */
export const coverageClass = scaleThreshold<number, number>().domain([1, 2, 3, 5]).range([0, 1, 2, 3, 4]);
export const coverageClassLabels = ['0', '1', '2', '3–4', '5+'] as const;

/** How many wards have at least one space, and whether every linked unit is a ward (for "16/16 phường"). */
export function coverageSummary(wards: readonly Ward[]): { covered: number; total: number; allWards: boolean } {
  return {
    covered: wards.filter((w) => w.spaces.length > 0).length,
    total: wards.length,
    allWards: wards.length > 0 && wards.every((w) => w.unit?.kind === 'ward'),
  };
}
