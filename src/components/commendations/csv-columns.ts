/**
 * The CSV fields and the headers an exported file gets; the headers the reader recognises
 * (with these among them, so an exported file reads back) are in csv-header-aliases.ts.
 */
import { msg } from '@lit/localize';

export const csvFields = [
  'stt',
  'kind',
  'name',
  'position',
  'unit',
  'form',
  'line',
  'issuer',
  'level',
  'decisionNumber',
  'decisionDate',
  'year',
  'achievement',
  'status',
] as const;
export type CsvField = (typeof csvFields)[number];

/**
 * The header each field gets in an exported file, in the language being spoken (`inLanguage`):
 * the words of the table's own columns where they are the same.
 */
export function csvHeader(field: CsvField): string {
  switch (field) {
    case 'stt':
      return msg('STT');
    case 'kind':
      return msg('Loại');
    case 'name':
      return msg('Tên');
    case 'position':
      return msg('Chức vụ');
    case 'unit':
      return msg('Đơn vị');
    case 'form':
      return msg('Hình thức');
    case 'line':
      return msg('Khối');
    case 'issuer':
      return msg('Cơ quan khen');
    case 'level':
      // The table's column "Cấp khen" shows the issuer; here it is the issuer's level.
      return msg('Cấp khen', { id: 'csv-level' });
    case 'decisionNumber':
      return msg('Số quyết định');
    case 'decisionDate':
      return msg('Ngày quyết định');
    case 'year':
      return msg('Năm');
    case 'achievement':
      return msg('Thành tích');
    case 'status':
      return msg('Trạng thái');
  }
}
