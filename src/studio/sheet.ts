/**
 * The commendation grid as the administrator sees it, apart from the element: columns (the
 * header as written, and the field it fills, or "bỏ qua", or not chosen yet), rows of cells as
 * typed or pasted, and from them the records of the dataset. Pure: no DOM.
 *
 * Headers and cells are read as the table's CSV reader reads them (csv-header-aliases.ts,
 * csvDate, readForm, readLine in csv-source.ts), so a list pasted here and the same list given
 * as `src="….csv"` give the same records. What cannot be read (a date that does not exist, a
 * year in words) goes into the record as written, so that the dataset's own checker (the
 * reader every widget uses) words the problem at its place, and nothing typed is dropped.
 */
import { dsvFormat } from 'd3-dsv';
import { csvFields, type CsvField } from '../components/commendations/csv-columns.js';
import { headerAliases } from '../components/commendations/csv-header-aliases.js';
import { collectivePrefixes, csvDate, readForm, readLine } from '../components/commendations/csv-source.js';
import { formNameVi, kindLabel, lineLabel, statusLabel } from '../components/commendations/labels.js';
import { csvHeader } from '../components/commendations/csv-words.js';
import { parsePath } from '../data/words/issues.js';
import { foldForSearch } from '../data/words/search.js';
import type { Commendation } from '../schema/index.js';
import type { Problem } from '../schema/result.js';

/** What a column fills: a field, `ignore` ("bỏ qua"), or undefined while the administrator has not chosen. */
export type ColumnChoice = CsvField | 'ignore' | undefined;

export interface SheetColumn {
  /** The header as written in the spreadsheet, when it had one. */
  header?: string;
  field: ColumnChoice;
}

export interface SheetRow {
  /** Stable for the life of the grid: the key of the rendered row, and the id of a new record. */
  key: number;
  cells: string[];
  /** The record the row was made from (its id, and the fields the grid has no column for). */
  base?: Commendation;
}

export interface Sheet {
  columns: SheetColumn[];
  rows: SheetRow[];
}

/** The fields a column can fill, in the order the grid offers them (STT is read as "bỏ qua"). */
export const editableFields = csvFields.filter((field): field is Exclude<CsvField, 'stt'> => field !== 'stt');

let nextKey = 1;
const newKey = () => nextKey++;

export const emptySheet = (): Sheet => ({ columns: [], rows: [] });

/** The field a header names ("Họ và tên" → name), `ignore` for STT, undefined when not recognised. */
export function fieldOfHeader(header: string): ColumnChoice {
  const field = headerAliases[foldForSearch(header.trim())];
  return field === 'stt' ? 'ignore' : field;
}

/** Rows of text from the clipboard of Excel, LibreOffice or Google Sheets: tab-separated, quoted where a cell holds a line break. */
export function parseClipboard(text: string): string[][] {
  return dsvFormat('\t')
    .parseRows(text.replace(/\r\n?/g, '\n'))
    .filter((cells) => cells.some((c) => c.trim() !== ''))
    .map((cells) => cells.map((c) => c.normalize('NFC')));
}

/** Whether the first row of a table is a header: one of its cells names a field. */
export function hasHeader(table: readonly string[][]): boolean {
  return (table[0] ?? []).some((cell) => fieldOfHeader(cell) !== undefined);
}

/** The columns a header row gives: each header's field, a field named twice chosen only once. */
function columnsOf(header: readonly string[]): SheetColumn[] {
  const seen = new Set<ColumnChoice>();
  return header.map((text) => {
    let field = fieldOfHeader(text);
    if (field !== 'ignore' && seen.has(field)) field = undefined;
    seen.add(field);
    return { header: text.trim(), field };
  });
}

/**
 * A table (from the clipboard or a file) added to the sheet. With a header row, each column
 * goes to the sheet's column filling the same field, or becomes a new column; without one,
 * cells go to the sheet's columns in order, and cells beyond them to new columns whose field
 * the administrator chooses. Nothing of the table is dropped.
 */
export function addTable(sheet: Sheet, table: readonly string[][]): { sheet: Sheet; added: number; header: boolean } {
  if (!table.length) return { sheet, added: 0, header: false };
  const header = hasHeader(table);
  // Into an empty grid, a table with headers brings its own columns, in its own order.
  if (header && !sheet.rows.length) sheet = emptySheet();
  const body = header ? table.slice(1) : table;
  const columns = [...sheet.columns];
  let target: number[];
  if (header) {
    const incoming = columnsOf(table[0]);
    target = incoming.map((column) => {
      const same = column.field && column.field !== 'ignore' ? columns.findIndex((c) => c.field === column.field) : -1;
      return same >= 0 ? same : columns.push(column) - 1;
    });
  } else {
    const width = Math.max(...body.map((cells) => cells.length));
    target = Array.from({ length: width }, (_, i) => i);
    while (columns.length < width) columns.push({ field: undefined });
  }
  const rows = sheet.rows.map((row) => ({ ...row, cells: pad(row.cells, columns.length) }));
  for (const cells of body) {
    const row = new Array<string>(columns.length).fill('');
    cells.forEach((cell, i) => (row[target[i]] = cell));
    rows.push({ key: newKey(), cells: row });
  }
  return { sheet: { columns, rows }, added: body.length, header };
}

