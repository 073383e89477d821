// decode-text.ts on the bytes Excel and the old Vietnamese fonts write (test/fixtures/excel/,
// written by make-fixtures.mjs with iconv-lite), and on any Vietnamese text encoded here.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dsvFormat } from 'd3-dsv';
import { decodeText, detectSeparator } from '../../src/data/parse/decode-text.js';
import { fromTcvn3, fromVni, isSyllable } from '../../src/data/parse/legacy-vietnamese.js';
import { foldForSearch, matchesFolded } from '../../src/data/words/search.js';

const dir = '/test/fixtures/excel/';
const bytesOf = async (file: string) => new Uint8Array(await (await fetch(dir + file)).arrayBuffer());
const expected = (await (await fetch(`${dir}expected.json`)).json()) as { header: string[]; rows: string[][] };
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Windows' code page 1258, from the browser's own table: a letter it lacks is split into letter + tone mark. */
const cp1258 = new Map<string, number>();
const table = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
[...table].forEach((char, byte) => cp1258.set(char, byte));
function windows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const whole = cp1258.get(char);
    if (whole !== undefined) {
      out.push(whole);
      continue;
    }
    const nfd = char.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(nfd)?.[0] ?? '';
    const base = nfd.replace(tone, '').normalize('NFC');
    out.push(cp1258.get(base)!, ...(tone ? [cp1258.get(tone)!] : []));
  }
  return Uint8Array.from(out);
}
function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16((i + (bom ? 1 : 0)) * 2, text.charCodeAt(i), true);
  return out;
}

