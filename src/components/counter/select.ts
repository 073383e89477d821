/**
 * Which metrics a grid shows: the ones named (in that order), or every metric, narrowed
 * by a tag and by the unit they are about. Ids that name no metric are reported.
 */
import type { Metric } from '../../schema/index.js';

export interface MetricChoice {
  /** Ids separated by white space: "dang-vien to-chuc-co-so". */
  ids?: string;
  tag?: string;
  about?: string;
}

export interface Selection<M extends Metric> {
  found: Array<{ metric: M; index: number }>;
  /** Named ids that are not in the data. */
  missing: string[];
}

export function selectMetrics<M extends Metric>(metrics: readonly M[], choice: MetricChoice): Selection<M> {
  const ids = (choice.ids ?? '').split(/\s+/).filter(Boolean);
  const all = metrics.map((metric, index) => ({ metric, index }));
  const named = ids.length ? ids.flatMap((id) => all.filter((entry) => entry.metric.id === id).slice(0, 1)) : all;
  const missing = ids.filter((id) => !metrics.some((m) => m.id === id));
  const found = named.filter(
    ({ metric }) =>
      (!choice.tag || (metric.tags ?? []).includes(choice.tag)) && (!choice.about || metric.about === choice.about),
  );
  return { found, missing };
}
