import { expect } from '@open-wc/testing';
import { executeServerCommand, sendMouse } from '@web/test-runner-commands';
import { recorded, settledWidgets, shadowText, until } from '../helpers/page.js';
import { sanitizers } from '../embed/sanitizers.js';
import { $, $$, checked, clickButton, insideWard, labelled, openTab, studio, typeInto } from './helpers.js';
import { xlsxFile } from './xlsx-fixture.js';
import type { LamtheoStudio } from '../../src/studio/index.js';
import type { LamtheoStudioSpaces } from '../../src/studio/editors.js';

/**
 * Issue 14's "done when", driven as an administrator would, with no JSON typed: a list of 700
 * commendations from Excel (as "CSV (Comma delimited)" on a Vietnamese Windows, and as .xlsx)
 * becomes a checked dataset in the studio; three figures with a target and a breakdown are
 * added by form; two cultural spaces are placed by clicking on the Quận 11 map; the exported
 * file passes `lamtheo validate`; and the snippets, pasted through DOMPurify, CKEditor 5 and
 * TinyMCE, show the widgets on a portal page.
 */

const header = [
  'STT',
  'Họ và tên',
  'Chức vụ',
  'Hình thức khen thưởng',
  'Cơ quan khen',
  'Số quyết định',
  'Ngày quyết định',
  'Năm',
];
const people = ['Nguyễn Thị Hằng', 'Trần Văn Đức', 'Lê Thị Ngọc Ánh', 'Phạm Minh Tuấn', 'Võ Thị Sáu', 'Huỳnh Tấn Phát'];
const rows = Array.from({ length: 700 }, (_, i) => [
  String(i + 1),
  `${people[i % people.length]} ${i + 1}`,
  `Tổ trưởng tổ dân phố ${(i % 40) + 1}`,
  i % 10 === 0 ? 'Bằng khen' : 'Giấy khen',
  i % 2 ? 'UBND Phường 5' : 'Đảng ủy Phường 5',
  `${i + 1}/QĐ-UBND`,
  `${String((i % 28) + 1).padStart(2, '0')}/05/2018`,
  '2017',
]);

/**
 * Text as Excel on a Vietnamese Windows saves "CSV (Comma delimited)": windows-1258, where
 * ă â ê ô ơ ư đ are one byte each and the five tone marks are combining bytes after the letter.
 * The table of bytes is the browser's own windows-1258 decoder, read backwards.
 */
function windows1258(text: string): Uint8Array<ArrayBuffer> {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
  const tones = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const parts = [...char.normalize('NFD')];
    const letter = parts
      .filter((p) => !tones.has(p))
      .join('')
      .normalize('NFC');
    for (const piece of [letter, ...parts.filter((p) => tones.has(p))]) {
      const byte = byteOf.get(piece);
      if (byte === undefined) throw new Error(`"${piece}" has no windows-1258 byte`);
      out.push(byte);
    }
  }
  return new Uint8Array(out);
}

const csvLine = (cells: string[]) => cells.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';');

