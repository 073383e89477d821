/**
 * Sorting commendation rows: Vietnamese collation for text, numbers for STT and year,
 * dates for decisions. Each column is ranked once (a number per row, cached), so every
 * later sort is a sort of integers, fast even for 100,000 rows.
 */
import { parseIsoDate } from '../../data/words/format.js';
import type { ColumnId } from './columns.js';
import type { CommendationRow } from './rows.js';

export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: ColumnId;
  direction: SortDirection;
}

const collators = new Map<string, Intl.Collator>();

/** Vietnamese collation (numbers inside names compare as numbers: Phường 3 before Phường 17), cached. */
export function vietnameseCollator(): Intl.Collator {
  let collator = collators.get('vi');
  if (!collator) collators.set('vi', (collator = new Intl.Collator('vi', { numeric: true })));
  return collator;
}

/** Letters in Vietnamese alphabetical order; ă, â, đ, ê, ô, ơ, ư are letters of their own. */
const alphabet = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const letterRank = new Map([...alphabet].map((letter, i) => [letter, i]));
/** Tone marks, a secondary difference, in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng. */
const toneRank = new Map([
  ['\u0300', 1],
  ['\u0309', 2],
  ['\u0303', 3],
  ['\u0301', 4],
  ['\u0323', 5],
]);

/**
 * A key whose plain string order follows Vietnamese collation (`Intl.Collator('vi', { numeric: true })`)
 * for names as lists print them: letters by the Vietnamese alphabet, then tone marks, then case;
 * digit runs compare as numbers. Used to rank many thousands of distinct names quickly.
 */
export function vietnameseSortKey(text: string): string {
  const letters = text.normalize('NFC');
  let primary = '';
  let tones = '';
  let cases = '';
  for (let i = 0; i < letters.length; i++) {
    const char = letters[i];
    if (char >= '0' && char <= '9') {
      let end = i;
      while (end < letters.length && letters[end] >= '0' && letters[end] <= '9') end++;
      const digits = letters.slice(i, end).replace(/^0+(?=\d)/, '');
      primary += String.fromCharCode(0x20 + digits.length) + digits;
      i = end - 1;
      continue;
    }
    const lower = char.toLowerCase();
    const parts = lower.normalize('NFD');
    let base = parts[0];
    let tone = 0;
    for (const mark of parts.slice(1)) {
      const rank = toneRank.get(mark);
      if (rank) tone = rank;
      else base = (base + mark).normalize('NFC');
    }
    const rank = letterRank.get(base);
    if (rank !== undefined) {
      primary += String.fromCharCode(0x100 + rank);
      tones += String.fromCharCode(0x30 + tone);
      cases += lower === char ? '0' : '1';
    } else if (/\s/.test(char)) {
      primary += '\u0001';
    } else {
      primary += char.charCodeAt(0) < 0x80 ? '\u0002' + char : String.fromCharCode(0x200) + char;
    }
  }
  return `${primary}\u0000${tones}\u0000${cases}`;
}

/** Above this many distinct values, rank with precomputed keys instead of the collator. */
const collatorLimit = 5000;

/** Ranks text values: equal values share a rank; empty values rank last (Infinity). */
export function rankText(values: readonly string[]): Float64Array {
  const distinct = [...new Set(values)].filter((value) => value !== '');
  if (distinct.length <= collatorLimit) distinct.sort(vietnameseCollator().compare);
  else {
    const keys = new Map(distinct.map((value) => [value, vietnameseSortKey(value)]));
    distinct.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
  const rankOf = new Map(distinct.map((value, i) => [value, i]));
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = rankOf.get(values[i]) ?? Infinity;
  return ranks;
}

/** The sort value of each row for a column: a number (rank for text), Infinity when missing. */
export function columnRanks(rows: readonly CommendationRow[], column: ColumnId): Float64Array {
  const numbers = (value: (row: CommendationRow) => number | undefined) =>
    Float64Array.from(rows, (row) => {
      const n = value(row);
      return n === undefined || Number.isNaN(n) ? Infinity : n;
    });
  switch (column) {
    case 'stt':
      return numbers((row) => row.number);
    case 'year':
      return numbers((row) => row.record.year);
    case 'decision':
      return numbers((row) => {
        const date = row.record.decision?.date;
        return date ? parseIsoDate(date)?.getTime() : undefined;
      });
    case 'recipient':
      return rankText(rows.map((row) => row.record.recipient.name));
    case 'position':
      return rankText(rows.map((row) => row.record.recipient.position ?? ''));
    case 'unit':
      return rankText(rows.map((row) => row.unitName));
    case 'form':
      return rankText(rows.map((row) => row.form));
    case 'issuer':
      return rankText(rows.map((row) => row.level));
    case 'achievement':
      return rankText(rows.map((row) => row.record.achievement ?? ''));
    case 'status':
      return numbers((row) => (row.revoked ? 1 : 0));
  }
}

/**
 * Row indexes in the order asked for. Missing values go last in both directions; equal
 * values keep the list's own order (STT).
 */
export function sortedOrder(ranks: Float64Array, direction: SortDirection): Uint32Array {
  const keys = direction === 'ascending' ? ranks : ranks.map((rank) => (rank === Infinity ? Infinity : -rank));
  const order = new Uint32Array(ranks.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => keys[a] - keys[b] || a - b);
}
