import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { checkDataset } from '../../src/data/read.js';
import { shadowText, until } from '../helpers/page.js';
import { foreignWords } from '../helpers/language.js';
import { $, $$, checked, clickButton, labelled, openTab, studio, typeInto } from './helpers.js';

describe('<lamtheo-studio>, as an administrator', () => {
  beforeEach(() => localStorage.clear());

  it('starts from the figures starter: the metrics tab shows its figures by form, and the data is valid', async () => {
    const el = await studio();
    expect($(el, '.offer')).to.equal(null);
    await clickButton(el, 'Số liệu thành tích');
    expect($(el, '[role=tab][aria-selected=true]')!.textContent!.trim()).to.equal('Số liệu');
    const labels = labelled(el, 'Nhãn').map((input) => input.value);
    expect(labels).to.include('Tổ chức cơ sở Đảng');
    expect(labelled(el, 'Tên thành phần').map((i) => i.value)).to.deep.equal(['Đảng bộ cơ sở', 'Chi bộ cơ sở']);
    await checked(el);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu hợp lệ');
    await expect(el).to.be.accessible();
  });
});

describe('<lamtheo-studio>, editing by form', () => {
  beforeEach(() => localStorage.clear());

  it('adds a metric with a target and a breakdown by typing into labelled fields, and previews it', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    await clickButton(el, 'Thêm số liệu');
    const metric = $$(el, 'fieldset.metric').at(-1)!;
    expect(metric.querySelector('legend')!.textContent).to.include('Số liệu 5');
    await typeInto(labelled(el, 'Nhãn', metric)[0], 'Cơ sở Đảng có không gian văn hóa Hồ Chí Minh');
    await typeInto(labelled(el, 'Mã (id)', metric)[0], 'co-so-co-khong-gian');
    await typeInto(labelled(el, 'Giá trị', metric)[0], '24');
    await typeInto(labelled(el, 'Đơn vị tính', metric)[0], 'cơ sở Đảng');
    await typeInto(labelled(el, 'Chỉ tiêu, tổng số (24/40: 40)', metric)[0], '40');
    await clickButton(el, 'Thêm thành phần', metric);
    await clickButton(el, 'Thêm thành phần', metric);
    const [firstLabel, secondLabel] = labelled(el, 'Tên thành phần', $$(el, 'fieldset.metric').at(-1)!);
    await typeInto(firstLabel, 'Đảng bộ cơ sở');
    await typeInto(secondLabel, 'Chi bộ cơ sở');
    const [firstValue, secondValue] = labelled(el, 'Giá trị thành phần', $$(el, 'fieldset.metric').at(-1)!);
    // As a Vietnamese administrator writes numbers: a dot between thousands.
    await typeInto(firstValue, '1.016');
    await typeInto(secondValue, '8');
    expect(el.draft.metrics).to.have.length(5);
    expect((el.draft.metrics as unknown[])[4]).to.deep.equal({
      id: 'co-so-co-khong-gian',
      label: 'Cơ sở Đảng có không gian văn hóa Hồ Chí Minh',
      value: 24,
      unit: 'cơ sở Đảng',
      target: { value: 40 },
      breakdown: [
        { label: 'Đảng bộ cơ sở', value: 1016 },
        { label: 'Chi bộ cơ sở', value: 8 },
      ],
    });
    await checked(el);
    // The breakdown does not add up to the value: the checker's warning, at the breakdown.
    const warning = el.shadowRoot!.getElementById('f-metrics_4__breakdown-problems')!;
    expect(warning.textContent).to.match(/1[.,]?024/);
    expect(warning.querySelector('li')!.className).to.equal('warning');
    await typeInto(labelled(el, 'Giá trị thành phần', $$(el, 'fieldset.metric').at(-1)!)[0], '16');
    await checked(el);
    expect(el.shadowRoot!.getElementById('f-metrics_4__breakdown-problems')).to.equal(null);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu hợp lệ');
    await openTab(el, 'Xem trước');
    const counter = await until(
      () => $$(el, 'lamtheo-counter').find((c) => c.getAttribute('metric') === 'co-so-co-khong-gian'),
      'the new counter',
    );
    await until(() => counter.shadowRoot?.querySelector('[part~=value]'), 'its figure');
    expect(shadowText(counter)).to.include('24');
    expect(shadowText(counter)).to.include('40');
  });

  it('shows a problem at its field while it is there, lists it with a link that focuses the field, and drops it once fixed', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    await checked(el);
    expect($$(el, '.field-problems')).to.have.length(0);
    const label = labelled(el, 'Nhãn')[0];
    await typeInto(label, '');
    await checked(el);
    const field = labelled(el, 'Nhãn')[0];
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const note = el.shadowRoot!.getElementById(`${field.id}-problems`)!;
    expect(note.textContent).to.match(/\S/);
    expect(field.getAttribute('aria-describedby')).to.include(note.id);
    // The list of every problem names the place and links to the field, in another tab too.
    const link = $$<HTMLAnchorElement>(el, '.problems a').find((a) => a.textContent!.includes('metrics[0].label'))!;
    expect(link.textContent).to.include(note.textContent!.replace(/^\s*Lỗi:\s*/, '').trim());
    expect(link.textContent).to.match(/dòng \d+, cột \d+/);
    await openTab(el, 'Xuất');
    link.click();
    await until(() => el.shadowRoot!.activeElement?.id === field.id, 'focus on the field');
    expect($(el, '[role=tab][aria-selected=true]')!.textContent!.trim()).to.match(/^Số liệu/);
    await typeInto(labelled(el, 'Nhãn')[0], 'Tổ chức cơ sở Đảng');
    await checked(el);
    expect(labelled(el, 'Nhãn')[0].hasAttribute('aria-invalid')).to.equal(false);
    expect($$(el, '.field-problems')).to.have.length(0);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu hợp lệ');
  });

  it('keeps raw JSON that does not parse as typed, with the line and column of the error, and never overwrites it', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    await openTab(el, 'JSON');
    const area = $<HTMLTextAreaElement>(el, '#raw')!;
    const broken = area.value.replace('"value": 44,', '"value": 44,,');
    const before = structuredClone(el.draft);
    area.value = broken;
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const problem = $(el, '#raw-problem')!;
    expect(problem.textContent).to.match(/Dòng \d+, cột \d+:/);
    // Worded, not a code: the problems' words are fetched when first needed.
    await until(() => !problem.textContent!.includes('invalid-json'), 'the words of the error');
    expect(problem.textContent).to.match(/JSON|dấu phẩy/);
    const line = broken.split('\n').findIndex((l) => l.includes('44,,')) + 1;
    expect(problem.textContent).to.include(`Dòng ${line},`);
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(el.draft).to.deep.equal(before);
    // The summary does not call the data valid while the text has an error, and links to its place.
    await checked(el);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu có 1 lỗi');
    expect($(el, '.problems li')!.textContent).to.include(`cả tệp (dòng ${line},`);
    // Away to a form and back: the text is still what was typed; the forms say it is kept.
    await openTab(el, 'Số liệu');
    expect($(el, '.note.error')!.textContent).to.include('giữ nguyên');
    await typeInto(labelled(el, 'Đơn vị tính')[0], 'đơn vị');
    await openTab(el, 'JSON');
    expect($<HTMLTextAreaElement>(el, '#raw')!.value).to.equal(broken);
    // Kept in the saved draft too.
    await until(() => JSON.parse(localStorage.getItem('studio-test') ?? '{}').rawText === broken, 'the saved text');
    // Fixed: the draft follows the text.
    const fixed = broken.replace('44,,', '45,');
    area.value = fixed;
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($(el, '#raw-problem')).to.equal(null);
    expect((el.draft.metrics as { value: number }[])[0].value).to.equal(45);
  });

  it('offers the draft back after the studio is created again, and discards it when asked', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    await typeInto(labelled(el, 'Nhãn')[0], 'Tổ chức cơ sở Đảng (đã sửa)');
    await until(() => localStorage.getItem('studio-test')?.includes('(đã sửa)'), 'the saved draft');
    el.parentElement!.remove();

    const again = await studio();
    const offer = await until(() => $(again, '.offer'), 'the offer');
    const time = new Intl.DateTimeFormat('vi', { hour: '2-digit', minute: '2-digit', hour12: false }).format(
      new Date(),
    );
    expect(offer.querySelector('h2')!.textContent!.trim()).to.equal(`Tiếp tục bản nháp lúc ${time}?`);
    await clickButton(again, 'Tiếp tục bản nháp');
    expect(labelled(again, 'Nhãn')).to.have.length(0); // general tab first
    await openTab(again, 'Số liệu');
    expect(labelled(again, 'Nhãn')[0].value).to.equal('Tổ chức cơ sở Đảng (đã sửa)');
    again.parentElement!.remove();

    const third = await studio();
    await until(() => $(third, '.offer'), 'the offer again');
    await clickButton(third, 'Bỏ bản nháp');
    expect($(third, '.offer')).to.equal(null);
    expect(localStorage.getItem('studio-test')).to.equal(null);
  });

  it('says so when the browser cannot keep the draft, and keeps working', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await studio();
      await clickButton(el, 'Số liệu thành tích');
      const note = await until(() => $(el, 'header .note'), 'the note');
      expect(note.textContent).to.include('Bộ nhớ của trình duyệt đã đầy');
      expect(labelled(el, 'Nhãn')[0].value).to.equal('Tổ chức cơ sở Đảng');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});