async function pick(el: LamtheoStudio, file: File): Promise<void> {
  const input = $<HTMLInputElement>(el, '#file')!;
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

const commendations = (el: LamtheoStudio) => (el.draft.commendations ?? []) as Record<string, unknown>[];

describe('issue 14, as an administrator: from Excel to a portal page, no JSON typed', function () {
  this.timeout(180_000);
  beforeEach(() => localStorage.clear());

  it('reads the 700-row list saved as .xlsx into the same records as the windows-1258 CSV', async () => {
    const fromCsv = await studio('vi', 'journey-csv');
    const bytes = windows1258([header, ...rows].map(csvLine).join('\r\n') + '\r\n');
    // Excel's bytes really are windows-1258 with tone marks apart: "Hằng" is not in them as NFC.
    expect(new TextDecoder('windows-1258').decode(bytes).includes('Hằng')).to.equal(false);
    await pick(fromCsv, new File([bytes], 'khen-thuong.csv', { type: 'text/csv' }));
    await until(() => commendations(fromCsv).length === 700, '700 records from the CSV', 30_000);

    const fromXlsx = await studio('vi', 'journey-xlsx');
    await pick(
      fromXlsx,
      xlsxFile([header, ...rows.map((r) => [...r.slice(0, 6), { date: isoOf(r[6]) }, Number(r[7])])]),
    );
    await until(() => commendations(fromXlsx).length === 700, '700 records from the .xlsx', 30_000);

    const strip = (list: Record<string, unknown>[]) => list.map(({ id: _id, ...rest }) => rest);
    expect(strip(commendations(fromXlsx))).to.deep.equal(strip(commendations(fromCsv)));
    expect(commendations(fromCsv)[0]).to.deep.include({ year: 2017, line: 'party' });
    expect((commendations(fromCsv)[0].recipient as { name: string }).name).to.equal('Nguyễn Thị Hằng 1');
  });

  it('makes a whole dataset by form and on the map, exports it, passes the CLI, and survives every editor', async () => {
    const el = await studio('vi', 'journey');
    el.wardFiles = '/test/fixtures/geo/';

    // 1. The list from Excel, as "CSV (Comma delimited)" on a Vietnamese Windows.
    await pick(el, new File([windows1258([header, ...rows].map(csvLine).join('\r\n'))], 'khen-thuong.csv'));
    await until(() => commendations(el).length === 700, '700 records', 30_000);
    await checked(el);
    expect(el.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);

    // 2. Three figures with a target and a breakdown, typed into the metrics form.
    await openTab(el, 'Số liệu');
    const figures = [
      {
        label: 'Cán bộ, đảng viên đăng ký làm theo',
        id: 'dang-ky',
        value: '1.016',
        unit: 'người',
        target: '1.028',
        parts: [
          ['Đảng viên', '968'],
          ['Quần chúng', '48'],
        ],
      },
      {
        label: 'Chi bộ có không gian văn hóa Hồ Chí Minh',
        id: 'chi-bo-co-khong-gian',
        value: '24',
        unit: 'chi bộ',
        target: '40',
        parts: [
          ['Khu phố', '16'],
          ['Cơ quan', '8'],
        ],
      },
      {
        label: 'Gương điển hình được tuyên dương',
        id: 'guong-dien-hinh',
        value: '73',
        unit: 'gương',
        target: '80',
        parts: [
          ['Tập thể', '21'],
          ['Cá nhân', '52'],
        ],
      },
    ];
    for (const figure of figures) {
      await clickButton(el, 'Thêm số liệu');
      const fieldset = () => $$(el, 'fieldset.metric').at(-1)!;
      await typeInto(labelled(el, 'Nhãn', fieldset())[0], figure.label);
      await typeInto(labelled(el, 'Mã (id)', fieldset())[0], figure.id);
      await typeInto(labelled(el, 'Giá trị', fieldset())[0], figure.value);
      await typeInto(labelled(el, 'Đơn vị tính', fieldset())[0], figure.unit);
      await typeInto(labelled(el, 'Chỉ tiêu, tổng số (24/40: 40)', fieldset())[0], figure.target);
      for (const _ of figure.parts) await clickButton(el, 'Thêm thành phần', fieldset());
      const names = labelled(el, 'Tên thành phần', fieldset());
      const values = labelled(el, 'Giá trị thành phần', fieldset());
      for (const [i, [name, value]] of figure.parts.entries()) {
        await typeInto(names[i], name);
        await typeInto(values[i], value);
      }
    }
    const metrics = el.draft.metrics as {
      id: string;
      value: number;
      target: { value: number };
      breakdown: unknown[];
    }[];
    expect(metrics.map((m) => [m.id, m.value, m.target.value, m.breakdown.length])).to.deep.equal([
      ['dang-ky', 1016, 1028, 2],
      ['chi-bo-co-khong-gian', 24, 40, 2],
      ['guong-dien-hinh', 73, 80, 2],
    ]);

    // 3. Two cultural spaces, placed by clicking on the Quận 11 map the studio offers.
    await openTab(el, 'Địa điểm văn hoá');
    const spaces = await until(() => $<LamtheoStudioSpaces>(el, 'lamtheo-studio-spaces'), 'the spaces editor');
    const chooser = await until(
      () => spaces.shadowRoot?.querySelector<HTMLSelectElement>('#ward-file'),
      'the ward maps',
    );
    chooser.value = 'quan-11.geojson';
    chooser.dispatchEvent(new Event('change'));
    await until(
      () => spaces.shadowRoot!.querySelectorAll('path.ward').length === 16,
      'the 16 wards of Quận 11',
      10_000,
    );
    for (const [ward, name] of [
      ['Phường 5', 'Không gian văn hóa Hồ Chí Minh Phường 5'],
      ['Phường 15', 'Không gian văn hóa Hồ Chí Minh Phường 15'],
    ]) {
      await sendMouse({ type: 'click', position: insideWard(spaces, ward) });
      await until(() => spaces.shadowRoot!.activeElement?.id === 'space-name', 'the name field');
      const input = spaces.shadowRoot!.querySelector<HTMLInputElement>('#space-name')!;
      await typeInto(input, name);
    }
    const placed = el.draft.spaces as { name: string; unitId?: string; location: number[] }[];
    expect(placed.map((s) => [s.name, s.unitId])).to.deep.equal([
      ['Không gian văn hóa Hồ Chí Minh Phường 5', 'phuong-5'],
      ['Không gian văn hóa Hồ Chí Minh Phường 15', 'phuong-15'],
    ]);
    await checked(el);
    expect(el.problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);

    // 4. Export: the file the administrator downloads, and the CLI on it.
    await openTab(el, 'Xuất');
    const downloaded = await captureDownload(() => clickButton(el, 'Tải tệp dữ liệu'));
    expect(downloaded.name).to.match(/\.json$/);
    const exported = JSON.parse(downloaded.text);
    expect(exported.$schema).to.match(/lamtheo\.schema\.json$/);
    expect(exported.commendations).to.have.length(700);
    const cli = await executeServerCommand<
      { status: number; output: string; path: string },
      { name: string; text: string }
    >('lamtheo-validate', { name: downloaded.name, text: downloaded.text });
    expect(cli.status, cli.output).to.equal(0);

    // 5. The snippets for a counter and the map, with the published file's address, through each editor.
    const dataAddress = $<HTMLInputElement>(el, '#export-data')!;
    await typeInto(dataAddress, cli.path);
    for (const key of ['counter:dang-ky', 'space-map']) {
      const box = $<HTMLInputElement>(el, `#${CSS.escape(`embed-${key}`)}`);
      if (box && !box.checked) box.click();
    }
    await el.updateComplete;
    const snippet = (form: string, key: string) =>
      $<HTMLTextAreaElement>(el, `#${CSS.escape(`snippet-${form}-${key}`)}`)!.value;
    const survives = { DOMPurify: 'data', 'CKEditor 5': 'link', TinyMCE: 'data' } as const;
    for (const [editor, form] of Object.entries(survives)) {
      const article = `<p>Kết quả học tập và làm theo năm 2017</p>\n${snippet(form, 'counter:dang-ky')}\n<p>Bản đồ</p>\n${snippet(form, 'space-map')}`;
      const cleaned = await sanitizers[editor as keyof typeof sanitizers](article);
      const frame = await portal(cleaned);
      const [counter, map] = await settledWidgets(frame.contentDocument!, 20_000);
      expect(counter.localName, editor).to.equal('lamtheo-counter');
      expect(shadowText(counter), editor).to.contain('1.016');
      expect(map.localName, editor).to.equal('lamtheo-space-map');
      expect(shadowText(map), editor).to.contain('2/16');
      expect(recorded(frame).errors, editor).to.deep.equal([]);
      frame.remove();
    }
  });
});

function isoOf(date: string): string {
  const [d, m, y] = date.split('/');
  return `${y}-${m}-${d}`;
}

/** Catches the file a click downloads: the link the studio makes, with its blob. */
async function captureDownload(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const original = HTMLAnchorElement.prototype.click;
  let caught: Promise<{ name: string; text: string }> | undefined;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) caught = fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() }));
    else original.call(this);
  };
  try {
    await click();
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
  if (!caught) throw new Error('nothing was downloaded');
  return caught;
}

/** A portal article page with lamtheo.js once in its footer. */
async function portal(article: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '2500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base href="${location.origin}/">
<script src="/test/pages/record-errors.js"></script></head><body><main><article>${article}</article></main>
<script type="module" src="/dist/lamtheo.js"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}
