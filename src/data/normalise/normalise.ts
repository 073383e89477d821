/**
 * After validation: derived values filled in and lookups built once, so widgets never
 * search arrays. Lookups are Maps: an id such as "constructor" or "__proto__" is an
 * ordinary key. The input is not changed.
 */
import type { Commendation } from '../../schema/commendation.js';
import type { Dataset } from '../../schema/dataset.js';
import type { Metric } from '../../schema/metric.js';
import type { PledgeTemplate } from '../../schema/pledge-template.js';
import type { CulturalSpace } from '../../schema/space.js';
import type { Unit } from '../../schema/unit.js';
import { breakdownSums, unknownReferences } from '../check/records.js';
import { deriveMetricValues, type DerivedValue } from './derive.js';
import type { Issue, Lang } from '../words/issues.js';

/** A metric ready to show: `value` is always there. */
export type NormalisedMetric = Metric & {
  value: number;
  /** True when `value` was computed from the data. */
  derived: boolean;
  /** The value the file stated, when the computed one replaced it (more records than it said). */
  statedValue?: number;
  /**
   * How many the records count, when fewer than the stated `value` (a partial list): the
   * widgets show "23 trong số 43 … có trong dữ liệu" rather than two bare numbers.
   */
  counted?: number;
};

export interface NormalisedDataset {
  /** The dataset with derived metric values filled in. */
  dataset: Dataset & { metrics?: NormalisedMetric[] };
  unitsById: Map<string, Unit>;
  metricsById: Map<string, NormalisedMetric>;
  commendationsById: Map<string, Commendation>;
  spacesById: Map<string, CulturalSpace>;
  templatesById: Map<string, PledgeTemplate>;
  /** Units by parent id. */
  childrenByParent: Map<string, Unit[]>;
  /** Spaces by `unitId`. */
  spacesByUnit: Map<string, CulturalSpace[]>;
  derived: Map<string, DerivedValue>;
  warnings: Issue[];
}

function indexBy<T extends { id?: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (item.id !== undefined && !map.has(item.id)) map.set(item.id, item);
  return map;
}

function groupBy<T>(items: readonly T[] | undefined, key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items ?? []) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function normaliseMetric(metric: Metric, derived: DerivedValue | undefined): NormalisedMetric {
  if (!derived) return { ...metric, value: metric.value ?? 0, derived: false };
  if (derived.partial) return { ...metric, value: derived.value, derived: false, counted: derived.computed };
  const statedValue = derived.stated !== undefined && derived.stated !== derived.value ? derived.stated : undefined;
  return { ...metric, value: derived.value, derived: derived.computed !== undefined, statedValue };
}

/**
 * The metric that counts every record of `collection` (a `derive` rule without filters) and
 * states more than the records hold, or undefined: "43" when the file names 23 spaces and says
 * 43 were launched. The map says "23 trong số 43" with it, as the counter does.
 */
export function statedTotalOf(
  metrics: readonly NormalisedMetric[] | undefined,
  collection: 'spaces' | 'commendations' | 'pledges' | 'units',
): NormalisedMetric | undefined {
  return metrics?.find(
    (m) =>
      m.counted !== undefined &&
      m.derive?.count === collection &&
      (!m.derive.where || Object.keys(m.derive.where).length === 0),
  );
}

/**
 * `byId`: maps of records by id already built for big collections (read-in-slices.ts builds
 * them slice by slice), each exactly what `indexBy` would build from that collection.
 */
export function normaliseDataset(
  data: Dataset,
  options: { lang?: Lang; byId?: (name: 'commendations' | 'units' | 'spaces') => Map<string, never> | undefined } = {},
): NormalisedDataset {
  const lang = options.lang ?? 'vi';
  const { values, issues } = deriveMetricValues(data, lang);
  const metrics = data.metrics?.map((m) => normaliseMetric(m, values.get(m.id)));
  const shown = new Map([...values].map(([id, d]) => [id, d.value]));
  const dataset = (metrics ? { ...data, metrics } : { ...data }) as NormalisedDataset['dataset'];
  return {
    dataset,
    unitsById: options.byId?.('units') ?? indexBy(data.units),
    metricsById: indexBy(metrics),
    commendationsById: options.byId?.('commendations') ?? indexBy(data.commendations),
    spacesById: options.byId?.('spaces') ?? indexBy(data.spaces),
    templatesById: indexBy(data.pledgeTemplates),
    childrenByParent: groupBy(data.units, (u) => u.parent),
    spacesByUnit: groupBy(data.spaces, (s) => s.unitId),
    derived: values,
    warnings: [...issues, ...breakdownSums(data, shown, lang), ...unknownReferences(data, lang)],
  };
}
