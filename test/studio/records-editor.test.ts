import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { readDataset } from '../../src/data/read.js';
import '../../src/studio/editors.js';
import type { LamtheoStudioRecords } from '../../src/studio/editors.js';
import { decodeCsvBytes } from '../../src/studio/read-csv-file.js';
import { PAGE_SIZE } from '../../src/studio/records-editor.js';
import { whenPartsFail } from '../helpers/parts.js';
import { until } from '../helpers/page.js';

/** An element's text, white space folded. */
const shadowText = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
import { xlsxFile } from './xlsx-fixture.js';

type Rec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Stands in for the studio's shell: takes each edit into the draft, checks the draft with the
 * reader every widget uses, and hands the commendations' problems back, as the shell does.
 */
function asShell(el: LamtheoStudioRecords): { edits: Rec[][]; checked: () => Promise<void> } {
  const edits: Rec[][] = [];
  let last = Promise.resolve();
  el.addEventListener('lamtheo-studio-edit', (event) => {
    const { path, value } = (event as CustomEvent<{ path: string[]; value: Rec[] }>).detail;
    expect(path).to.deep.equal(['commendations']);
    edits.push(value);
    el.value = value;
    last = readDataset({ version: 1, commendations: value }, el.language).then((result) => {
      el.problems = (result.ok ? result.warnings : result.problems).filter((p) => p.path.startsWith('commendations'));
    });
  });
  const checked = async () => {
    await last;
    await el.updateComplete;
  };
  return { edits, checked };
}

const names = ['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh', 'Phạm Minh Tuấn', 'Võ Thị Sáu'];

/** 700 rows as Excel puts them on the clipboard: a header row, tabs between cells, CRLF, a quoted cell with a line break. */
function excelTsv(): string {
  const header = [
    'STT',
    'Họ và tên',
    'Chức vụ',
    'Hình thức',
    'Cơ quan khen',
    'Số QĐ',
    'Ngày QĐ',
    'Năm',
    'Nơi làm việc',
  ];
  const lines = [header.join('\t')];
  for (let i = 1; i <= 700; i++) {
    const date = i === 5 ? '31/02/2017' : `${String((i % 28) + 1).padStart(2, '0')}/05/2018`;
    const achievement = i === 7 ? '"Tổ trưởng\nkhu phố 3"' : `Tổ dân phố ${i}`;
    lines.push(
      [
        String(i),
        `${names[i % 5]} ${i}`,
        achievement,
        'Giấy khen',
        'UBND phường 5',
        `${i}/QĐ-UBND`,
        date,
        '2017',
        `Khu phố ${i % 9}`,
      ].join('\t'),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function paste(el: LamtheoStudioRecords, text: string): void {
  const area = el.shadowRoot!.querySelector('textarea')!;
  area.focus();
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', text);
  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }));
}

const selects = (el: LamtheoStudioRecords) => [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('thead select')];
const headers = (el: LamtheoStudioRecords) =>
  [...el.shadowRoot!.querySelectorAll('thead .header')].map((h) => h.textContent!.trim());
