/**
 * The bytes of a `.csv` file opened in the studio, as rows of cells: decoded by the same reader
 * as the table's `src="…csv"` (data/parse/decode-text.ts: the encodings Excel writes, NFC, the
 * separator, TCVN3 / VNI lines converted with a warning, unreadable lines as errors).
 */
import { dsvFormat } from 'd3-dsv';
import { decodeText, type TextEncoding, type Separator } from '../data/parse/decode-text.js';
import type { Language } from '../i18n/language.js';
import type { Problem } from '../schema/result.js';

export interface DecodedCsv {
  rows: string[][];
  encoding: TextEncoding;
  separator: Separator;
  /** The decoder's warnings (lines converted from an old font) and errors (lines that cannot be read right). */
  problems: readonly Problem[];
}

export async function decodeCsvBytes(bytes: Uint8Array, language: Language = 'vi'): Promise<DecodedCsv> {
  const decoded = await decodeText(bytes, { language });
  const separator = decoded.separator ?? ',';
  const rows = dsvFormat(separator)
    .parseRows(decoded.text)
    .filter((row) => row.some((cell) => cell.trim() !== ''));
  return { rows, encoding: decoded.encoding, separator, problems: decoded.problems };
}
