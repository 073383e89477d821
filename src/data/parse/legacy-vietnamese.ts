/**
 * Vietnamese typed in the fonts of before Unicode, as it reaches a CSV file: each character
 * of the legacy encoding arrives as the Latin-1 / Windows letter of the same byte
 * ("NguyÔn ThÞ H»ng" is TCVN3, "Nguyeãn Thò Haèng" is VNI, both "Nguyễn Thị Hằng"), or as
 * UTF-8 read as Windows-1252 and saved again ("Nguyá»…n"). The converters take a line in its
 * *byte view* (`latinView`: one character U+0000–U+00FF per byte of the old encoding) and give
 * Unicode, NFC; the scorer says how much a line reads as Vietnamese, so that decode-text.ts
 * converts a line only when the conversion reads better than the text as it came.
 */

/**
 * TCVN3 (TCVN 5712:1993, the ".VnTime" fonts): byte 0x80 + i → this string's character i, with
 * a space for A0 (B0–B4 are tone marks typed after a vowel; most capitals with a tone are VN1's,
 * which the ".VnTimeH" fonts did without; VN1's in control codes are left out). Checked against
 * iconv-lite's "tcvn" table by test/data/decode-text.test.ts.
 */
const tcvn3High =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ' +
  'ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' +
  ' ĂÂÊÔƠƯĐăâêôơưđẰ\u0300' +
  '\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮ' +
  'ẦẨẪẤỀặầẩẫấậèỂẻẽé' +
  'ẹềểễếệìỉỄẾỒĩíịòỔ' +
  'ỏõóọồổỗốộờởỡớợùỖ' +
  'ủũúụừửữứựỳỷỹýỵỐ';

/** What each byte of TCVN3 is, for the bytes where it differs from ASCII. */
export const tcvn3: ReadonlyMap<string, string> = new Map(
  [...tcvn3High].flatMap((letter, i) => (letter === ' ' ? [] : [[String.fromCharCode(0x80 + i), letter]])),
);

/** VNI-Windows: a base letter, then one byte for its marks (NFD pieces); i, y and đ have letters of their own. */
const vniMarks: Record<string, string> = {
  ø: '\u0300', // huyền
  ù: '\u0301', // sắc
  û: '\u0309', // hỏi
  õ: '\u0303', // ngã
  ï: '\u0323', // nặng
  â: '\u0302', // â ê ô
  ê: '\u0306', // ă
  à: '\u0302\u0300',
  á: '\u0302\u0301',
  å: '\u0302\u0309',
  ã: '\u0302\u0303',
  ä: '\u0302\u0323',
  è: '\u0306\u0300',
  é: '\u0306\u0301',
  ú: '\u0306\u0309',
  ü: '\u0306\u0303',
  ë: '\u0306\u0323',
};
const vniLetters: Record<string, string> = { ô: 'ơ', ö: 'ư', ñ: 'đ', ì: 'ì', í: 'í', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' };
/** The vowels a VNI mark byte may follow (ơ and ư are themselves VNI letters). */
const vniBases = /[aeouyAEOUYơưƠƯ]/;

/** TCVN3 in its byte view → Unicode, NFC. */
export function fromTcvn3(latin: string): string {
  let out = '';
  for (const char of latin) out += tcvn3.get(char) ?? char;
  return out.normalize('NFC');
}

/** VNI-Windows in its byte view → Unicode, NFC. Upper-case mark bytes follow upper-case letters. */
export function fromVni(latin: string): string {
  let out = '';
  let previous = '';
  for (const char of latin) {
    const lower = char.toLowerCase();
    const mark = lower in vniMarks && vniBases.test(previous) ? vniMarks[lower] : undefined;
    if (mark) {
      out += mark;
      // A tone after a vowel mark ends the letter; a lone vowel mark (aâ, then ø) may take one more.
      previous = mark.length === 1 && /[\u0302\u0306]/.test(mark) ? previous : '';
      continue;
    }
    const letter = vniLetters[lower];
    const mapped = letter ? (char === lower ? letter : letter.toUpperCase()) : char;
    out += mapped;
    previous = mapped;
  }
  return out.normalize('NFC');
}

/** UTF-8 that was read as Windows-1252 and saved again ("Nguyá»…n") → its text; undefined when it is not that. */
export function fromDoubleUtf8(latin: string): string | undefined {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(latin) || /[\u0100-\uffff]/.test(latin)) return undefined;
  const bytes = Uint8Array.from(latin, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return undefined;
  }
}

/** Windows-1252's characters of bytes 0x80–0x9F, which a Windows program writes for those bytes. */
const cp1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';
const cp1252Byte = new Map(
  [...cp1252].flatMap((char, i) => (char === '\0' ? [] : [[char, String.fromCharCode(0x80 + i)]])),
);

/**
 * A line of Unicode text in its byte view: the byte each character had in Windows-1252 (the
 * letters a legacy font's bytes show as), characters no such byte has kept as they are.
 */
