import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { csvParseRows } from 'd3-dsv';
import { generateDataset } from '../../fixtures/generate/generate.js';
import type { Commendation } from '../../../src/schema/index.js';
import '../../../src/components/commendations/index.js';
import './logic-suite.js';
import type { LamtheoCommendationTable } from '../../../src/components/commendations/index.js';
import { partMissing, whenPartsFail } from '../../helpers/parts.js';
import { shadowText, until } from '../../helpers/page.js';

const award = (name: string, extra: Partial<Commendation> = {}): Commendation => ({
  id: name,
  recipient: { kind: 'individual', name },
  form: 'giay-khen',
  line: 'party',
  issuer: { name: 'Ban Thường vụ Quận ủy', level: 'Quận ủy' },
  status: 'in-force',
  ...extra,
});

const small = {
  version: 1,
  title: 'Khen thưởng năm 2017',
  commendations: [
    award('Đảng bộ Phường 17', { recipient: { kind: 'collective', name: 'Đảng bộ Phường 17' }, year: 2011 }),
    award('Nguyễn Văn An', {
      recipient: { kind: 'individual', name: 'Nguyễn Văn An', position: 'Bí thư', unit: 'Quận Tân Bình' },
      year: 2017,
      decision: { number: '1436/QĐ-UBND', date: '2017-05-19' },
    }),
    award('Trần Thị Đào', {
      year: 2016,
      form: 'bang-khen',
      line: 'state',
      status: 'revoked',
      issuer: { name: 'UBND Thành phố' },
    }),
  ],
};

const generated = (count: number, seed = 3) =>
  generateDataset({ seed, commendations: count, spaces: 0, revokedShare: 0.05 });

const root = (el: Element) => el.shadowRoot!;
const bodyRowsOf = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr.row')];
const names = (el: Element) => bodyRowsOf(el).map((row) => row.querySelector('th .name')!.textContent!.trim());
const status = (el: Element) => root(el).querySelector('[role=status]')!.textContent!.trim();

/**
 * Like `fixture` for a plain wrapper, without waiting for an animation frame: a page the test
 * runner keeps in a background tab gets none.
 */
const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((host) => host.remove()));
function mount<T extends Element>(template: TemplateResult): T {
  const host = document.createElement('div');
  document.body.append(host);
  mounted.push(host);
  render(template, host);
  return host.firstElementChild as T;
}

async function table(data: unknown, attributes = ''): Promise<LamtheoCommendationTable> {
  const el = await fixture<LamtheoCommendationTable>(
    html`<lamtheo-commendation-table
      .data=${data}
      columns=${attributes || 'stt recipient form issuer decision year'}
    ></lamtheo-commendation-table>`,
  );
  await until(() => el.state === 'ready', 'the table to be ready');
  await el.updateComplete;
  return el;
}

