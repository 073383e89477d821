// The table reading `src="…csv"` files as Excel and the old Vietnamese fonts really write them
// (test/fixtures/excel/, written by make-fixtures.mjs with iconv-lite): the names a visitor
// sees, the search "hang", and the worded problem of a file that cannot be read right.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/commendations/index.js';
import type { LamtheoCommendationTable } from '../../../src/components/commendations/index.js';
import { shadowText, until } from '../../helpers/page.js';

const dir = '/test/fixtures/excel/';
const expected = (await (await fetch(`${dir}expected.json`)).json()) as { rows: string[][] };
const allNames = expected.rows.map((row) => row[1]);

const root = (el: Element) => el.shadowRoot!;
const names = (el: Element) =>
  [...root(el).querySelectorAll('tbody tr.row th .name')].map((cell) => cell.textContent!.trim());

async function open(file: string, lang = 'vi'): Promise<LamtheoCommendationTable> {
  const el = await fixture<LamtheoCommendationTable>(
    html`<div lang=${lang}><lamtheo-commendation-table src=${dir + file}></lamtheo-commendation-table></div>`,
  );
  const table = el.querySelector('lamtheo-commendation-table') as LamtheoCommendationTable;
  await until(() => table.state === 'ready' || table.state === 'error', `${file} to be read`);
  await table.updateComplete;
  return table;
}

/** Types into the search box as a visitor does. */
async function typeSearch(el: LamtheoCommendationTable, text: string): Promise<void> {
  const input = root(el).querySelector('input[type=search]') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: text });
  await until(() => names(el).length < allNames.length, 'the search to filter the rows');
  await el.updateComplete;
}

describe('<lamtheo-commendation-table src="…csv"> reads what Excel writes', () => {
  const readable: [string, string][] = [
    ['windows-1258-comma.csv', 'CSV (Comma delimited) on a Vietnamese Windows, windows-1258, commas'],
    ['windows-1258-semicolon.csv', 'the same with the Vietnamese list separator ";"'],
    ['unicode-text.txt', '"Unicode Text": UTF-16LE with a BOM, tabs'],
    ['utf-16le-no-bom.txt', 'UTF-16LE without a BOM'],
    ['utf-8-bom.csv', '"CSV UTF-8" with a BOM'],
    ['tcvn3.csv', 'a list typed in the .VnTime (TCVN3) fonts'],
    ['tcvn3-utf-8.csv', 'the TCVN3 list saved as "CSV UTF-8"'],
    ['vni.csv', 'a list typed in the VNI-Times fonts'],
  ];
  for (const [file, what] of readable) {
    it(`shows the right names from ${what}, and "hang" finds Nguyễn Thị Hằng`, async () => {
      const el = await open(file);
      expect(el.state, shadowText(el)).to.equal('ready');
      expect(names(el)).to.deep.equal(allNames);
      const text = shadowText(el);
      expect(text).to.include('1 tập thể, 5 cá nhân');
      for (const row of expected.rows)
        for (const cell of [row[1], row[3]].filter(Boolean)) expect(text).to.include(cell);
      expect(text).not.to.match(/[ÔÞ»¨©ª«¬®µ¶·¸¹]|eã|aè|\?/);
      await typeSearch(el, 'hang');
      expect(names(el)).to.deep.equal(['Nguyễn Thị Hằng']);
    });
  }

  it('shows no rows of a list whose letters Windows replaced by "?", and says which lines and what to do', async () => {
    const el = await open('lost-letters.csv');
    expect(el.state).to.equal('error');
    expect(names(el)).to.deep.equal([]);
    const text = shadowText(el);
    expect(text).to.include('dòng 2: chữ có dấu đã bị mất: “Nguy?n”');
    expect(text).to.include('CSV UTF-8');
  });

  it('reports a list in an encoding it cannot convert (VISCII) line by line, in English on an English page', async () => {
    const el = await open('viscii.csv', 'en');
    expect(el.state).to.equal('error');
    expect(names(el)).to.deep.equal([]);
    const text = shadowText(el);
    expect(text).to.include('line 1: the letters are garbled');
    expect(text).to.include('line 2: garbled letters');
    expect(text).to.include('Unikey');
    expect(text).not.to.include('dòng');
  });
});