describe('<lamtheo-studio>, exporting', () => {
  beforeEach(() => localStorage.clear());

  it('downloads pretty-printed JSON with $schema that the checker accepts, and snippets that escape hostile values', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    const hostile = 'A "quoted" <script>alert(1)</script> & more';
    await typeInto(labelled(el, 'Nhãn')[0], hostile);
    await openTab(el, 'Xuất');
    await typeInto($<HTMLInputElement>(el, '#export-script')!, 'https://portal.example/lamtheo/lamtheo.js');
    await typeInto($<HTMLInputElement>(el, '#export-data')!, '/data/x.json?a=1&b="2"');

    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:studio-test');
    try {
      $<HTMLButtonElement>(el, '#download')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs).to.have.length(1);
    expect(blobs[0].type).to.equal('application/json;charset=utf-8');
    const text = await blobs[0].text();
    expect(
      text.startsWith('{\n  "$schema": "https://portal.example/lamtheo/lamtheo.schema.json",\n  "version": 1,'),
    ).to.equal(true);
    const result = await checkDataset(text);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);

    const choice = $<HTMLInputElement>(el, '[id="embed-counter:to-chuc-co-so-dang"]')!;
    choice.click();
    await el.updateComplete;
    const snippets = $$<HTMLTextAreaElement>(el, '.embed textarea').map((t) => t.value);
    expect(snippets).to.have.length(3);
    for (const code of snippets) {
      const doc = new DOMParser().parseFromString(code, 'text/html');
      expect(doc.querySelector('script'), code).to.equal(null);
      const element = doc.body.firstElementChild!;
      expect(element.textContent).to.include(hostile);
    }
    const [tag, data, link] = snippets.map(
      (code) => new DOMParser().parseFromString(code, 'text/html').body.firstElementChild!,
    );
    expect(tag.localName).to.equal('lamtheo-counter');
    expect(tag.getAttribute('src')).to.equal('/data/x.json?a=1&b="2"');
    expect(tag.getAttribute('metric')).to.equal('to-chuc-co-so-dang');
    expect(data.getAttribute('data-lamtheo')).to.equal('counter');
    expect(data.getAttribute('data-src')).to.equal('/data/x.json?a=1&b="2"');
    expect(link.getAttribute('href')).to.equal('/data/x.json?a=1&b="2"#lamtheo=counter&metric=to-chuc-co-so-dang');
    expect($<HTMLTextAreaElement>(el, '#snippet-script')!.value).to.equal(
      '<script type="module" src="https://portal.example/lamtheo/lamtheo.js"></script>',
    );
  });
});