async function search(el: LamtheoCommendationTable, text: string): Promise<void> {
  const input = root(el).querySelector('input[type=search]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: LamtheoCommendationTable, selector: string, value: string): Promise<void> {
  const select = root(el).querySelector(selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<lamtheo-commendation-table>', () => {
  it('shows a real table with a caption, column headers, a row header per award and a summary', async () => {
    const el = await table(small);
    const t = root(el).querySelector('table')!;
    expect(t.querySelector('caption')!.textContent!.trim()).to.equal('Khen thưởng năm 2017');
    expect([...t.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(
      Array(6).fill('col'),
    );
    expect(names(el)).to.deep.equal(['Đảng bộ Phường 17', 'Nguyễn Văn An', 'Trần Thị Đào']);
    expect(shadowText(el)).to.include('1 tập thể, 2 cá nhân, 1 đã thu hồi');
    expect(shadowText(el)).to.include('1436/QĐ-UBND 19/05/2017');
    await expect(el).to.be.accessible();
  });

  it('marks a revoked award in words, not only by colour, and filters it', async () => {
    const el = await table(small);
    const revoked = bodyRowsOf(el)[2];
    expect(revoked.textContent).to.include('Đã thu hồi');
    await choose(el, 'select[data-filter=status]', 'revoked');
    expect(names(el)).to.deep.equal(['Trần Thị Đào']);
  });

  it('finds rows typed with and without tone marks, then announces the count', async () => {
    const el = await table(small);
    await search(el, 'tan binh');
    expect(names(el)).to.deep.equal(['Nguyễn Văn An']);
    await search(el, 'Phường 17');
    expect(names(el)).to.deep.equal(['Đảng bộ Phường 17']);
    await search(el, 'dao');
    expect(names(el)).to.deep.equal(['Trần Thị Đào']);
    expect(shadowText(el)).to.include('Tìm thấy 1 trong 3 khen thưởng');
    await until(() => status(el) === '1 kết quả.', 'the count to be announced');
  });

  it('narrows the rows with each filter, and every row shown matches', async () => {
    const el = await table(generated(250), 'stt recipient unit form issuer year status');
    const checks: [string, (c: Commendation) => string][] = [
      ['year', (c) => String(c.year)],
      ['level', (c) => c.issuer.level ?? c.issuer.name],
      ['form', (c) => c.form],
      ['line', (c) => c.line],
      ['kind', (c) => c.recipient.kind],
      ['unit', (c) => c.recipient.unit ?? unitName.get(c.recipient.unitId!) ?? ''],
      ['status', (c) => c.status],
    ];
    const dataset = el.data as ReturnType<typeof generated>;
    const records = dataset.commendations!;
    const unitName = new Map(dataset.units!.map((u) => [u.id, u.name]));
    for (const [filter, value] of checks) {
      const select = root(el).querySelector<HTMLSelectElement>(`select[data-filter=${filter}]`)!;
      expect(root(el).querySelector(`label[for=${select.id}]`), `${filter} has a label`).to.exist;
      const wanted = select.options[1].value;
      await choose(el, `select[data-filter=${filter}]`, wanted);
      const expected = records.filter((c) => value(c) === wanted).length;
      expect(bodyRowsOf(el).length, filter).to.equal(expected);
      expect(expected, filter).to.be.greaterThan(0);
      await choose(el, `select[data-filter=${filter}]`, '');
    }
  });

  it('sorts text, number and date columns with aria-sort and announces the order', async () => {
    const el = await table(small);
    const button = (label: string) =>
      [...root(el).querySelectorAll<HTMLButtonElement>('th button')].find((b) => b.textContent!.includes(label))!;
    button('Tập thể, cá nhân').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Đảng bộ Phường 17', 'Nguyễn Văn An', 'Trần Thị Đào']);
    expect(button('Tập thể, cá nhân').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(status(el)).to.equal('Đã sắp xếp theo Tập thể, cá nhân, tăng dần.');
    button('Năm').click();
    await el.updateComplete;
    button('Năm').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Nguyễn Văn An', 'Trần Thị Đào', 'Đảng bộ Phường 17']);
    expect(button('Năm').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(button('Tập thể, cá nhân').closest('th')!.hasAttribute('aria-sort')).to.equal(false);
    expect(status(el)).to.equal('Đã sắp xếp theo Năm, giảm dần.');
    button('Quyết định').click();
    await el.updateComplete;
    expect(names(el)[0]).to.equal('Nguyễn Văn An');
  });

  it('can be used with the keyboard alone: type a search, reach a sort button, press Enter', async () => {
    const el = await table(small);
    const input = root(el).querySelector('input[type=search]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'nguyen' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Nguyễn Văn An']);
    await sendKeys({ press: 'Backspace' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    for (let i = 0; i < 20 && !root(el).activeElement?.closest('th'); i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent).to.include('STT');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).activeElement!.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('offers to clear the filters when nothing matches', async () => {
    const el = await table(small);
    await search(el, 'không có ai');
    expect(shadowText(el)).to.include('Không có khen thưởng nào phù hợp');
    const clear = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Xóa bộ lọc'))!;
    clear.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('groups rows by year with counts', async () => {
    const el = await table(small);
    await choose(el, `select[id$=-group]`, 'year');
    const groups = [...root(el).querySelectorAll('tr.group th')].map((th) =>
      th.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(groups).to.deep.equal(['2017 (1 khen thưởng)', '2016 (1 khen thưởng)', '2011 (1 khen thưởng)']);
  });

  it('renders hostile strings as text', async () => {
    const el = await table({
      version: 1,
      commendations: [award('<img src=x onerror=alert(1)>', { achievement: 'javascript:alert(1)' })],
    });
    expect(root(el).querySelector('img')).to.equal(null);
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(root(el).querySelector('a')).to.equal(null);
  });

  it('tells the administrator about an unknown column', async () => {
    const el = await fixture<LamtheoCommendationTable>(
      html`<lamtheo-commendation-table .data=${small} columns="stt ten"></lamtheo-commendation-table>`,
    );
    await until(() => el.state === 'error', 'the error view');
    expect(shadowText(el)).to.include('Mã nhúng của tiện ích này có 1 lỗi.');
    expect(shadowText(el)).to.include('columns="stt ten"');
    expect(shadowText(el)).to.include('Mã nhúng ghi cột "ten", bảng không có cột này; các cột có: stt,');
  });

  it('exports the filtered rows as CSV with a BOM', async () => {
    const el = await table(small);
    await search(el, 'tan binh');
    const blobs: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      root(el).querySelector<HTMLButtonElement>('button.export')!.click();
      // The export's code is downloaded on the first click.
      await until(() => downloaded !== '', 'the download');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('khen-thuong-nam-2017.csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = csvParseRows((await blobs[0].text()).replace(/^\uFEFF/, ''));
    expect(rows).to.have.length(2);
    expect(rows[1]).to.include('Nguyễn Văn An').and.include('1436/QĐ-UBND').and.include('19/05/2017');
  });

  it('reads a CSV list given as src, and reports its errors by line and column', async () => {
    const csv =
      'STT,Họ và tên,Hình thức,Cấp khen,Năm\n1,Lê Thị Hoa,Giấy khen,Quận ủy,2017\n2,Phạm Văn Bình,Bằng khen,UBND quận,2017\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = await fixture<LamtheoCommendationTable>(
      html`<lamtheo-commendation-table src=${url}></lamtheo-commendation-table>`,
    );
    await until(() => el.state === 'ready', 'the CSV to load');
    expect(names(el)).to.deep.equal(['Lê Thị Hoa', 'Phạm Văn Bình']);
    expect(shadowText(el)).to.include('0 tập thể, 2 cá nhân');
    const bad = URL.createObjectURL(new Blob([csv.replace('2017\n2,', '2O17\n2,')], { type: 'text/csv' }));
    const broken = await fixture<LamtheoCommendationTable>(
      html`<lamtheo-commendation-table src=${bad}></lamtheo-commendation-table>`,
    );
    await until(() => broken.state === 'error', 'the CSV error');
    expect(shadowText(broken)).to.include('dòng 2, cột Năm');
  });

  it('keeps search, filters and sort in the URL hash when asked, and reads them back', async () => {
    const before = location.hash;
    history.replaceState(null, '', '#lamtheo-kt=q%3Dphuong%2B17');
    try {
      const el = await fixture<LamtheoCommendationTable>(
        html`<lamtheo-commendation-table id="kt" url-state .data=${small}></lamtheo-commendation-table>`,
      );
      await until(() => el.state === 'ready', 'ready');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Đảng bộ Phường 17']);
      await choose(el, 'select[data-filter=year]', '2011');
      expect(new URLSearchParams(new URLSearchParams(location.hash.slice(1)).get('lamtheo-kt')!).get('year')).to.equal(
        '2011',
      );
    } finally {
      history.replaceState(null, '', location.pathname + location.search + before);
    }
  });

  describe('when a part of the table cannot be downloaded', () => {
    const parts = whenPartsFail();
    const missing = 'Một phần của tiện ích này chưa tải được (mất kết nối mạng?). Thử lại';

    it('says so under the controls when the export cannot be downloaded; the table works, and "Thử lại" exports', async () => {
      parts.offline('csv-export');
      const el = await table(small);
      await search(el, 'tan binh');
      root(el).querySelector<HTMLButtonElement>('button.export')!.click();
      const note = await until(() => partMissing(root(el)), 'the note');
      expect(note.text).to.equal(missing);
      // The note sits between the controls and the summary, in place of nothing the table needs.
      expect(root(el).querySelector('.controls')!.nextElementSibling).to.equal(
        root(el).querySelector('[part~=part-missing]'),
      );
      await expect(el).to.be.accessible();
      await search(el, 'dao');
      expect(names(el)).to.deep.equal(['Trần Thị Đào']);

      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let downloaded = '';
      URL.createObjectURL = () => 'blob:test';
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloaded = this.download;
      };
      try {
        note.retry.click(); // still offline: the note stays, with its button
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(partMissing(root(el))?.text).to.equal(missing);
        expect(downloaded).to.equal('');
        parts.online('csv-export');
        partMissing(root(el))!.retry.click();
        await until(() => downloaded, 'the download after "Thử lại"');
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloaded).to.equal('khen-thuong-nam-2017.csv');
      await until(() => !partMissing(root(el)), 'the note gone');
    });

    it('shows the error view with a retry when the CSV reader cannot be downloaded', async () => {
      parts.offline('csv-source');
      const url = URL.createObjectURL(new Blob(['Họ và tên,Hình thức,Cấp khen\nLê Thị Hoa,Giấy khen,Quận ủy\n']));
      const el = await fixture<LamtheoCommendationTable>(
        html`<lamtheo-commendation-table src=${url}></lamtheo-commendation-table>`,
      );
      await until(() => el.state === 'error', 'the error view');
      // Not an error in the file: the sentence says what happened, with no administrator's list.
      expect(shadowText(el)).to.include(
        'Không hiển thị được dữ liệu. Một phần của tiện ích này chưa tải được (mất kết nối mạng?). Thử lại',
      );
      expect(shadowText(el)).not.to.include('lỗi');
      parts.online('csv-source');
      root(el).querySelector<HTMLButtonElement>('.state--error button')!.click();
      await until(() => el.state === 'ready', 'the CSV after the retry');
      expect(names(el)).to.deep.equal(['Lê Thị Hoa']);
    });

    it('reads JSON from src without downloading the CSV reader', async () => {
      parts.offline('csv-source');
      const url = URL.createObjectURL(new Blob([JSON.stringify(small)]));
      const el = await fixture<LamtheoCommendationTable>(
        html`<lamtheo-commendation-table src=${url}></lamtheo-commendation-table>`,
      );
      await until(() => el.state === 'ready', 'the JSON to load');
      expect(names(el)).to.have.length(3);
    });

    it('shows the table without URL state and says so; "Thử lại" reads the view from the URL', async () => {
      parts.offline('url-state');
      const before = location.hash;
      history.replaceState(null, '', '#lamtheo-kt2=q%3Dphuong%2B17');
      try {
        const el = await fixture<LamtheoCommendationTable>(
          html`<lamtheo-commendation-table id="kt2" url-state .data=${small}></lamtheo-commendation-table>`,
        );
        await until(() => el.state === 'ready' && bodyRowsOf(el).length === 3, 'the table');
        const note = await until(() => partMissing(root(el)), 'the note');
        expect(note.text).to.equal(missing);
        await expect(el).to.be.accessible();
        parts.online('url-state');
        note.retry.click();
        await until(() => names(el).length === 1, 'the view of the URL');
        expect(names(el)).to.deep.equal(['Đảng bộ Phường 17']);
        expect(partMissing(root(el))).to.equal(undefined);
      } finally {
        history.replaceState(null, '', location.pathname + location.search + before);
      }
    });

    it('says so once when the export and the URL state both fail, and "Thử lại" brings both', async () => {
      parts.offline('csv-export', 'url-state');
      const before = location.hash;
      history.replaceState(null, '', '#lamtheo-kt3=q%3Dphuong%2B17');
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let downloaded = '';
      URL.createObjectURL = () => 'blob:test';
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloaded = this.download;
      };
      try {
        const el = await fixture<LamtheoCommendationTable>(
          html`<lamtheo-commendation-table id="kt3" url-state .data=${small}></lamtheo-commendation-table>`,
        );
        await until(() => partMissing(root(el)), 'the note of the URL state');
        root(el).querySelector<HTMLButtonElement>('button.export')!.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(root(el).querySelectorAll('[part~=part-missing]')).to.have.length(1);
        parts.online('csv-export', 'url-state');
        partMissing(root(el))!.retry.click();
        await until(() => downloaded, 'the download');
        await until(() => names(el).length === 1, 'the view of the URL');
        expect(names(el)).to.deep.equal(['Đảng bộ Phường 17']);
        expect(partMissing(root(el))).to.equal(undefined);
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
        history.replaceState(null, '', location.pathname + location.search + before);
      }
    });

    it('says so in English in an English table', async () => {
      parts.offline('csv-export');
      const wrapper = mount<HTMLElement>(
        html`<div lang="en"><lamtheo-commendation-table .data=${small}></lamtheo-commendation-table></div>`,
      );
      const el = wrapper.querySelector('lamtheo-commendation-table')!;
      await until(() => el.state === 'ready' && shadowText(el).includes('Download CSV'), 'the English table');
      root(el).querySelector<HTMLButtonElement>('button.export')!.click();
      const note = await until(() => partMissing(root(el)), 'the note');
      expect(note.text).to.equal('Part of this widget could not be downloaded (is the connection down?). Try again');
    });
  });

  it('speaks English inside lang="en": summary, labels and dates', async () => {
    const wrapper = mount(
      html`<div lang="en"><lamtheo-commendation-table .data=${small}></lamtheo-commendation-table></div>`,
    );
    const el = wrapper.querySelector('lamtheo-commendation-table')!;
    await until(() => shadowText(el).includes('Collectives'), 'English words');
    expect(shadowText(el)).to.include('Collectives: 1, individuals: 2, revoked: 1');
    expect(shadowText(el)).to.include('Revoked');
  });
});

describe('<lamtheo-commendation-table> at scale and in small places', () => {
  it('keeps the DOM rows bounded with 100,000 rows, with aria-rowcount and aria-rowindex', async () => {
    const el = await table(generated(100_000));
    const t = root(el).querySelector('table')!;
    expect(t.getAttribute('aria-rowcount')).to.equal('100001');
    await until(() => bodyRowsOf(el).length > 0 && bodyRowsOf(el).length < 120, 'a window of rows');
    expect(bodyRowsOf(el)[0].getAttribute('aria-rowindex')).to.equal('2');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    // Rows wrap to their own heights (unmeasured ones count as the average): halfway down is about row 50,000.
    scroller.scrollTop = scroller.scrollHeight / 2;
    scroller.dispatchEvent(new Event('scroll')); // a page in a background tab delivers no scroll events
    await until(() => Number(bodyRowsOf(el)[0].getAttribute('aria-rowindex')) > 30_000, 'rows further down');
    expect(Number(bodyRowsOf(el)[0].getAttribute('aria-rowindex'))).to.be.lessThan(70_000);
    expect(bodyRowsOf(el).length).to.be.lessThan(120);
    await search(el, 'phuong 3');
    expect(Number(t.getAttribute('aria-rowcount')))
      .to.be.lessThan(100001)
      .and.greaterThan(1000);
  });

  it('shows the first rows of a big list while it checks the rest; counts and export wait for every row', async () => {
    const el = mount<LamtheoCommendationTable>(
      html`<lamtheo-commendation-table columns="stt recipient year"></lamtheo-commendation-table>`,
    );
    const whileChecking: { note: string; rows: number; summary: boolean; exportButton: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const note = root(el).querySelector('[part~=checking]');
      if (note)
        whileChecking.push({
          note: note.textContent!.trim(),
          rows: bodyRowsOf(el).length,
          summary: root(el).querySelector('[part~=summary]') !== null,
          exportButton: root(el).querySelector('[part~=export]') !== null,
        });
    });
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    el.data = generated(12_000);
    await until(() => el.state === 'ready', 'every row checked');
    observer.disconnect();
    const withRows = whileChecking.find((seen) => seen.rows > 0);
    expect(withRows, JSON.stringify(whileChecking.slice(0, 3))).to.exist;
    expect(withRows!.note).to.equal('Đang kiểm tra dữ liệu: mới hiện 250 trên 12.000 bản ghi…');
    expect(withRows!.summary, 'no count of a list still being checked').to.equal(false);
    expect(withRows!.exportButton, 'no export of part of the list').to.equal(false);
    expect(withRows!.rows, 'a window of rows: the whole list will be long').to.be.lessThan(120);
    await el.updateComplete;
    expect(root(el).querySelector('[part~=checking]')).to.equal(null);
    const summary = root(el).querySelector('[part~=summary]')!.textContent!;
    const [collectives, individuals] = [/([\d.]+) tập thể/, /([\d.]+) cá nhân/].map((re) =>
      Number(re.exec(summary)![1].replace(/\./g, '')),
    );
    expect(collectives + individuals, summary).to.equal(12_000);
    expect(root(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('12001');
    expect(root(el).querySelector('[part~=export]')).to.exist;
  });

  it('turns rows into cards in a narrow container', async () => {
    const wrapper = mount(
      html`<div style="width: 320px"><lamtheo-commendation-table .data=${small}></lamtheo-commendation-table></div>`,
    );
    const el = wrapper.querySelector('lamtheo-commendation-table')!;
    await until(() => bodyRowsOf(el).length === 3, 'rows');
    const row = bodyRowsOf(el)[0];
    expect(getComputedStyle(row).display).to.equal('block');
    expect(getComputedStyle(row.querySelector('td')!, '::before').content).to.include('STT');
    await expect(el).to.be.accessible();
  });

  it('lays itself out when first created inside a closed <details> and then opened', async () => {
    const details = mount<HTMLDetailsElement>(
      html`<details>
        <summary>Danh sách</summary>
        <lamtheo-commendation-table .data=${generated(2000)}></lamtheo-commendation-table>
      </details>`,
    );
    const el = details.querySelector('lamtheo-commendation-table')!;
    await until(() => el.state === 'ready', 'ready');
    details.open = true;
    const scroller = await until(() => root(el).querySelector<HTMLElement>('.scroller.virtual'), 'the scroller');
    await until(() => scroller.clientHeight > 0, 'the scroller to have a height');
    // The rows rendered fill the scroller: they were measured once it had a size.
    await until(() => {
      const rows = bodyRowsOf(el);
      return rows.length > 0 && rows.at(-1)!.getBoundingClientRect().bottom >= scroller.getBoundingClientRect().bottom;
    }, 'rows down to the bottom of the scroller');
    // The scroll height is about 2,000 rows of the measured heights.
    const heights = bodyRowsOf(el).map((row) => row.getBoundingClientRect().height);
    const average = heights.reduce((a, b) => a + b, 0) / heights.length;
    const header = root(el).querySelector('thead')!.getBoundingClientRect().height;
    expect((scroller.scrollHeight - header) / 2000).to.be.within(average * 0.75, average * 1.25);
  });
});

describe('<lamtheo-commendation-table> on the fixtures of the articles', () => {
  const load = async (name: string) => (await fetch(new URL(`../../fixtures/${name}.json`, import.meta.url))).json();

  for (const [name, count, first] of [
    ['tan-binh-2017', 5, 'Ban Tuyên giáo Quận ủy Tân Bình'],
    ['go-vap-2007-2011', 6, 'Đảng bộ phường 17'],
  ] as const) {
    it(`shows the ${count} commendations of ${name}, accessible wide and as cards`, async () => {
      const el = await fixture<LamtheoCommendationTable>(
        html`<lamtheo-commendation-table .data=${await load(name)}></lamtheo-commendation-table>`,
      );
      await until(() => el.state === 'ready', 'ready');
      await el.updateComplete;
      expect(bodyRowsOf(el)).to.have.length(count);
      expect(names(el)[0]).to.equal(first);
      await expect(el).to.be.accessible();
      el.style.width = '300px';
      await until(() => getComputedStyle(bodyRowsOf(el)[0]).display === 'block', 'cards');
      await expect(el).to.be.accessible();
    });
  }

  it('finds "phuong 17" in the Gò Vấp list', async () => {
    const el = await table(await load('go-vap-2007-2011'));
    await search(el, 'phuong 17');
    expect(names(el)).to.deep.equal(['Đảng bộ phường 17']);
  });
});
