/**
 * The bytes of a text file as Excel (or a person) really saves it, read as Unicode text (NFC):
 *
 * | Excel's "Save as" | bytes | found by |
 * | --- | --- | --- |
 * | CSV UTF-8 (Comma delimited) | UTF-8 with a BOM | the BOM |
 * | Unicode Text | UTF-16LE with a BOM, tabs | the BOM (or, without it, the NUL bytes) |
 * | CSV (Comma delimited), Vietnamese Windows | windows-1258, tone marks apart, `;` or `,` | not UTF-8 |
 * | a file saved elsewhere | UTF-8, maybe without a BOM | valid UTF-8 |
 *
 * Then, line by line, text typed in the fonts of before Unicode (TCVN3 ".VnTime", VNI) or
 * UTF-8 read as Windows-1252 and saved again, is converted when the conversion reads as
 * Vietnamese and the text as it came does not (legacy-vietnamese.ts), with a warning that
 * says so; a line that still does not read (garbled letters, letters Windows replaced by "?")
 * is an error with its line number. Never throws; never gives rows of garbled letters silently.
 */
import { msg, str } from '@lit/localize';
import { addEnglish, inLanguage, languageReady } from '../../i18n/locale.js';
import { templates } from '../../i18n/locales/en-csv.js';
import type { Language } from '../../i18n/language.js';
import type { Problem } from '../../schema/result.js';
import {
  fromDoubleUtf8,
  fromTcvn3,
  fromVni,
  latinView,
  scoreLine,
  worth,
  type LineScore,
} from './legacy-vietnamese.js';

addEnglish(templates);

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
/** How lines were converted: typed in TCVN3 or VNI fonts, or UTF-8 read wrongly and saved again. */
export type Conversion = 'tcvn3' | 'vni' | 'double-utf8';
export type Separator = ',' | ';' | '\t';

export interface DecodedText {
  /** The text, NFC, without its BOM; converted lines already converted. */
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  /** The field separator of the first records, outside quotes; undefined when none appears. */
  separator?: Separator;
  /** Set when some lines were converted, with their line numbers (1-based). */
  converted?: { from: Conversion; lines: number[] };
  /** A warning when lines were converted; an error per line that cannot be read right. */
  problems: Problem[];
}

export interface DecodeOptions {
  /** The language of the problems' words (default Vietnamese). */
  language?: Language;
}

const fontName: Record<Conversion, string> = {
  tcvn3: 'TCVN3 (.VnTime)',
  vni: 'VNI (VNI-Times)',
  'double-utf8': 'UTF-8',
};

