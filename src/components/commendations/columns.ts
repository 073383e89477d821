/**
 * The columns of the commendation table, and the `columns` attribute that picks them:
 * `columns="stt recipient form decision year"` shows those five, in that order.
 */

/** Every column the table can show. */
export const columnIds = [
  'stt',
  'recipient',
  'position',
  'unit',
  'form',
  'issuer',
  'decision',
  'year',
  'achievement',
  'status',
] as const;
export type ColumnId = (typeof columnIds)[number];

/** What the table shows when `columns` is not set. Revoked awards are marked in the recipient cell. */
export const defaultColumns: readonly ColumnId[] = columnIds.filter((id) => id !== 'status');

export const isColumnId = (value: string): value is ColumnId => (columnIds as readonly string[]).includes(value);

/**
 * Reads the `columns` attribute: ids separated by spaces or commas, unknown ids and
 * repeats left out (and returned in `unknown`, so the element can tell the administrator).
 */
export function parseColumns(attribute: string | null | undefined): { columns: ColumnId[]; unknown: string[] } {
  const words = (attribute ?? '').split(/[\s,]+/).filter(Boolean);
  if (!words.length) return { columns: [...defaultColumns], unknown: [] };
  const columns: ColumnId[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const id = word.toLowerCase();
    if (!isColumnId(id)) unknown.push(word);
    else if (!columns.includes(id)) columns.push(id);
  }
  return { columns: columns.length ? columns : [...defaultColumns], unknown };
}