describe('<lamtheo-studio> in English', () => {
  beforeEach(() => localStorage.clear());

  it('speaks English on an English page: tabs, forms and the checker’s problems', async () => {
    const el = await studio('en');
    await until(() => $(el, '#tab-start')?.textContent?.includes('Start'), 'English tabs');
    expect($$(el, '[role=tab]').map((t) => t.textContent!.trim())).to.deep.equal([
      'Start',
      'General',
      'Figures',
      'Commendations',
      'Pledge forms',
      'Cultural spaces',
      'JSON',
      'Preview',
      'Export',
    ]);
    await clickButton(el, 'Achievement figures');
    // No Vietnamese words of the interface on the English studio (the data's own words stay as written).
    for (const tab of ['General', 'Figures', 'Pledge forms', 'Export', 'Start']) {
      await openTab(el, tab);
      expect(await foreignWords(el, 'en'), tab).to.deep.equal([]);
    }
    await openTab(el, 'Figures');
    await typeInto(labelled(el, 'Label')[0], '');
    await checked(el);
    expect($(el, '#summary-title')!.textContent).to.include('Errors in the data: 1; warnings: 0.');
    const note = el.shadowRoot!.getElementById(`${labelled(el, 'Label')[0].id}-problems`)!;
    expect(note.textContent).to.include('Error:');
    expect(note.textContent).to.not.match(/[ăâđêôơư]/i);
    await expect(el).to.be.accessible();
  });
});