export function latinView(line: string): string {
  let out = '';
  for (const char of line) out += char.charCodeAt(0) <= 0xff ? char : (cp1252Byte.get(char) ?? char);
  return out;
}

// Scoring: how much a line reads as Vietnamese.

/** Letters Vietnamese is written with (NFC), and the combining marks a decoder may leave. */
const vietnameseLetter =
  /[A-Za-z\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u00d0\u00f0\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{M}/u;
/**
 * Characters that show a line came out of the wrong decoder when they touch a letter. Not Ð and ð:
 * people type them for Đ and đ, which they look like.
 */
const oddChar =
  /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]/;
/** Quotation marks allowed at a word's edge («Học tập»). */
const quote = /[«»‘’“”‹›]/;
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/g;
const nuclei = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ưu ươ uy yê ' +
    'iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu'
  ).split(' '),
);
const syllable = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|nh|ng|[cmnpt])?$/;

/** Whether one word (letters only) is a Vietnamese syllable: onset, vowels, ending, at most one tone. */
export function isSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(toneMarks) ?? [];
  if (tones.length > 1) return false;
  const base = nfd.replace(toneMarks, '').normalize('NFC');
  if (/[\u0300-\u036f]/.test(base)) return false;
  const match = syllable.exec(base) ?? (base.startsWith('gi') ? syllable.exec('g' + base.slice(2)) : null);
  if (!match) return false;
  const vowels = match[1] === 'gi' && !nuclei.has(match[2]) ? 'i' + match[2] : match[2];
  if (!nuclei.has(vowels) && !nuclei.has(match[2])) return false;
  // After c, ch, p, t only the rising and the heavy tone are possible ("học", "các").
  if (match[3] && /^(c|ch|p|t)$/.test(match[3]) && !/[\u0301\u0323]/.test(tones[0] ?? '')) return false;
  return true;
}

/** What a line says about its decoding: words that read as Vietnamese, words that do not, and signs of garbling. */
export interface LineScore {
  good: number;
  bad: number;
  /** Words with a character that touches letters and never belongs in Vietnamese text ("H»ng", "Nguy?n"), as written. */
  garbled: string[];
  /** Words where a "?" stands for a letter that Windows could not save ("Nguy?n"). */
  lost: string[];
}

/** What one word says: 'lost', 'garbled', or how many of its syllables read and do not. */
type TokenScore = 'lost' | 'garbled' | { good: number; bad: number } | undefined;

/** Words already scored: a list repeats its words (names, forms, issuers) on every line. */
const tokenScores = new Map<string, TokenScore>();

function scoreToken(token: string): TokenScore {
  if (!/[\u0080-\uffff]/.test(token))
    return /[A-Za-z]\?|\?[A-Za-z]/.test(token) && /[A-Za-z]/.test(token.replace(/\?/g, '')) ? 'lost' : undefined;
  const chars = [...token];
  let odd = false;
  chars.forEach((char, i) => {
    if (!oddChar.test(char)) return;
    const edge = i === 0 || i === chars.length - 1;
    if (edge && quote.test(char)) return;
    const touches = vietnameseLetter.test(chars[i - 1] ?? '') || vietnameseLetter.test(chars[i + 1] ?? '');
    if (touches || char === '\ufffd') odd = true;
  });
  // NFC leaves a combining mark only where no Vietnamese letter has it (a tone on a consonant).
  if (odd || /[\u0300-\u036f]/.test(token)) return 'garbled';
  if (/\p{L}\?|\?\p{L}/u.test(token)) return 'lost';
  const score = { good: 0, bad: 0 };
  for (const word of token.match(/[\p{L}\p{M}]+/gu) ?? []) {
    if (/^[A-Za-z]*$/.test(word)) continue;
    if (isSyllable(word)) score.good++;
    else score.bad++;
  }
  return score;
}

/** Scores a line of Unicode text (NFC). Words of plain ASCII count for nothing. */
export function scoreLine(line: string): LineScore {
  const score: LineScore = { good: 0, bad: 0, garbled: [], lost: [] };
  for (const token of line.split(/[\s,;"()[\]/:!.\-+=*|<>]+/)) {
    if (!token) continue;
    let result = tokenScores.get(token);
    if (result === undefined && !tokenScores.has(token)) {
      if (tokenScores.size > 50_000) tokenScores.clear();
      tokenScores.set(token, (result = scoreToken(token)));
    }
    if (result === 'lost') {
      score.lost.push(token);
      // A lone "?" beside ASCII letters ("Th?") is not counted against the line's reading.
      if (/[\u0080-\uffff]/.test(token)) score.bad += 2;
    } else if (result === 'garbled') {
      score.garbled.push(token);
      score.bad += 2;
    } else if (result) {
      score.good += result.good;
      score.bad += result.bad;
    }
  }
  return score;
}

/** A line's score as one number: higher reads more as Vietnamese. */
export const worth = (score: LineScore) => score.good - score.bad;