describe('decodeText: the bytes Excel writes', () => {
  const cases: [string, string, string][] = [
    ['windows-1258-comma.csv', 'windows-1258', ','],
    ['windows-1258-semicolon.csv', 'windows-1258', ';'],
    ['unicode-text.txt', 'utf-16le', '\t'],
    ['utf-16le-no-bom.txt', 'utf-16le', '\t'],
    ['utf-8-bom.csv', 'utf-8', ','],
    ['tcvn3.csv', 'windows-1258', ','],
    ['tcvn3-utf-8.csv', 'utf-8', ','],
    ['vni.csv', 'windows-1258', ','],
  ];
  for (const [file, encoding, separator] of cases) {
    it(`reads ${file} as ${encoding}, separated by ${JSON.stringify(separator)}, to the list as typed (NFC)`, async () => {
      const decoded = await decodeText(await bytesOf(file));
      expect(decoded.encoding).to.equal(encoding);
      expect(decoded.separator).to.equal(separator);
      expect(decoded.text).to.equal(decoded.text.normalize('NFC'));
      const rows = dsvFormat(separator).parseRows(decoded.text.trimEnd());
      expect(rows).to.deep.equal([expected.header, ...expected.rows]);
      expect(decoded.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    });
  }

  it('says, as a warning, that lines typed in TCVN3 or VNI were converted, and which', async () => {
    for (const [file, font] of [
      ['tcvn3.csv', 'TCVN3 (.VnTime)'],
      ['vni.csv', 'VNI (VNI-Times)'],
    ]) {
      const decoded = await decodeText(await bytesOf(file));
      expect(decoded.converted?.lines).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect(decoded.problems).to.have.length(1);
      expect(decoded.problems[0]).to.include({ severity: 'warning', line: 1 });
      expect(decoded.problems[0].message).to.include(`7 dòng (1–7) được gõ bằng phông ${font}`);
    }
    const english = await decodeText(await bytesOf('tcvn3.csv'), { language: 'en' });
    expect(english.problems[0].message).to.include('7 lines (1–7) were typed in the TCVN3 (.VnTime) font');
  });

  it('converts nothing in a list typed in Unicode', async () => {
    for (const file of ['windows-1258-comma.csv', 'utf-8-bom.csv', 'unicode-text.txt']) {
      const decoded = await decodeText(await bytesOf(file));
      expect(decoded.converted, file).to.equal(undefined);
      expect(decoded.problems, file).to.deep.equal([]);
    }
  });

  it('gives an error per line, with the words, for letters Windows replaced by "?"', async () => {
    const decoded = await decodeText(await bytesOf('lost-letters.csv'));
    const errors = decoded.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.line)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(errors[0].path).to.equal('dòng 1');
    expect(errors[0].message).to.include('CSV UTF-8');
    // The advice once; further lines say their words.
    expect(errors[1].path).to.equal('dòng 2');
    expect(errors[1].message).to.equal('chữ có dấu đã bị mất: “Nguy?n”, “Th?”, “H?ng”.');
  });

  it('gives an error per line for an encoding it cannot convert (VISCII), in English on request', async () => {
    const decoded = await decodeText(await bytesOf('viscii.csv'), { language: 'en' });
    expect(decoded.converted).to.equal(undefined);
    expect(decoded.problems.map((p) => p.line)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(decoded.problems[0].path).to.equal('line 1');
    expect(decoded.problems[0].message).to.match(/^the letters are garbled and cannot be read right: .*Unikey/);
    expect(decoded.problems[1].message).to.match(/^garbled letters: “Nguy/);
  });

  it('decodes the known strings of each font', () => {
    expect(fromTcvn3('NguyÔn ThÞ H»ng')).to.equal('Nguyễn Thị Hằng');
    expect(fromTcvn3('§¶ng ñy Ph\u00adêng 17')).to.equal('Đảng ủy Phường 17');
    expect(fromVni('Nguyeãn Thò Haèng')).to.equal('Nguyễn Thị Hằng');
    expect(fromVni('Vieät Nam, Ñaûng, Tröôøng Ñaïi hoïc, Hoà Chí Minh')).to.equal(
      'Việt Nam, Đảng, Trường Đại học, Hồ Chí Minh',
    );
    expect(fromVni('NGUYEÃN THÒ HAÈNG')).to.equal('NGUYỄN THỊ HẰNG');
  });

  it('has the TCVN3 table of iconv-lite for every byte from 0x80', async () => {
    const reference = (await (await fetch(`${dir}tcvn-reference.json`)).json()) as string[];
    reference.forEach((letter, i) => {
      const byte = 0x80 + i;
      if (byte === 0xa0) return;
      expect(fromTcvn3(String.fromCharCode(byte)), `byte 0x${byte.toString(16)}`).to.equal(letter);
    });
  });

  it('reads TCVN3 and VNI bytes given directly, and UTF-8 saved again as Windows-1252', async () => {
    const header = 'Họ và tên,Hình thức\n';
    const tcvn = await decodeText(latin1('Hä vµ tªn,H×nh thøc\nNguyÔn ThÞ H»ng,GiÊy khen\n'));
    expect(tcvn.text).to.equal(`${header}Nguyễn Thị Hằng,Giấy khen\n`);
    const vni = await decodeText(latin1('Hoï vaø teân,Hình thöùc\nNguyeãn Thò Haèng,Giaáy khen\n'));
    expect(vni.text).to.equal(`${header}Nguyễn Thị Hằng,Giấy khen\n`);
    const twice = new TextEncoder().encode(
      [...new TextEncoder().encode(`${header}Nguyễn Thị Hằng,Giấy khen\n`)]
        .map((byte) => new TextDecoder('windows-1252').decode(Uint8Array.of(byte)))
        .join(''),
    );
    const repaired = await decodeText(twice);
    expect(repaired.converted?.from).to.equal('double-utf8');
    expect(repaired.text).to.equal(`${header}Nguyễn Thị Hằng,Giấy khen\n`);
  });

  it('finds the separator outside quotes, and the one that splits every record alike', () => {
    expect(detectSeparator('Tên;Thành tích\n"A; B";Gương mẫu, tận tụy\nC;D, E, F\n')).to.equal(';');
    expect(detectSeparator('Tên,Thành tích\n"A; B",x\n')).to.equal(',');
    expect(detectSeparator('Tên\tNăm\nA\t2017\n')).to.equal('\t');
    expect(detectSeparator('Tên\nA\n')).to.equal(undefined);
  });

  it('tells Vietnamese syllables from garbled words', () => {
    for (const word of ['nguyễn', 'thị', 'hằng', 'học', 'các', 'gì', 'giữ', 'quốc', 'thuở', 'Trường'])
      expect(isSyllable(word), word).to.equal(true);
    for (const word of ['nguyeãn', 'haèng', 'hoc', 'ờị', 'Nguyờịn']) expect(isSyllable(word), word).to.equal(false);
  });

  it('lets "hang" find Nguyễn Thị Hằng, composed (NFC) or decomposed (NFD)', () => {
    const name = 'Nguyễn Thị Hằng';
    for (const form of [name.normalize('NFC'), name.normalize('NFD')])
      expect(matchesFolded(foldForSearch(form), foldForSearch('hang'))).to.equal(true);
    expect(foldForSearch(name.normalize('NFD'))).to.equal(foldForSearch(name.normalize('NFC')));
  });

  describe('round trip of any Vietnamese text', () => {
    const onsets = [
      '',
      'b',
      'c',
      'ch',
      'd',
      'đ',
      'g',
      'gi',
      'h',
      'kh',
      'l',
      'm',
      'n',
      'ng',
      'nh',
      'ph',
      'qu',
      'r',
      's',
      't',
      'th',
      'tr',
      'v',
      'x',
    ];
    const vowels = [
      'a',
      'ă',
      'â',
      'e',
      'ê',
      'i',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
      'y',
      'ai',
      'ao',
      'âu',
      'ây',
      'ia',
      'iê',
      'oa',
      'oi',
      'ôi',
      'ơi',
      'ua',
      'uô',
      'ươ',
      'ưu',
      'uy',
      'uyê',
    ];
    const codas = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    /** A syllable (not always a word), any case; the tone on the last vowel, as NFC does not care where. */
    const syllable = fc
      .tuple(
        fc.constantFrom(...onsets),
        fc.constantFrom(...vowels),
        fc.constantFrom(...codas),
        fc.constantFrom(...tones),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(([onset, vowel, coda, tone, casing]) => {
        const word = (onset + vowel.normalize('NFD') + tone + coda).normalize('NFC');
        return casing === 0 ? word : casing === 1 ? word[0].toUpperCase() + word.slice(1) : word.toUpperCase();
      });
    const field = fc
      .array(fc.oneof(syllable, syllable, fc.constantFrom('17', '2017', '1436/QĐ-UBND')), {
        minLength: 1,
        maxLength: 5,
      })
      .map((w) => w.join(' '));
    const record = fc.array(field, { minLength: 1, maxLength: 6 }).map((fields) => fields.join(','));
    const text = fc.array(record, { minLength: 1, maxLength: 8 }).map((records) => records.join('\r\n') + '\r\n');

    it('gives back the same NFC text from windows-1258 bytes', async () => {
      await fc.assert(
        fc.asyncProperty(text, async (value) => {
          const decoded = await decodeText(windows1258(value));
          expect(decoded.text).to.equal(value.normalize('NFC'));
          expect(decoded.converted).to.equal(undefined);
        }),
        { numRuns: 200, seed: 14 },
      );
    });

    it('gives back the same NFC text from UTF-16LE bytes, with or without a BOM, and from UTF-8', async () => {
      await fc.assert(
        fc.asyncProperty(text, fc.boolean(), async (value, bom) => {
          expect((await decodeText(utf16le(value, bom))).text).to.equal(value.normalize('NFC'));
          expect((await decodeText(new TextEncoder().encode(value))).text).to.equal(value.normalize('NFC'));
        }),
        { numRuns: 200, seed: 14 },
      );
    });
  });
});