describe('<lamtheo-studio>, opening and previewing', () => {
  beforeEach(() => localStorage.clear());

  it('opens a dataset from a URL typed by the administrator', async () => {
    const el = await studio();
    const url = $<HTMLInputElement>(el, '#url')!;
    url.focus();
    await sendKeys({ type: '/test/fixtures/go-vap-2007-2011.json' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.tab === 'general', 'the general tab');
    expect(labelled(el, 'Tên bộ dữ liệu')[0].value).to.include('Gò Vấp');
  });

  it('says in words when a URL cannot be opened', async () => {
    const el = await studio();
    await el.openUrl('/test/fixtures/khong-co.json');
    await el.updateComplete;
    expect($(el, '.note.error')!.textContent).to.include('Máy chủ trả lời 404');
  });

  it('opens a picked JSON file that does not parse into the JSON tab, text kept, with its line and column', async () => {
    const el = await studio();
    const input = $<HTMLInputElement>(el, '#file')!;
    const files = new DataTransfer();
    const text = '{\n  "version": 1,\n  "title": "Quận 11"\n  "lang": "vi"\n}';
    files.items.add(new File([text], 'quan-11.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.tab === 'json' && $(el, '#raw-problem'), 'the JSON tab with the error');
    expect($<HTMLTextAreaElement>(el, '#raw')!.value).to.equal(text);
    expect($(el, '#raw-problem')!.textContent).to.include('Dòng 4, cột 3:');
  });

  it('applies lamtheo-studio-edit from any editor inside it, checks and saves', async () => {
    const el = await studio();
    await clickButton(el, 'Bộ dữ liệu trống');
    const record = {
      id: 'kt-1',
      recipient: { kind: 'individual', name: 'Nguyễn Thị Hằng' },
      form: 'giay-khen',
      line: 'state',
      issuer: { name: 'UBND Quận 11' },
      year: 2022,
    };
    const editor = document.createElement('div');
    el.shadowRoot!.append(editor);
    editor.dispatchEvent(
      new CustomEvent('lamtheo-studio-edit', {
        detail: { path: ['commendations'], value: [record] },
        bubbles: true,
        composed: true,
      }),
    );
    editor.remove();
    expect(el.draft.commendations).to.deep.equal([record]);
    await until(() => localStorage.getItem('studio-test')?.includes('Nguyễn Thị Hằng'), 'the saved draft');
    await checked(el);
    expect($(el, '#summary-title')!.textContent).to.include('Dữ liệu hợp lệ');
  });

  it('previews each widget in Vietnamese and in English, at a phone’s width', async () => {
    const el = await studio();
    await clickButton(el, 'Số liệu thành tích');
    await openTab(el, 'Xem trước');
    const figure = async () => {
      const counter = $$(el, 'lamtheo-counter').find((c) => c.getAttribute('metric') === 'dang-vien')!;
      return (await until(() => counter.shadowRoot?.querySelector('[part~=value]'), 'the figure')).textContent;
    };
    expect(await figure()).to.equal('11.368');
    expect($(el, '.previews .frame')!.getBoundingClientRect().width).to.be.at.most(375);
    const choice = (words: string) =>
      $$(el, 'label.choice')
        .find((label) => label.textContent!.trim() === words)!
        .querySelector('input')!;
    choice('English').click();
    await el.updateComplete;
    await until(async () => (await figure()) === '11,368', 'the English figure');
    choice('Máy tính').click();
    await el.updateComplete;
    expect($(el, '.previews')!.classList.contains('desktop')).to.equal(true);
  });
});

describe('<lamtheo-studio>, for every administrator', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe on every tab it draws itself, with problems shown, and moves between tabs with the arrow keys', async () => {
    const el = await studio();
    await clickButton(el, 'Mẫu bản đăng ký');
    el.edit(['metrics'], [{ id: 'x', label: '', value: 'hai' }]);
    await checked(el);
    for (const tab of ['Bắt đầu', 'Thông tin chung', 'Số liệu', 'Mẫu đăng ký', 'JSON', 'Xem trước', 'Xuất']) {
      await openTab(el, tab);
      el.choose('pledge-form:dang-ky-2017', true);
      await el.updateComplete;
      await expect(el, tab).to.be.accessible();
    }
    const selected = () => $(el, '[role=tab][aria-selected=true]')!;
    selected().focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(selected().textContent!.trim()).to.equal('Xem trước');
    expect(el.shadowRoot!.activeElement).to.equal(selected());
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selected().textContent!.trim()).to.equal('Bắt đầu');
  });
});
