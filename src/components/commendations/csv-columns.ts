/**
 * The CSV fields and the headers an exported file gets; the headers the reader recognises
 * (with these among them, so an exported file reads back) are in csv-header-aliases.ts.
 */
import type { Language } from '../../data/words/language.js';

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

/** The header each field gets in an exported file. */
export const csvHeaders: Record<Language, Record<CsvField, string>> = {
  vi: {
    stt: 'STT',
    kind: 'Loại',
    name: 'Tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    form: 'Hình thức',
    line: 'Khối',
    issuer: 'Cơ quan khen',
    level: 'Cấp khen',
    decisionNumber: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    year: 'Năm',
    achievement: 'Thành tích',
    status: 'Trạng thái',
  },
  en: {
    stt: 'No.',
    kind: 'Kind',
    name: 'Name',
    position: 'Position',
    unit: 'Unit',
    form: 'Form',
    line: 'Line',
    issuer: 'Issuer',
    level: 'Level',
    decisionNumber: 'Decision number',
    decisionDate: 'Decision date',
    year: 'Year',
    achievement: 'Achievement',
    status: 'Status',
  },
};
