/**
 * The bytes of a `.csv` file opened in the studio, as rows of cells: the encoding from the
 * byte-order mark (UTF-8, UTF-16LE as Excel's "Unicode Text"), else UTF-8 when the bytes are
 * UTF-8, else windows-1258 (Excel's "CSV (Comma delimited)" on a Vietnamese Windows); the
 * text normalised to NFC (windows-1258 writes tone marks as combining marks); the separator
 * guessed among `,` `;` and tab from the first line.
 *
 * A simple decoder for now: the full one (TCVN3 and VNI detection, line numbers of text that
 * cannot be right) lives in src/data/parse/, and this function is pointed at it when both land.
 */
import { dsvFormat } from 'd3-dsv';

export interface DecodedCsv {
  rows: string[][];
  /** `utf-8`, `utf-16le` or `windows-1258`. */
  encoding: string;
  separator: ',' | ';' | '\t';
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}

/** The separator of the first line: the most frequent of `;` and tab when it beats `,`. */
export function guessSeparator(firstLine: string): ',' | ';' | '\t' {
  const count = (sep: string) => firstLine.split(sep).length;
  return count('\t') > count(',') && count('\t') >= count(';') ? '\t' : count(';') > count(',') ? ';' : ',';
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  const { text: raw, encoding } = decode(bytes);
  const text = raw.normalize('NFC');
  const separator = guessSeparator(text.split(/\r?\n/, 1)[0]);
  const rows = dsvFormat(separator)
    .parseRows(text)
    .filter((row) => row.some((cell) => cell.trim() !== ''));
  return { rows, encoding, separator };
}