const chosen = (select: HTMLSelectElement) => select.selectedOptions[0].textContent!.trim();

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<lamtheo-studio-records>: a commendation list from Excel', () => {
  const parts = whenPartsFail();
  it('takes 700 pasted rows with Vietnamese headers: shows the mapping, waits for the unknown column, then writes the records', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    const shell = asShell(el);
    paste(el, excelTsv());
    await el.updateComplete;

    // The mapping, from the headers as written.
    expect(headers(el)).to.deep.equal([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Hình thức',
      'Cơ quan khen',
      'Số QĐ',
      'Ngày QĐ',
      'Năm',
      'Nơi làm việc',
    ]);
    expect(selects(el).map(chosen)).to.deep.equal([
      'Bỏ qua',
      'Tên',
      'Chức vụ',
      'Hình thức',
      'Cơ quan khen',
      'Số quyết định',
      'Ngày quyết định',
      'Năm',
      '— Chọn —',
    ]);
    expect(selects(el)[1].getAttribute('aria-label')).to.equal('Cột "Họ và tên" ghi');
    // "Nơi làm việc" is not a known header: the paste stays in the grid, not yet in the data.
    expect(shell.edits).to.have.length(0);
    expect(shadowText(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('"Nơi làm việc"');
    expect(shadowText(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Đã dán 700 dòng.');
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(PAGE_SIZE);
    expect(shadowText(el.shadowRoot!.querySelector('.summary:not(#paste-help)'))).to.contain(
      '700 dòng, chưa kiểm tra.',
    );

    // The administrator says it is the unit.
    choose(selects(el)[8], 'unit');
    await el.updateComplete;
    expect(shell.edits).to.have.length(1);
    const records = shell.edits[0];
    expect(records).to.have.length(700);
    expect(records[0]).to.deep.include({ form: 'giay-khen', line: 'state', year: 2017 });
    expect(records[0].recipient).to.deep.equal({
      kind: 'individual',
      name: 'Trần Văn Đức 1',
      position: 'Tổ dân phố 1',
      unit: 'Khu phố 1',
    });
    expect(records[0].issuer).to.deep.equal({ name: 'UBND phường 5' });
    expect(records[0].decision).to.deep.equal({ number: '1/QĐ-UBND', date: '2018-05-02' });
    expect(records[6].recipient.position).to.equal('Tổ trưởng\nkhu phố 3');
    expect(new Set(records.map((r) => r.id)).size).to.equal(700);

    // The impossible date is the dataset checker's problem, shown in its row and its column.
    await shell.checked();
    expect(el.problems.map((p) => p.path)).to.deep.equal(['commendations[4].decision.date']);
    const row5 = el.shadowRoot!.querySelectorAll('tbody tr')[4];
    const dateInput = row5.querySelector<HTMLInputElement>('input[data-column="6"]')!;
    expect(dateInput.value).to.equal('31/02/2017');
    expect(dateInput.getAttribute('aria-invalid')).to.equal('true');
    // The problem is said right under the row, beginning with its column's header.
    const said = row5.nextElementSibling!;
    expect(said.className).to.equal('problems');
    expect(shadowText(said)).to.match(/^Ngày QĐ: .*2017-02-31/);
    expect(dateInput.getAttribute('aria-describedby')).to.equal(said.querySelector('ul')!.id);
    expect(shadowText(el.shadowRoot!.querySelector('.summary:not(#paste-help)'))).to.contain(
      '700 dòng, 1 dòng có vấn đề',
    );

    // Fixing the cell fixes the record.
    dateInput.value = '28/02/2017';
    dateInput.dispatchEvent(new Event('change', { bubbles: true }));
    await shell.checked();
    expect(shell.edits.at(-1)![4].decision.date).to.equal('2017-02-28');
    expect(el.problems).to.deep.equal([]);
    expect(row5.querySelector('input[data-column="6"]')!.getAttribute('aria-invalid')).to.equal('false');
    expect(row5.nextElementSibling!.className).to.not.equal('problems');
    await expect(el).to.be.accessible();
  });

  it('lets a column be remapped or ignored, one field per column, and pages through the rows', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    const shell = asShell(el);
    paste(el, excelTsv());
    await el.updateComplete;
    choose(selects(el)[8], 'ignore');
    await el.updateComplete;
    expect(shell.edits.at(-1)![0].recipient).to.not.have.property('unit');

    // "Năm" ignored: no record has a year any more.
    choose(selects(el)[7], 'ignore');
    await el.updateComplete;
    expect(shell.edits.at(-1)!.some((r) => 'year' in r)).to.equal(false);

    // "Chức vụ" read as the achievement; then "Nơi làm việc" as the achievement takes it over,
    // and "Chức vụ" waits for a new choice (nothing written meanwhile).
    choose(selects(el)[2], 'achievement');
    await el.updateComplete;
    expect(shell.edits.at(-1)![0].achievement).to.equal('Tổ dân phố 1');
    const count = shell.edits.length;
    choose(selects(el)[8], 'achievement');
    await el.updateComplete;
    expect(chosen(selects(el)[2])).to.equal('— Chọn —');
    expect(shell.edits).to.have.length(count);
    choose(selects(el)[2], 'position');
    await el.updateComplete;
    expect(shell.edits.at(-1)![0]).to.deep.include({ achievement: 'Khu phố 1' });
    expect(shell.edits.at(-1)![0].recipient.position).to.equal('Tổ dân phố 1');

    // 700 rows in pages: the next page shows rows 51 to 100.
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(shadowText(nav)).to.contain('Trang 1 / 14');
    nav.querySelectorAll('button')[1].click();
    await el.updateComplete;
    expect(shadowText(nav)).to.contain('Trang 2 / 14');
    expect(el.shadowRoot!.querySelector('tbody td.n')!.textContent!.trim()).to.equal('51');

    // Removing a row removes its record.
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button[aria-label="Xóa dòng 51"]')!.click();
    await el.updateComplete;
    expect(shell.edits.at(-1)).to.have.length(699);
    expect(shell.edits.at(-1)!.some((r) => r.recipient.name === `${names[51 % 5]} 51`)).to.equal(false);
  });

  it('adds a row by keyboard, and rows pasted without a header go under the columns in order', async () => {
    const el = await fixture<LamtheoStudioRecords>(
      html`<lamtheo-studio-records
        .value=${[
          {
            id: 'a',
            recipient: { kind: 'collective', name: 'Chi bộ khu phố 1' },
            form: 'bang-khen',
            line: 'party',
            issuer: { name: 'Quận ủy' },
            year: 2019,
            tags: ['mau'],
          },
        ]}
      ></lamtheo-studio-records>`,
    );
    const shell = asShell(el);
    expect(headers(el)).to.include('Tên').and.include('Ngày quyết định');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('tbody input[data-column="1"]')!.value).to.equal(
      'Chi bộ khu phố 1',
    );
    const add = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Thêm dòng')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLInputElement;
    expect(focused.getAttribute('aria-label')).to.equal('Loại, dòng 2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Phạm Văn Hai' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const record = shell.edits.at(-1)![1];
    expect(record.recipient).to.deep.equal({ kind: 'individual', name: 'Phạm Văn Hai' });
    // The first record keeps what the grid has no column for.
    expect(shell.edits.at(-1)![0]).to.deep.include({ id: 'a', tags: ['mau'], year: 2019, line: 'party' });

    // Rows without a header, in the grid's column order.
    paste(el, 'Tập thể\tTổ dân phố 7\t\t\tGiấy khen\tĐoàn thể\tHội Cựu chiến binh phường\t\t\t\t2020\n');
    await el.updateComplete;
    const pasted = shell.edits.at(-1)![3] ?? shell.edits.at(-1)![2];
    expect(pasted).to.deep.include({ form: 'giay-khen', line: 'mass-organisation', year: 2020 });
    expect(pasted.recipient).to.deep.equal({ kind: 'collective', name: 'Tổ dân phố 7' });
  });

  it("links a recipient's unit written by name to the draft's unit", async () => {
    const draft = {
      version: 1,
      units: [{ id: 'khu-pho-3', name: 'Khu phố 3', kind: 'neighbourhood', aliases: ['KP3'] }],
    };
    const el = await fixture<LamtheoStudioRecords>(
      html`<lamtheo-studio-records .draft=${draft}></lamtheo-studio-records>`,
    );
    const shell = asShell(el);
    paste(
      el,
      'Họ và tên\tĐơn vị\tHình thức\tCấp khen\nNguyễn Thị Hằng\tkhu pho 3\tGiấy khen\tUBND phường\nTrần Văn Đức\tKP3\tGiấy khen\tUBND phường\nLê Văn Tám\tTổ 9\tGiấy khen\tUBND phường\n',
    );
    await el.updateComplete;
    expect(shell.edits.at(-1)!.map((r) => r.recipient)).to.deep.equal([
      { kind: 'individual', name: 'Nguyễn Thị Hằng', unit: 'khu pho 3', unitId: 'khu-pho-3' },
      { kind: 'individual', name: 'Trần Văn Đức', unit: 'KP3', unitId: 'khu-pho-3' },
      { kind: 'individual', name: 'Lê Văn Tám', unit: 'Tổ 9' },
    ]);
  });

  it('opens a real .xlsx file: dates of Excel (date cells and day numbers) become ISO dates', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    const shell = asShell(el);
    const file = xlsxFile([
      ['STT', 'Tên tập thể, cá nhân', 'Hình thức khen thưởng', 'Cấp khen', 'Số quyết định', 'Ngày quyết định', 'Năm'],
      [1, 'Nguyễn Thị Hằng', 'Giấy khen', 'Đảng ủy phường', '125-QĐ/ĐU', { date: '2018-05-21' }, 2017],
      [2, 'Chi bộ khu phố 4', 'Bằng khen của Thành ủy', 'Thành ủy', '4521-QĐ/TU', { serial: 43241 }, 2017],
    ]);
    await el.openFile(file);
    await shell.checked();
    expect(shadowText(el.shadowRoot!.querySelector('[role=status]'))).to.equal(
      'Đã thêm 2 dòng từ tệp "khen-thuong.xlsx".',
    );
    const [a, b] = shell.edits.at(-1)!;
    expect(a.recipient).to.deep.equal({ kind: 'individual', name: 'Nguyễn Thị Hằng' });
    expect(a).to.deep.include({ form: 'giay-khen', line: 'party', year: 2017 });
    expect(a.decision).to.deep.equal({ number: '125-QĐ/ĐU', date: '2018-05-21' });
    expect(b.recipient.kind).to.equal('collective');
    expect(b).to.deep.include({ form: 'bang-khen', formLabel: 'Bằng khen của Thành ủy' });
    expect(b.decision.date).to.equal('2018-05-21');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[data-column="5"]')!.value).to.equal('21/05/2018');
    expect(el.problems).to.deep.equal([]);
  });

  it('says so when the spreadsheet reader cannot be downloaded, and opens the file on "Thử lại"', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    const shell = asShell(el);
    const file = xlsxFile([
      ['Họ và tên', 'Hình thức', 'Cấp khen'],
      ['Nguyễn Thị Hằng', 'Giấy khen', 'UBND phường'],
    ]);
    parts.offline('read-excel-file');
    await el.openFile(file);
    await el.updateComplete;
    expect(shadowText(el.shadowRoot!.querySelector('.part-missing'))).to.contain('chưa tải được');
    expect(shell.edits).to.have.length(0);
    parts.online('read-excel-file');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.part-missing button')!.click();
    await until(() => shell.edits.length === 1, 'the file read after the retry');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.part-missing')).to.equal(null);
    expect(shell.edits[0][0].recipient.name).to.equal('Nguyễn Thị Hằng');
  });

  it('says in words when a file is not a spreadsheet', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    await el.openFile(new File(['not a zip'], 'danh-sach.xlsx'));
    await el.updateComplete;
    expect(shadowText(el.shadowRoot!.querySelector('[role=alert]'))).to.equal(
      'Không đọc được tệp "danh-sach.xlsx": tệp không phải bảng tính Excel (.xlsx) hoặc đã hỏng.',
    );
    await el.openFile(new File(['{}'], 'so-lieu.json'));
    await el.updateComplete;
    expect(shadowText(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('không phải .csv hay .xlsx');
  });

  it('opens a CSV saved by Excel on a Vietnamese Windows (windows-1258, ";", combining tone marks) as NFC text', async () => {
    const bytes = new Uint8Array(
      await (await fetch('/test/fixtures/studio/khen-thuong-windows-1258.csv')).arrayBuffer(),
    );
    const decoded = await decodeCsvBytes(bytes);
    expect(decoded).to.deep.include({ encoding: 'windows-1258', separator: ';' });
    expect(decoded.rows[1][1]).to.equal('Nguyễn Thị Hằng'.normalize('NFC'));

    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records></lamtheo-studio-records>`);
    const shell = asShell(el);
    await el.openFile(new File([bytes], 'khen-thuong.csv', { type: 'text/csv' }));
    await shell.checked();
    const records = shell.edits.at(-1)!;
    expect(records.map((r) => r.recipient.name)).to.deep.equal(['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh']);
    expect(records[0].recipient.name).to.equal(records[0].recipient.name.normalize('NFC'));
    expect(records[0]).to.deep.include({ line: 'party', year: 2017 });
    expect(records[0].issuer).to.deep.equal({ name: 'Đảng ủy phường', level: 'Đảng ủy phường' });
    expect(el.problems.map((p) => p.path)).to.deep.equal(['commendations[2].decision.date']);
  });

  it('decodes UTF-8 with a BOM and Unicode Text (UTF-16 with tabs)', async () => {
    const text = 'Họ và tên,Năm\r\nNguyễn Thị Hằng,2017\r\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(await decodeCsvBytes(utf8)).to.deep.include({ encoding: 'utf-8', separator: ',' });
    const tabbed = '\ufeff' + text.replace(/,/g, '\t');
    const utf16 = new Uint8Array(tabbed.length * 2);
    for (let i = 0; i < tabbed.length; i++)
      ((utf16[2 * i] = tabbed.charCodeAt(i) & 255), (utf16[2 * i + 1] = tabbed.charCodeAt(i) >> 8));
    const decoded = await decodeCsvBytes(utf16);
    expect(decoded).to.deep.include({ encoding: 'utf-16le', separator: '\t' });
    expect(decoded.rows).to.deep.equal([
      ['Họ và tên', 'Năm'],
      ['Nguyễn Thị Hằng', '2017'],
    ]);
  });

  it('speaks English on an English page', async () => {
    const el = await fixture<LamtheoStudioRecords>(html`<lamtheo-studio-records lang="en"></lamtheo-studio-records>`);
    paste(el, 'Họ và tên\tGhi chú\nNguyễn Thị Hằng\tx\n');
    await until(() => el.shadowRoot!.querySelector('thead select'), 'the grid');
    await el.updateComplete;
    expect(selects(el).map(chosen)).to.deep.equal(['Name', '— Choose —']);
    expect(shadowText(el.shadowRoot!.querySelector('[role=status]'))).to.equal('Rows pasted: 1.');
    expect(shadowText(el.shadowRoot!.querySelector('[role=alert]'))).to.contain('What the column "Ghi chú" holds');
    expect(selects(el)[0].getAttribute('aria-label')).to.equal('Column "Họ và tên" holds');
  });
});
