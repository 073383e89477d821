/**
 * Derived metrics: a metric with `derive` is computed at load by counting or summing
 * the records of another collection that match equality filters. When the file also
 * states a value, the records are read as a lower bound: a list proves that at least so
 * many exist, never that no more do.
 * - More records than the stated value: the stated value is wrong; the computed value
 *   wins and a warning gives both (Quận 11 states 4 religious sites and names 5).
 * - Fewer records than the stated value: the list is partial (the article says 43 spaces
 *   were launched and names 23); the stated value stands, and the widgets say in words how
 *   many of them the data holds ("23 trong số 43 không gian có trong dữ liệu").
 */
import type { Dataset } from '../../schema/dataset.js';
import type { DeriveRule, Metric } from '../../schema/metric.js';
import { makeIssue, type Issue, type Lang } from '../words/issues.js';

export interface DerivedValue {
  metricId: string;
  /** The value lamtheo shows. */
  value: number;
  /** What the file said, if it said anything. */
  stated?: number;
  /** The computed value; undefined when the collection was missing. */
  computed?: number;
  /** True when the records are fewer than the stated value: `value` is the stated one. */
  partial: boolean;
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Reads `a.b.c` from a record through own properties only (`constructor` is not a field). */
export function readField(record: unknown, path: string): unknown {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !own(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** True when every filter matches; a list field matches when it contains the value. */
export function matchesWhere(record: unknown, where: DeriveRule['where']): boolean {
  if (!where) return true;
  for (const key of Object.keys(where)) {
    const expected = where[key];
    const actual = readField(record, key);
    if (Array.isArray(actual)) {
      if (!actual.includes(expected)) return false;
    } else if ((actual ?? null) !== expected) return false;
  }
  return true;
}

export interface RuleResult {
  value?: number;
  /** Records whose summed field was not a number. */
  skipped: number;
}

/** Applies one rule to a dataset: count or sum over the matching records. */
export function applyRule(data: Dataset, rule: DeriveRule): RuleResult {
  const name = rule.count ?? rule.sum!;
  const records = data[name] as readonly unknown[] | undefined;
  if (!records) return { skipped: 0 };
  let value = 0;
  let skipped = 0;
  for (const record of records) {
    if (!matchesWhere(record, rule.where)) continue;
    if (rule.count) value++;
    else {
      const n = readField(record, rule.field!);
      if (typeof n === 'number' && Number.isFinite(n)) value += n;
      else skipped++;
    }
  }
  return { value, skipped };
}

/** Computes every derived metric; issues are warnings at the metric's path. */
export function deriveMetricValues(
  data: Dataset,
  lang: Lang = 'vi',
): { values: Map<string, DerivedValue>; issues: Issue[] } {
  const values = new Map<string, DerivedValue>();
  const issues: Issue[] = [];
  data.metrics?.forEach((metric: Metric, i) => {
    const rule = metric.derive;
    if (!rule) return;
    const { value: computed, skipped } = applyRule(data, rule);
    const stated = metric.value;
    if (computed === undefined)
      issues.push(
        makeIssue(
          'derive-no-records',
          ['metrics', i, 'derive'],
          { collection: rule.count ?? rule.sum },
          lang,
          'warning',
        ),
      );
    if (skipped > 0)
      issues.push(
        makeIssue(
          'derive-not-number',
          ['metrics', i, 'derive', 'field'],
          { field: rule.field, count: skipped },
          lang,
          'warning',
        ),
      );
    const partial = computed !== undefined && stated !== undefined && computed < stated;
    if (computed !== undefined && stated !== undefined && computed > stated)
      issues.push(makeIssue('derived-mismatch', ['metrics', i, 'value'], { stated, computed }, lang, 'warning'));
    const value = partial ? stated : (computed ?? stated ?? 0);
    values.set(metric.id, { metricId: metric.id, value, stated, computed, partial });
  });
  return { values, issues };
}