const pad = (cells: string[], width: number) =>
  cells.length >= width ? cells : [...cells, ...new Array<string>(width - cells.length).fill('')];

/** dd/mm/yyyy, the way a Vietnamese spreadsheet writes a date (and csvDate reads it back). */
export function dayMonthYear(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A cell's text for a field of a record (in the language being spoken, for words like "Cá nhân"). */
function cellOf(record: Commendation, field: (typeof editableFields)[number]): string {
  switch (field) {
    case 'kind':
      return kindLabel(record.recipient.kind);
    case 'name':
      return record.recipient.name;
    case 'position':
      return record.recipient.position ?? '';
    case 'unit':
      return record.recipient.unit ?? '';
    case 'form':
      return record.formLabel ?? formNameVi(record.form);
    case 'line':
      return lineLabel(record.line);
    case 'issuer':
      return record.issuer.name;
    case 'level':
      return record.issuer.level ?? '';
    case 'decisionNumber':
      return record.decision?.number ?? '';
    case 'decisionDate':
      return record.decision?.date ? dayMonthYear(record.decision.date) : '';
    case 'year':
      return record.year === undefined ? '' : String(record.year);
    case 'achievement':
      return record.achievement ?? '';
    case 'status':
      return record.status === 'revoked' ? statusLabel('revoked') : '';
  }
}

/**
 * The sheet of a dataset's records: one column per field, headed as the CSV export heads it,
 * in the language being spoken (call it inside the element's update, or in `inLanguage`).
 * A record the grid cannot show (not an object) keeps its place as a row of its own.
 */
export function sheetOfRecords(records: readonly unknown[]): Sheet {
  const columns: SheetColumn[] = editableFields.map((field) => ({ header: csvHeader(field), field }));
  const rows = records.map((value) => {
    const record = value as Commendation;
    let cells: string[];
    try {
      cells = editableFields.map((field) => cellOf(record, field));
    } catch {
      // A record of another shape (the raw JSON view can give anything): shown blank, kept as it is.
      cells = editableFields.map(() => '');
    }
    return { key: newKey(), cells, base: record };
  });
  return { columns, rows };
}

/** Columns still waiting for the administrator's choice: while there are any, the sheet is not written to the data. */
export const undecided = (sheet: Sheet): number[] =>
  sheet.columns.flatMap((column, i) => (column.field === undefined ? [i] : []));

/** An Excel day number (days since 30/12/1899: 43241 is 21/05/2018) as an ISO date, for date cells read as numbers. */
export function excelSerialDate(value: string): string | undefined {
  if (!/^\d{5}(\.\d+)?$/.test(value)) return undefined;
  const days = Math.floor(Number(value));
  if (days < 21916 || days > 73415) return undefined; // 1960 … 2100
  return new Date(Date.UTC(1899, 11, 30) + days * 86400000).toISOString().slice(0, 10);
}

/**
 * A decision date as the data writes it: dd/mm/yyyy and the ISO form read as the CSV reader
 * reads them, an Excel day number as its date. A date that does not exist ("31/02/2017") is
 * written in ISO order, as typed, for the checker to say so; anything else stays as written.
 */
export function readDate(value: string): string {
  const date = csvDate(value) ?? excelSerialDate(value);
  if (date) return date;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : value;
}

type Loose = Record<string, unknown>;

/** The dataset's units by folded name and alias ("phuong 3" → its id), to link a recipient's unit as written. */
export function unitIndex(units: unknown): Map<string, string> {
  const index = new Map<string, string>();
  if (!Array.isArray(units)) return index;
  for (const unit of units as { id?: unknown; name?: unknown; aliases?: unknown }[]) {
    if (!unit || typeof unit.id !== 'string') continue;
    const names = [unit.name, ...(Array.isArray(unit.aliases) ? unit.aliases : [])];
    for (const name of names) if (typeof name === 'string') index.set(foldForSearch(name.trim()), unit.id);
  }
  return index;
}

/** The record of one row: its base record with the fields of the sheet's columns written over it. */
function recordOf(row: SheetRow, columns: readonly SheetColumn[], units: ReadonlyMap<string, string>): Loose {
  const at = new Map<CsvField, number>();
  columns.forEach((c, i) => {
    if (c.field && c.field !== 'ignore' && !at.has(c.field)) at.set(c.field, i);
  });
  const has = (field: CsvField) => at.has(field);
  const get = (field: CsvField) => {
    const value = (row.cells[at.get(field) ?? -1] ?? '').trim();
    // A cell written '=… so that a spreadsheet does not run it (the CSV export does that).
    return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
  };
  const base = (row.base && typeof row.base === 'object' ? structuredClone(row.base) : {}) as Loose;
  const set = (target: Loose, key: string, value: unknown) => {
    if (value === undefined || value === '') delete target[key];
    else target[key] = value;
  };
  const record: Loose = { ...base, id: typeof base.id === 'string' ? base.id : `khen-${row.key}` };

  const recipient = { ...((base.recipient as Loose | undefined) ?? {}) };
  if (has('name')) set(recipient, 'name', get('name'));
  if (has('position')) set(recipient, 'position', get('position'));
  if (has('unit')) {
    set(recipient, 'unit', get('unit'));
    // A unit the dataset has, written by its name: linked by id too (a link already there stays).
    const unitId = units.get(foldForSearch(get('unit')));
    if (unitId && recipient.unitId === undefined) recipient.unitId = unitId;
  }
  const kindValue = has('kind') ? foldForSearch(get('kind')) : '';
  if (/tap the|collective/.test(kindValue)) recipient.kind = 'collective';
  else if (/ca nhan|individual/.test(kindValue)) recipient.kind = 'individual';
  else if (kindValue) recipient.kind = get('kind');
  else if (!row.base || has('kind'))
    recipient.kind = collectivePrefixes.test(foldForSearch(String(recipient.name ?? ''))) ? 'collective' : 'individual';
  record.recipient = recipient;

  if (has('form')) {
    delete record.formLabel;
    const value = get('form');
    if (value) Object.assign(record, readForm(value));
    else delete record.form;
  }
  const issuer = { ...((base.issuer as Loose | undefined) ?? {}) };
  if (has('issuer') || has('level')) {
    if (has('level')) set(issuer, 'level', get('level'));
    set(issuer, 'name', (has('issuer') ? get('issuer') : '') || get('level') || undefined);
  }
  record.issuer = issuer;
  if ((has('line') && get('line')) || !row.base || has('line'))
    record.line = readLine(has('line') ? get('line') : '', String(issuer.name ?? ''));

  if (has('decisionNumber') || has('decisionDate')) {
    const decision = { ...((base.decision as Loose | undefined) ?? {}) };
    if (has('decisionNumber')) set(decision, 'number', get('decisionNumber'));
    if (has('decisionDate')) set(decision, 'date', get('decisionDate') ? readDate(get('decisionDate')) : undefined);
    set(record, 'decision', Object.keys(decision).length ? decision : undefined);
  }
  if (has('year')) {
    const value = get('year');
    set(record, 'year', /^\d{1,4}$/.test(value) ? Number(value) : value);
  }
  if (has('achievement')) set(record, 'achievement', get('achievement'));
  if (has('status')) {
    const value = foldForSearch(get('status'));
    record.status = /thu hoi|revoked|huy/.test(value) ? 'revoked' : 'in-force';
  }
  return record;
}

/**
 * The records of the sheet (blank rows left out), and for each record the row it came from;
 * `units` (see unitIndex) links a recipient's unit written by name to the dataset's unit.
 */
export function recordsOf(
  sheet: Sheet,
  units: ReadonlyMap<string, string> = new Map(),
): { records: Loose[]; rowOf: number[] } {
  const records: Loose[] = [];
  const rowOf: number[] = [];
  sheet.rows.forEach((row, r) => {
    if (!row.base && row.cells.every((cell) => cell.trim() === '')) return;
    records.push(recordOf(row, sheet.columns, units));
    rowOf.push(r);
  });
  return { records, rowOf };
}

/** The field of the sheet a problem's path inside a record points at (`recipient.name` → name). */
const fieldOfPath: Record<string, CsvField> = {
  'recipient.name': 'name',
  'recipient.kind': 'kind',
  'recipient.position': 'position',
  'recipient.unit': 'unit',
  form: 'form',
  formLabel: 'form',
  line: 'line',
  'issuer.name': 'issuer',
  'issuer.level': 'level',
  'decision.number': 'decisionNumber',
  'decision.date': 'decisionDate',
  decision: 'decisionNumber',
  year: 'year',
  achievement: 'achievement',
  status: 'status',
};

export interface RowProblem {
  problem: Problem;
  /** The column the problem is in, when the sheet has one for its field. */
  column?: number;
}

/**
 * The problems of `commendations[…]` placed on the sheet's rows: row index → its problems,
 * each with the column holding the faulty field when there is one. `rowOf` maps a record to its row.
 */
export function problemsByRow(
  sheet: Sheet,
  problems: readonly Problem[],
  rowOf: readonly number[],
): Map<number, RowProblem[]> {
  const byRow = new Map<number, RowProblem[]>();
  for (const problem of problems) {
    const [list, index, ...rest] = parsePath(problem.path);
    if (list !== 'commendations' || typeof index !== 'number') continue;
    const row = rowOf[index];
    if (row === undefined) continue;
    const inner = rest.filter((s): s is string => typeof s === 'string');
    let field: CsvField | undefined;
    for (let n = inner.length; n > 0 && !field; n--) field = fieldOfPath[inner.slice(0, n).join('.')];
    if (field === 'issuer' && !sheet.columns.some((c) => c.field === 'issuer')) field = 'level';
    const column = field ? sheet.columns.findIndex((c) => c.field === field) : -1;
    const entry = { problem, column: column >= 0 ? column : undefined };
    const existing = byRow.get(row);
    if (existing) existing.push(entry);
    else byRow.set(row, [entry]);
  }
  return byRow;
}