/** The decoder's words, said with `inLanguage`; `csv.` ids: their English comes with the CSV words (en-csv.ts). */
const words = {
  line: (line: number) => msg(str`dòng ${line}`, { id: 'csv.decode-line' }),
  lines: (list: string) => msg(str`các dòng ${list}`, { id: 'csv.decode-lines' }),
  converted: (font: string, count: number, lines: string) =>
    msg(
      str`${count} dòng (${lines}) được gõ bằng phông ${font}, bảng mã cũ trước Unicode; đã tự chuyển sang Unicode. Hãy xem lại tên người, rồi chuyển mã tệp gốc sang Unicode bằng Unikey (Ctrl+Shift+F6) và lưu bằng “CSV UTF-8”.`,
      { id: 'csv.decode-converted' },
    ),
  doubleUtf8: (count: number, lines: string) =>
    msg(
      str`${count} dòng (${lines}) là chữ UTF-8 đã bị đọc nhầm rồi lưu lại (như “Nguyá»…n” thay cho “Nguyễn”); đã tự sửa. Hãy xem lại tên người và lưu tệp gốc bằng “CSV UTF-8”.`,
      { id: 'csv.decode-double-utf8' },
    ),
  garbledFont: (sample: string, font: string) =>
    msg(
      str`chữ bị lỗi mã, không đọc đúng được: ${sample}. Chữ có vẻ gõ bằng phông ${font}: hãy mở tệp gốc, chuyển mã sang Unicode bằng Unikey (Ctrl+Shift+F6), rồi lưu lại bằng “CSV UTF-8”.`,
      { id: 'csv.decode-garbled-font' },
    ),
  garbled: (sample: string) =>
    msg(
      str`chữ bị lỗi mã, không đọc đúng được: ${sample}. Nếu danh sách được gõ bằng phông cũ (.VnTime, VNI-Times), hãy chuyển mã sang Unicode bằng Unikey (Ctrl+Shift+F6); rồi lưu lại bằng “CSV UTF-8”.`,
      { id: 'csv.decode-garbled' },
    ),
  lost: (sample: string) =>
    msg(
      str`chữ có dấu đã bị mất, thay bằng dấu “?”: ${sample}. Máy lưu tệp không dùng bảng mã tiếng Việt; hãy mở tệp gốc trong Excel và lưu lại bằng “CSV UTF-8 (Comma delimited)”.`,
      { id: 'csv.decode-lost' },
    ),
  /** The same trouble on a further line: its words only, the advice was given on the first. */
  lostAgain: (sample: string) => msg(str`chữ có dấu đã bị mất: ${sample}.`, { id: 'csv.decode-lost-again' }),
  garbledAgain: (sample: string) => msg(str`chữ bị lỗi mã: ${sample}.`, { id: 'csv.decode-garbled-again' }),
  more: (count: number) =>
    msg(str`Còn ${count} dòng khác cũng vậy; hãy sửa cả tệp như trên.`, { id: 'csv.decode-more' }),
};

/** At most this many lines get a problem of their own; one more says how many others there are. */
const maxLineProblems = 20;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a BOM: most characters of a Latin-script text have a zero byte (odd offsets: little-endian). */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(bytes.length >> 1, 2048);
  if (pairs < 2) return undefined;
  let oddZero = 0;
  let evenZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Which encoding the bytes are in, whether they start with a BOM, and the text they give (not normalised). */
function decodeBytes(bytes: Uint8Array): { encoding: TextEncoding; bom: boolean; raw: string } {
  const decode = (encoding: TextEncoding, fatal = false) =>
    new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return { encoding: 'utf-8', bom: true, raw: decode('utf-8') };
  if (hasBom(bytes, 0xff, 0xfe)) return { encoding: 'utf-16le', bom: true, raw: decode('utf-16le') };
  if (hasBom(bytes, 0xfe, 0xff)) return { encoding: 'utf-16be', bom: true, raw: decode('utf-16be') };
  const utf16 = utf16Without(bytes);
  if (utf16) return { encoding: utf16, bom: false, raw: decode(utf16) };
  try {
    return { encoding: 'utf-8', bom: false, raw: decode('utf-8', true) };
  } catch {
    // windows-1258 gives one character per byte: the line's bytes are the line's characters' positions.
    return { encoding: 'windows-1258', bom: false, raw: decode('windows-1258') };
  }
}

/**
 * The separator of a CSV text: of `,`, `;` and tab, the one that splits the first records
 * (outside quotes) into the same number of fields, most often and into the most fields.
 */
export function detectSeparator(text: string, records = 20): Separator | undefined {
  const counts: Record<Separator, number[]> = { ',': [], ';': [], '\t': [] };
  let current: Record<Separator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  const end = () => {
    for (const sep of [',', ';', '\t'] as const) counts[sep].push(current[sep]);
    current = { ',': 0, ';': 0, '\t': 0 };
  };
  for (let i = 0; i < text.length && counts[','].length < records; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === ',' || char === ';' || char === '\t') current[char]++;
    else if (char === '\n') end();
  }
  if (text.length && !text.endsWith('\n')) end();
  let best: Separator | undefined;
  let bestScore = 0;
  for (const sep of ['\t', ';', ','] as const) {
    const list = counts[sep];
    if (!list.length || list[0] === 0) continue;
    const same = list.filter((n) => n === list[0]).length / list.length;
    const score = same * 1000 + list[0];
    if (score > bestScore) [best, bestScore] = [sep, score];
  }
  return best;
}

