/**
 * The table's reader for the text fetched from `src`: JSON goes straight to the data layer;
 * anything that may be a CSV list first downloads the CSV reader (lazy-parts.ts), which
 * decides by the first line and falls back to JSON.
 */
import { readDataset, type ReadResult, type SourceInfo, type SourceReader } from '../../data/read.js';
import { msg } from '@lit/localize';
import { inLanguage, languageReady } from '../../i18n/locale.js';
import { lazyParts } from './lazy-parts.js';

/** What the URL, the content type or the first bytes say the text is; `unknown` when they do not say. */
export function sourceKind(text: string, source: SourceInfo): 'csv' | 'json' | 'unknown' {
  const path = source.url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.csv') || /\bcsv\b/i.test(source.contentType ?? '')) return 'csv';
  if (path.endsWith('.json') || /json/i.test(source.contentType ?? '')) return 'json';
  const first = text.replace(/^\uFEFF/, '').trimStart();
  return first.startsWith('{') || first.startsWith('[') ? 'json' : 'unknown';
}

const partMissing = () => msg('Không tải được phần đọc tệp CSV của bảng (mất kết nối mạng?). Hãy thử lại.');

/** Reads fetched text: CSV when it is CSV, the JSON dataset otherwise. Never throws. */
export const readTableSource: SourceReader = async (text, source, language, ...rest) => {
  if (sourceKind(text, source) === 'json') return readDataset(text, language, ...rest);
  let reader: typeof import('./csv-source.js');
  try {
    reader = await lazyParts.csvSource();
  } catch {
    await languageReady(language);
    const message = inLanguage(language, partMissing);
    const problem = { path: '', message, code: 'part-not-loaded', severity: 'error' as const };
    return { ok: false, problems: [problem] } satisfies ReadResult;
  }
  return reader.readCommendationSource(text, source, language, ...rest);
};
