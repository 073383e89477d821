/**
 * The words of the CSV parts of the table (csv-export.ts, csv-source.ts), downloaded with them:
 * `msg()` calls like every string, whose ids begin with `csv.` so that their English is built
 * into a chunk of its own (src/i18n/locales/en-csv.ts, scripts/i18n-split.js), registered here.
 * A page that never exports nor reads a CSV file downloads none of it.
 */
import { msg, str } from '@lit/localize';
import { addEnglish } from '../../i18n/locale.js';
import { templates } from '../../i18n/locales/en-csv.js';
import type { CsvField } from './csv-columns.js';
import { columnLabel } from './labels.js';

addEnglish(templates);

/**
 * The header each field gets in an exported file, in the language being spoken (`inLanguage`):
 * the words of the table's own columns where they are the same.
 */
export function csvHeader(field: CsvField): string {
  switch (field) {
    case 'stt':
    case 'position':
    case 'unit':
    case 'form':
    case 'year':
    case 'achievement':
    case 'status':
      return columnLabel(field);
    case 'kind':
      return msg('Loại');
    case 'name':
      return msg('Tên', { id: 'csv.name' });
    case 'line':
      return msg('Khối');
    case 'issuer':
      return msg('Cơ quan khen', { id: 'csv.issuer' });
    case 'level':
      // The table's column "Cấp khen" shows the issuer; here it is the issuer's level.
      return msg('Cấp khen', { id: 'csv.level' });
    case 'decisionNumber':
      return msg('Số quyết định', { id: 'csv.decision-number' });
    case 'decisionDate':
      return msg('Ngày quyết định', { id: 'csv.decision-date' });
  }
}

/** The CSV reader's words (csv-source.ts), said in the reader's language with `inLanguage`. */
export const csvSourceWords = {
  place: (line: number, column?: string) =>
    column
      ? msg(str`dòng ${line}, cột ${column}`, { id: 'csv.place-column' })
      : msg(str`dòng ${line}`, { id: 'csv.place' }),
  noName: () => msg('Tệp CSV cần một cột tên: "Họ và tên", "Tên tập thể" hoặc "Tên".', { id: 'csv.no-name' }),
  noIssuer: () => msg('Tệp CSV cần cột "Cấp khen" hoặc "Cơ quan khen".', { id: 'csv.no-issuer' }),
  noForm: () => msg('Tệp CSV cần cột "Hình thức".', { id: 'csv.no-form' }),
  empty: () => msg('Tệp CSV không có dòng dữ liệu nào.', { id: 'csv.empty' }),
  blank: () => msg('ô này không được để trống.', { id: 'csv.blank' }),
  date: (v: string) => msg(str`ngày "${v}" không hợp lệ (viết dd/mm/yyyy, ví dụ 21/05/2018).`, { id: 'csv.date' }),
  year: (v: string) => msg(str`năm "${v}" không hợp lệ (viết bốn chữ số, ví dụ 2017).`, { id: 'csv.year' }),
  kind: (v: string) => msg(str`"${v}" không phải "Tập thể" hay "Cá nhân".`, { id: 'csv.kind' }),
};