/** Whether a line reads as Vietnamese: no garbled or lost letters, hardly any word that is not a syllable. */
const reads = (score: LineScore) => !score.garbled.length && !score.lost.length && score.bad * 4 <= score.good;

/** A line as it came (NFC) and as the conversions tried give it, with their scores. */
interface LineReading {
  plain: string;
  plainScore: LineScore;
  /** Its byte view, when a conversion could apply (legacy-vietnamese.ts `latinView`). */
  latin?: string;
  converted: Partial<Record<Conversion, { text: string; score: LineScore }>>;
}

/** Lines whose characters cannot come from a legacy font: Vietnamese letters Latin-1 does not have. */
const unicodeOnly = /[ĂăĐđĨĩŨũƠơƯưẠ-ỹ]/;

const conversionOrder = ['tcvn3', 'vni', 'double-utf8'] as const;

const convert: Record<Conversion, (latin: string) => string | undefined> = {
  tcvn3: fromTcvn3,
  vni: fromVni,
  'double-utf8': fromDoubleUtf8,
};

function readLine(plain: string, latin: string, fromUnicode: boolean): LineReading {
  const reading: LineReading = { plain, plainScore: scoreLine(plain), converted: {} };
  // Nothing beyond ASCII, or Unicode text with letters no legacy font gives: as it came.
  if (/[\u0080-\u00ff]/.test(latin) && !(fromUnicode && unicodeOnly.test(plain))) reading.latin = latin;
  return reading;
}

/** Tries `conversion` on a line (once), when it may apply and changes something. */
function tryConversion(reading: LineReading, conversion: Conversion): void {
  if (!reading.latin || conversion in reading.converted) return;
  const text = convert[conversion](reading.latin);
  if (text !== undefined && text !== reading.plain) reading.converted[conversion] = { text, score: scoreLine(text) };
}

/** Lines on which every conversion is tried to choose the file's; the others try only the chosen one. */
const sampleLines = 2000;

/** Bytes as the characters U+0000–U+00FF of the same numbers. */
function byteString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return out;
}

/** "5, 7, 12–40" */
function lineList(lines: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    runs.push(j > i + 1 ? `${lines[i]}–${lines[j]}` : j === i + 1 ? `${lines[i]}, ${lines[j]}` : `${lines[i]}`);
    i = j + 1;
  }
  return runs.length > 6 ? `${runs.slice(0, 6).join(', ')}…` : runs.join(', ');
}

/** Up to three words, quoted, each cut at 30 characters. */
const sample = (tokens: string[]) =>
  tokens
    .slice(0, 3)
    .map((token) => `“${token.length > 30 ? token.slice(0, 29) + '…' : token}”`)
    .join(', ');

/**
 * Reads the bytes of a text file (a CSV list, a "Unicode Text" export) as Excel may have saved
 * it: the encoding, NFC text, the separator, conversions of legacy fonts and the problems, worded
 * in `options.language`. Never throws.
 */
