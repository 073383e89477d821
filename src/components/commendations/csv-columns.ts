/**
 * The CSV fields; the headers an exported file gets are in csv-words.ts, the headers the reader
 * recognises (with these among them, so an exported file reads back) in csv-header-aliases.ts.
 */

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
