/**
 * The table's search index, built once per list of rows: each searchable field keeps its
 * distinct values folded once (`foldForSearch`) and, per row, the number of its value in
 * a typed array. A list of 100,000 awards has a few thousand distinct names and numbers,
 * so this folds and stores far less text than one folded string per row, and a search
 * checks each distinct value once, then marks rows through the typed arrays, allocating
 * nothing per row.
 *
 * Query words never contain spaces and fields are separated by spaces in the folded text,
 * so "every word appears in the row's folded text" is "every word appears in one of the
 * row's fields": the same result as `matchesFolded` on the joined text.
 */
import { foldForSearch } from '../../data/words/search.js';
import type { CommendationRow } from './rows.js';

type FieldValue = string | number | undefined;

/** What a visitor may search for, in the order the row's folded text had them. */
const searchable: readonly ((row: CommendationRow) => FieldValue)[] = [
  (row) => row.record.recipient.name,
  (row) => row.record.recipient.position,
  (row) => row.unitName,
  (row) => row.form,
  (row) => row.record.issuer.name,
  (row) => row.record.issuer.level,
  (row) => row.record.decision?.number,
  (row) => row.record.year,
  (row) => row.record.achievement,
];

interface Field {
  /** Distinct values, folded. */
  values: string[];
  /** Per row, its value's place in `values`. */
  ids: Uint16Array | Uint32Array;
}

export interface SearchIndex {
  /** One per searchable field; built one at a time (`buildSome`), all of them before a search. */
  fields: (Field | undefined)[];
  /** Rows still matching every word so far (reused by every search). */
  candidates: Uint32Array;
  /** Per row, 1 when it matches the whole query (reused by every search). */
  matched: Uint8Array;
  /** The field being built, when building stopped in the middle of one. */
  building?: Building;
}

const indexes = new WeakMap<readonly CommendationRow[], SearchIndex>();

/** A field being built, row by row: `next` rows done. */
interface Building {
  idOf: Map<FieldValue, number>;
  values: string[];
  ids: Uint32Array;
  next: number;
}

/** Rows indexed between two asks whether to go on (a field of 100,000 rows took 15 to 50 ms). */
const ROWS_PER_STEP = 2000;

/** Indexes rows of a field while `more()` allows; the field once every row is indexed. */
function buildField(
  rows: readonly CommendationRow[],
  value: (row: CommendationRow) => FieldValue,
  building: Building,
  more: () => boolean,
): Field | undefined {
  const { idOf, values, ids } = building;
  while (building.next < rows.length) {
    if (!more()) return undefined;
    const end = Math.min(rows.length, building.next + ROWS_PER_STEP);
    for (let i = building.next; i < end; i++) {
      const raw = value(rows[i]);
      let id = idOf.get(raw);
      if (id === undefined) {
        id = values.length;
        idOf.set(raw, id);
        values.push(raw === undefined ? '' : foldForSearch(String(raw)));
      }
      ids[i] = id;
    }
    building.next = end;
  }
  return { values, ids: values.length <= 0x10000 ? Uint16Array.from(ids) : ids };
}

function indexOf(rows: readonly CommendationRow[]): SearchIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = {
      fields: searchable.map(() => undefined),
      candidates: new Uint32Array(rows.length),
      matched: new Uint8Array(rows.length),
    };
    indexes.set(rows, index);
  }
  return index;
}

/** Builds fields of the index until `more()` says stop; whether the index is complete. */
export function buildSome(rows: readonly CommendationRow[], more: () => boolean): boolean {
  const index = indexOf(rows);
  const { fields } = index;
  for (let f = 0; f < fields.length; f++) {
    if (fields[f]) continue;
    const building = (index.building ??= { idOf: new Map(), values: [], ids: new Uint32Array(rows.length), next: 0 });
    const field = buildField(rows, searchable[f], building, more);
    if (!field) return false;
    fields[f] = field;
    index.building = undefined;
  }
  return true;
}

/** The complete index of these rows, built on first use and kept as long as the rows are. */
export function searchIndex(rows: readonly CommendationRow[]): SearchIndex {
  buildSome(rows, () => true);
  return indexOf(rows);
}

/** Whether one of the row's fields holds the word (`hits[f][value]` = 1). */
function rowHas(fields: readonly Field[], hits: readonly (Uint8Array | undefined)[], row: number): boolean {
  for (let f = 0; f < fields.length; f++) {
    const hit = hits[f];
    if (hit !== undefined && hit[fields[f].ids[row]] === 1) return true;
  }
  return false;
}

/**
 * Marks the rows whose fields hold every word (folded, distinct): afterwards
 * `matched[row] === 1` for those rows. Returns the index's `matched` array.
 */
export function markMatches(index: SearchIndex, words: readonly string[]): Uint8Array {
  const { candidates, matched } = index;
  const fields = index.fields as Field[];
  matched.fill(0);
  let count = -1; // -1: every row is still a candidate
  for (const word of words) {
    const hits = fields.map(({ values }) => {
      let hit: Uint8Array | undefined;
      for (let v = 0; v < values.length; v++) {
        if (values[v].includes(word)) (hit ??= new Uint8Array(values.length))[v] = 1;
      }
      return hit;
    });
    let kept = 0;
    if (count < 0) {
      for (let row = 0; row < candidates.length; row++) if (rowHas(fields, hits, row)) candidates[kept++] = row;
    } else {
      for (let c = 0; c < count; c++) {
        const row = candidates[c];
        if (rowHas(fields, hits, row)) candidates[kept++] = row;
      }
    }
    count = kept;
    if (!count) break;
  }
  for (let c = 0; c < count; c++) matched[candidates[c]] = 1;
  return matched;
}
