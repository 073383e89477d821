/**
 * Reading a big dataset without keeping the page waiting: when a collection holds more than
 * `SLICE` records (100,000 commendations take about a second to check), the document is
 * first checked with that collection cut to its first `FIRST_SLICE` records, handed to
 * `onFirst` (a table shows its first rows, every one of them checked); the other records are
 * checked slice by slice, letting the page breathe between slices; then the checks across
 * records (duplicate ids, derived figures, unknown fields) run over the whole document.
 * The result is the same as reading it at once. Whenever something is wrong, the caller
 * reads the whole document again the usual way, which lists every problem with its place.
 */
import { collectionNames, dataset as datasetSchema, MAX_ITEMS, type Dataset } from '../../schema/dataset.js';
import type { Issue, Lang } from '../words/issues.js';
import { MAX_DEPTH } from '../parse/json-limits.js';
import type { NormalisedDataset } from '../normalise/normalise.js';
import { checkParsedDataset, datasetKeys, tooDeepAt, type ValidationResult } from './validate-checks.js';
import { IdIndex } from './records.js';
import { scanParsed } from './scan.js';
import { safeParse } from '../../schema/zod.js';
import { placed, validateDatasetLazy, worded } from './validate-lazy.js';

/** Collections longer than this are read in slices. */
export const SLICE = 2000;

/**
 * Records checked at a time: checked and scanned, 2,000 took 50 to 120 ms on a busy two-core
 * machine, 500 about 20 ms of CPU; 250 about 10.
 */
const STEP = 250;

/**
 * Main-thread time between two breaths, in ms. With 25 ms, a task (the budget, then the slice
 * under way) took 40 ms of wall time on a quiet machine and often over 50 on a busy one.
 */
const BUDGET = 10;

/** Records in the first slice: several screens of rows, checked in a few milliseconds. */
export const FIRST_SLICE = 250;

export interface ReadProgress {
  /** Records of the big collections checked so far, and how many there are. */
  checked: number;
  total: number;
}

type Big = { name: (typeof collectionNames)[number]; records: unknown[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lets the browser paint and handle input before the next slice. A message, not
 * `scheduler.yield()` (whose continuation goes before rendering, so the first rows would not
 * be painted until the end) nor a timer (slowed down after a few nested calls).
 */
function breathe(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** Until the first records handed over are painted (a frame; a hidden page gets none, so not longer than 100 ms). */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });
}

/** The collections too long to check in one go (within their limits: over them, the usual read says so). */
function bigCollections(input: Record<string, unknown>): Big[] {
  return collectionNames
    .map((name) => ({ name, records: input[name] }))
    .filter(
      (c): c is Big => Array.isArray(c.records) && c.records.length > SLICE && c.records.length <= MAX_ITEMS[c.name],
    );
}

/** Checks `records` (from index `from`) with the collection's schema; undefined if any fails. */
function checkSlice(big: Big, from: number): unknown[] | undefined {
  const records = big.records.slice(from, from + STEP);
  if (tooDeepAt(records, MAX_DEPTH - 2)) return undefined;
  const parsed = safeParse(datasetSchema.shape[big.name], records);
  return parsed.success ? (parsed.data as unknown[]) : undefined;
}

/** The result of a read given up because `signal` was aborted (the widget left): nobody reads it. */
const abandoned: ValidationResult = { ok: false, errors: [], warnings: [] };

/**
 * Reads a parsed dataset in slices when it has a big collection; `text`, when it came from
 * one, places the issues in it. Undefined when it has none, or when anything is wrong: read
 * it the usual way then. Once `signal` is aborted, no further slice is checked.
 */
export async function readInSlices(
  input: unknown,
  text: string | undefined,
  lang: Lang,
  onFirst: (data: NormalisedDataset, progress: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ValidationResult | undefined> {
  if (!isPlainObject(input)) return undefined;
  const bigs = bigCollections(input);
  if (!bigs.length) return undefined;

  // Not in the task that asked (the one that evaluated the widget's code and upgraded it).
  await breathe();
  if (signal?.aborted) return abandoned;
  const head: Record<string, unknown> = { ...input };
  for (const big of bigs) head[big.name] = big.records.slice(0, FIRST_SLICE);
  const first = await validateDatasetLazy(head, { lang });
  if (!first.ok) return undefined;
  const total = bigs.reduce((sum, big) => sum + big.records.length, 0);
  if (signal?.aborted) return abandoned;
  onFirst(first.normalised, { checked: bigs.length * FIRST_SLICE, total });
  await painted();

  const data: Record<string, unknown> = { ...first.data };
  // The scan for unknown fields and markup (scan.ts) also goes slice by slice: over 100,000
  // records it takes longer than the schema.
  // So do the scan for unknown fields and markup (scan.ts) and the index of ids (duplicates,
  // records by id): over 100,000 records, together they take longer than the schema.
  const scanned = new Map<string, Issue[]>();
  const ids = new Map<string, IdIndex>();
  let breath = -Infinity;
  for (const big of bigs) {
    const issues: Issue[] = [];
    const index = new IdIndex(big.name, lang);
    const done = (slice: unknown[], from: number) => {
      slice.forEach((record, i) =>
        issues.push(...scanParsed(big.records[from + i], record, datasetKeys(), lang, [big.name, from + i])),
      );
      index.add(slice as { id?: string }[], from);
    };
    const parts: unknown[][] = [first.data[big.name] as unknown[]];
    done(parts[0]!, 0);
    for (let from = FIRST_SLICE; from < big.records.length; from += STEP) {
      // A breath once the slices since the last one took BUDGET ms: fewer waits on a fast machine.
      if (performance.now() - breath > BUDGET) {
        await breathe();
        breath = performance.now();
      }
      if (signal?.aborted) return abandoned;
      const slice = checkSlice(big, from);
      if (!slice) return undefined;
      done(slice, from);
      parts.push(slice);
    }
    data[big.name] = ([] as unknown[]).concat(...parts);
    scanned.set(big.name, issues);
    ids.set(big.name, index);
  }
  await breathe();
  if (signal?.aborted) return abandoned;
  const result = await worded(checkParsedDataset(input, data as Dataset, { lang }, { scanned, ids }), lang);
  // Places in the file, as the usual read gives them.
  return text === undefined ? result : placed(result, text);
}
