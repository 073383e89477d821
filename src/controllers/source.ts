/**
 * Where a dataset comes from, and what loading it is at: the vocabulary shared by the
 * source controller (source-controller.ts), the loader behind it (source-loader.ts) and the
 * elements that declare the properties (internal/source-properties.ts).
 */
import type { LoadedDataset, ReadProgress } from '../data/read.js';
import type { Problem } from '../schema/result.js';

/** The five ways to give an element its dataset, in the order they win (inline JSON is a child). */
export interface DataSource {
  /** The dataset, set from a script (an object, or JSON text). */
  data?: unknown;
  /** URL of a dataset (JSON). */
  src?: string;
  /** Seconds between refreshes of `src` (paused while the tab is hidden). */
  refresh?: number;
  /** URL of a Server-Sent Events stream whose messages are dataset documents. */
  live?: string;
  /** Seconds to wait for the server before showing an error (default 15). */
  timeout?: number;
}

/** The properties that choose where a dataset comes from. */
export const sourceProperties = [
  'data',
  'src',
  'refresh',
  'live',
  'timeout',
] as const satisfies readonly (keyof DataSource)[];

/** Whether an update changed where the dataset comes from. */
export function sourceChanged(changed: ReadonlyMap<PropertyKey, unknown>): boolean {
  return sourceProperties.some((key) => changed.has(key));
}

/** A URL source: `src` with how to keep it fresh. */
export type UrlSource = { url: string } & Pick<DataSource, 'refresh' | 'live' | 'timeout'>;

/**
 * How far loading is, in @lit/task's words plus one: `initial` (no source yet), `pending`
 * (loading; `value` may already hold the first records of a big document, or the data shown
 * before the source changed), `complete`, `error` (no data to show) and `stale` (the last good
 * data is shown; an update failed).
 */
export type SourceStatus = 'initial' | 'pending' | 'complete' | 'error' | 'stale';

/** What a source holds at a moment; elements render from it. */
export interface SourceSnapshot {
  status: SourceStatus;
  value?: LoadedDataset;
  /** Errors that stopped the data (or the last update), then warnings. */
  problems: readonly Problem[];
  /** When the shown data last arrived in good shape. */
  lastSuccess?: Date;
  /** While a big document is being checked (`pending` with a `value`): how far checking is. */
  checking?: ReadProgress;
}

export const initialSnapshot: SourceSnapshot = Object.freeze({ status: 'initial', problems: [] });
