/**
 * The rows a visitor sees, as a CSV file: UTF-8 with a byte-order mark so Excel shows
 * Vietnamese, headers that the CSV reader recognises, cells a spreadsheet cannot run.
 */
import { csvFormatRows } from 'd3-dsv';
import { formatDate } from '../../data/words/format.js';
import type { Language } from '../../i18n/language.js';
import { inLanguage } from '../../i18n/locale.js';
import { csvFields, type CsvField } from './csv-columns.js';
import { csvHeader } from './csv-words.js';
import { kindLabel, lineLabel, statusLabel } from './labels.js';
import type { CommendationRow } from './rows.js';

/** A cell starting with = + - @ (or a tab or return) would run as a formula in a spreadsheet: quote it with '. */
export function defuseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(row: CommendationRow, field: CsvField, language: Language): string {
  const { record } = row;
  switch (field) {
    case 'stt':
      return String(row.number);
    case 'kind':
      return kindLabel(record.recipient.kind);
    case 'name':
      return record.recipient.name;
    case 'position':
      return record.recipient.position ?? '';
    case 'unit':
      return row.unitName;
    case 'form':
      return row.form;
    case 'line':
      return lineLabel(record.line);
    case 'issuer':
      return record.issuer.name;
    case 'level':
      return record.issuer.level ?? '';
    case 'decisionNumber':
      return record.decision?.number ?? '';
    case 'decisionDate':
      return record.decision?.date ? formatDate(record.decision.date, language) : '';
    case 'year':
      return record.year === undefined ? '' : String(record.year);
    case 'achievement':
      return record.achievement ?? '';
    case 'status':
      return row.revoked ? statusLabel('revoked') : '';
  }
}

/** CSV text (with BOM) of the given rows, in the given order, every field; words in `language`. */
export function commendationsCsv(
  rows: readonly CommendationRow[],
  shown: ArrayLike<number>,
  language: Language,
): string {
  return inLanguage(language, () => {
    const lines: string[][] = [csvFields.map(csvHeader)];
    for (let i = 0; i < shown.length; i++) {
      const row = rows[shown[i]];
      lines.push(csvFields.map((field) => defuseCell(cell(row, field, language))));
    }
    return '\uFEFF' + csvFormatRows(lines);
  });
}