export async function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Promise<DecodedText> {
  const language = options.language ?? 'vi';
  const { encoding, bom, raw } = decodeBytes(bytes);
  const rawLines = raw.split('\n');
  const fromUnicode = encoding !== 'windows-1258';
  let offset = 0;
  const readings = rawLines.map((rawLine) => {
    // A windows-1258 line's byte view is its bytes; a Unicode line's, the bytes Windows gave its letters.
    const latin = fromUnicode ? latinView(rawLine) : byteString(bytes.subarray(offset, offset + rawLine.length));
    offset += rawLine.length + 1;
    return readLine(rawLine.normalize('NFC'), latin, fromUnicode);
  });

  const candidates = readings.filter((reading) => reading.latin);
  for (const reading of candidates.slice(0, sampleLines))
    for (const conversion of conversionOrder) tryConversion(reading, conversion);

  // The conversion the file needs: of those that read better than the text as it came on more
  // lines than they read worse, the one that gains most, provided the lines it wins then read
  // cleanly (a conversion that leaves garbled words is the wrong one: VISCII is not TCVN3).
  // Lines where it reads as well are converted too (a TCVN3 file is TCVN3 throughout); lines
  // where the text as it came reads better keep it.
  let from: Conversion | undefined;
  let bestGain = 0;
  for (const conversion of conversionOrder) {
    let wins = 0;
    let clean = 0;
    let losses = 0;
    let gain = 0;
    for (const reading of readings) {
      const other = reading.converted[conversion];
      if (!other) continue;
      const difference = worth(other.score) - worth(reading.plainScore);
      gain += difference;
      if (difference > 0) {
        wins++;
        if (reads(other.score)) clean++;
      } else if (difference < 0) losses++;
    }
    if (wins > losses && clean >= wins * 0.8 && gain > bestGain) [from, bestGain] = [conversion, gain];
  }

  if (from) for (const reading of candidates.slice(sampleLines)) tryConversion(reading, from);

  const convertedLines: number[] = [];
  const final = readings.map((reading, i) => {
    const other = from ? reading.converted[from] : undefined;
    if (other && worth(other.score) >= worth(reading.plainScore)) {
      convertedLines.push(i + 1);
      return { text: other.text, score: other.score };
    }
    return { text: reading.plain, score: reading.plainScore };
  });

  let text = final.map((line) => line.text).join('\n');
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  await languageReady(language);
  const say = <A extends unknown[]>(word: (...args: A) => string, ...args: A) =>
    inLanguage(language, () => word(...args));
  const problems: Problem[] = [];
  const badLines: number[] = [];
  /** Kinds of trouble already explained: a further line gets its words only. */
  const said = new Set<string>();
  final.forEach(({ text: line, score }, i) => {
    const number = i + 1;
    const garbled = score.garbled.length > 0 || (score.bad >= 2 && score.bad > score.good * 2);
    if (!garbled && !score.lost.length) return;
    badLines.push(number);
    if (badLines.length > maxLineProblems) return;
    // The conversion that reads this line best, though not well: named in the advice.
    const reading = readings[i];
    const hint = (['tcvn3', 'vni'] as const).find((conversion) => {
      tryConversion(reading, conversion);
      const other = reading.converted[conversion];
      return other && reads(other.score) && worth(other.score) > worth(reading.plainScore);
    });
    const kind = score.lost.length ? 'lost' : 'garbled';
    const again = said.has(kind);
    said.add(kind);
    const unread = score.garbled.length ? score.garbled : unreadWords(line);
    const message =
      kind === 'lost'
        ? say(again ? words.lostAgain : words.lost, sample(score.lost))
        : again
          ? say(words.garbledAgain, sample(unread))
          : hint
            ? say(words.garbledFont, sample(unread), fontName[hint])
            : say(words.garbled, sample(unread));
    problems.push({
      path: say(words.line, number),
      line: number,
      code: 'csv-garbled-text',
      message,
      severity: 'error',
    });
  });
  if (badLines.length > maxLineProblems) {
    const rest = badLines.slice(maxLineProblems);
    problems.push({
      path: say(words.lines, lineList(rest)),
      line: rest[0],
      code: 'csv-garbled-text',
      message: say(words.more, rest.length),
      severity: 'error',
    });
  }
  if (from && convertedLines.length) {
    const list = lineList(convertedLines);
    problems.push({
      path: '',
      line: convertedLines[0],
      code: from === 'double-utf8' ? 'csv-double-utf8' : 'csv-legacy-font',
      message:
        from === 'double-utf8'
          ? say(words.doubleUtf8, convertedLines.length, list)
          : say(words.converted, fontName[from], convertedLines.length, list),
      severity: 'warning',
    });
  }

  return {
    text,
    encoding,
    bom,
    separator: detectSeparator(text),
    converted: from && convertedLines.length ? { from, lines: convertedLines } : undefined,
    problems,
  };
}

/** The words of a line that do not read as Vietnamese, for a sample when no character gave them away. */
function unreadWords(line: string): string[] {
  return line.split(/[\s,;"\t]+/).filter((token) => /[\u0080-\uffff]/.test(token) && !scoreLine(token).good);
}
