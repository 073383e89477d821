/**
 * What a visitor asks of the table: a search and filters, applied in one pass over the
 * rows in their sorted order; then the summary ("18 tập thể, 48 cá nhân") and groups.
 */
import { foldForSearch } from '../../data/words/search.js';
import type { CommendationRow } from './rows.js';
import { markMatches, searchIndex } from './search-index.js';

export const filterIds = ['level', 'form', 'line', 'kind', 'year', 'unit', 'status'] as const;
export type FilterId = (typeof filterIds)[number];

/** The search text and the chosen value of each filter ('' = any). */
export type Criteria = { query: string } & Record<FilterId, string>;

export const noCriteria: Criteria = {
  query: '',
  level: '',
  form: '',
  line: '',
  kind: '',
  year: '',
  unit: '',
  status: '',
};

export const isFiltered = (criteria: Criteria): boolean =>
  criteria.query.trim() !== '' || filterIds.some((id) => criteria[id] !== '');

/** The text a filter compares with its chosen value. */
export function filterValue(row: CommendationRow, filter: FilterId): string {
  const { record } = row;
  switch (filter) {
    case 'level':
      return row.level;
    case 'form':
      return record.form;
    case 'line':
      return record.line;
    case 'kind':
      return record.recipient.kind;
    case 'year':
      return record.year === undefined ? '' : String(record.year);
    case 'unit':
      return row.unitName;
    case 'status':
      return record.status;
  }
}

/** Whether a row has the chosen value of every active filter (no allocation per row). */
function passesFilters(row: CommendationRow, active: readonly FilterId[], criteria: Criteria, year: number): boolean {
  for (let f = 0; f < active.length; f++) {
    const id = active[f];
    if (id === 'year') {
      if (row.record.year !== year) return false;
    } else if (filterValue(row, id) !== criteria[id]) return false;
  }
  return true;
}

/** The rows (indexes, in the given order) that match the search and every filter. */
export function filterRows(rows: readonly CommendationRow[], order: Uint32Array, criteria: Criteria): Uint32Array {
  const query = foldForSearch(criteria.query);
  const active = filterIds.filter((id) => criteria[id] !== '');
  if (!query && !active.length) return order;
  const words = query ? [...new Set(query.split(' '))] : [];
  const matched = words.length ? markMatches(searchIndex(rows), words) : undefined;
  // The year filter compares numbers: "2017" is the year 2017; a text no year prints as matches none.
  const year = String(Number(criteria.year)) === criteria.year ? Number(criteria.year) : NaN;
  const kept = new Uint32Array(order.length);
  let count = 0;
  for (let i = 0; i < order.length; i++) {
    const index = order[i];
    if (matched && matched[index] !== 1) continue;
    if (active.length && !passesFilters(rows[index], active, criteria, year)) continue;
    kept[count++] = index;
  }
  return kept.slice(0, count);
}

export interface Summary {
  collectives: number;
  individuals: number;
  revoked: number;
}

export function summarize(rows: readonly CommendationRow[], shown: Uint32Array): Summary {
  const summary: Summary = { collectives: 0, individuals: 0, revoked: 0 };
  for (const index of shown) {
    const row = rows[index];
    if (row.record.recipient.kind === 'collective') summary.collectives++;
    else summary.individuals++;
    if (row.revoked) summary.revoked++;
  }
  return summary;
}

export const groupIds = ['year', 'level', 'unit'] as const;
export type GroupId = (typeof groupIds)[number];

export interface Group {
  /** The value the rows share ('' when they have none). */
  key: string;
  count: number;
}

/**
 * The rows to show, as display items: a row index (≥ 0), or a group heading `-(g + 1)` that
 * points into `groups`. Groups are ordered by their key (years newest first, text by
 * `compare`); rows keep their order inside a group. Without `groupBy` the items are the rows.
 */
export function groupRows(
  rows: readonly CommendationRow[],
  shown: Uint32Array,
  groupBy: GroupId | '',
  compare: (a: string, b: string) => number,
): { items: Int32Array; groups: Group[] } {
  if (!groupBy) return { items: new Int32Array(shown), groups: [] };
  const buckets = new Map<string, number[]>();
  for (const index of shown) {
    const row = rows[index];
    const key =
      groupBy === 'year' ? (row.record.year === undefined ? '' : String(row.record.year)) : filterValue(row, groupBy);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(index);
  }
  const keys = [...buckets.keys()].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : groupBy === 'year' ? Number(b) - Number(a) : compare(a, b),
  );
  const items = new Int32Array(shown.length + keys.length);
  const groups: Group[] = [];
  let at = 0;
  keys.forEach((key, g) => {
    const bucket = buckets.get(key)!;
    groups.push({ key, count: bucket.length });
    items[at++] = -(g + 1);
    items.set(bucket, at);
    at += bucket.length;
  });
  return { items, groups };
}
