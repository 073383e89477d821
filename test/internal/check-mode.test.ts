/**
 * The administrator's check mode (src/internal/check-mode.ts): with `?lamtheo=kiem-tra` in the
 * address, or `data-lamtheo-check` on the widget or around it, every widget lists every error and
 * warning of its data with line and column, in the words of `npx lamtheo validate`; without it a
 * visitor sees none of it. A metric id the embed names but the file lacks is the embed's mistake.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/counter/index.js';
import '../../src/components/commendations/index.js';
import type { LamtheoCounter } from '../../src/components/counter/index.js';
import { shadowText, until } from '../helpers/page.js';
import { mount } from '../components/counter/mount.js';
import { partMissing, whenPartsFail } from '../helpers/parts.js';

/** A file whose only mistake is a typo: "qualifer" (the "hơn" is lost), on line 4. */
const typoText = `{
  "version": 1,
  "metrics": [
    { "id": "dang-vien", "label": "Đảng viên", "value": 11368, "qualifer": "more-than" }
  ]
}`;

/** A commendation list with a typo ("achievment") on line 11 and one ("yaer") on line 12. */
const tableText = `{
  "version": 1,
  "commendations": [
    {
      "id": "c1",
      "recipient": { "kind": "individual", "name": "Nguyễn Thị Hằng" },
      "form": "giay-khen",
      "line": "state",
      "issuer": { "name": "UBND Phường 3" },
      "decision": { "number": "1436/QĐ-UBND", "date": "2019-02-28" },
      "achievment": "Hoàn thành xuất sắc nhiệm vụ",
      "yaer": 2018
    }
  ]
}`;

const inline = (text: string) => `<script type="application/json">${text}</script>`;

async function settled(el: HTMLElement & { state: string; updateComplete: Promise<boolean> }) {
  await until(() => el.state !== 'loading' && el.shadowRoot?.querySelector('[part~=base], [part~=state]'), 'rendered');
  await el.updateComplete;
}

const panel = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~=check]');
const panelText = (el: Element) => (panel(el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const column = (text: string, line: number, needle: string) => text.split('\n')[line - 1].indexOf(needle) + 1;

/** Puts `?lamtheo=…` in the address for one test, as an administrator would type it. */
function withAddress(search: string) {
  const before = location.href;
  beforeEach(() => history.replaceState(null, '', `${location.pathname}${search}${location.hash}`));
  afterEach(() => history.replaceState(null, '', before));
}

async function counter(markup: string, lang = 'vi') {
  const wrapper = mount(markup, { lang });
  const el = wrapper.querySelector<LamtheoCounter>('lamtheo-counter')!;
  await settled(el);
  return { wrapper, el };
}

describe('the check mode', () => {
  describe('without it, a visitor', () => {
    it('sees the figure and no sign of the typo', async () => {
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
      );
      expect(el.state).to.equal('ready');
      expect(panel(el)).to.equal(null);
      expect(shadowText(el)).not.to.contain('qualifer');
      expect(shadowText(el)).not.to.contain('Kiểm tra dữ liệu');
    });

    it('with ?lamtheo=something-else, still sees nothing', async () => {
      history.replaceState(null, '', `${location.pathname}?lamtheo=xem`);
      try {
        const { el } = await counter(
          `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
        );
        expect(panel(el)).to.equal(null);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });
  });

  describe('with ?lamtheo=kiem-tra in the address', () => {
    withAddress('?lamtheo=kiem-tra');

    it('lists the typo on a counter with its line and column and the name meant, in Vietnamese', async () => {
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
      );
      await until(() => panelText(el).includes('qualifier'), 'the warning worded');
      const text = panelText(el);
      expect(text).to.contain('Kiểm tra dữ liệu');
      expect(text).to.contain('chỉ quản trị viên thấy');
      expect(text).to.contain('1 cảnh báo');
      expect(text).to.contain(`Cảnh báo dòng 4, cột ${column(typoText, 4, '"qualifer"')} metrics[0].qualifer:`);
      expect(text).to.contain('lamtheo không dùng trường "qualifer" và bỏ qua nó; có phải bạn muốn viết "qualifier"?');
      // The figure is still shown above the panel.
      expect(el.state).to.equal('ready');
      await expect(el).to.be.accessible();
    });

    it('says so in English on an English page', async () => {
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
        'en',
      );
      await until(() => panelText(el).includes('did you mean'), 'the English warning');
      const text = panelText(el);
      expect(text).to.contain('Data check');
      expect(text).to.contain('1 warning Warning');
      expect(text).to.contain('only administrators see this');
      expect(text).to.contain(`Warning line 4, column ${column(typoText, 4, '"qualifer"')} metrics[0].qualifer:`);
      expect(text).to.contain('lamtheo does not use the field "qualifer" and ignores it; did you mean "qualifier"?');
    });

    it('says there is nothing to fix when the file is clean', async () => {
      const clean = typoText.replace('"qualifer"', '"qualifier"');
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(clean)}</lamtheo-counter>`,
      );
      expect(panelText(el)).to.contain('Không có lỗi hay cảnh báo nào.');
    });

    it('lists the typos of a commendation table with their lines', async () => {
      const wrapper = mount(`<lamtheo-commendation-table>${inline(tableText)}</lamtheo-commendation-table>`);
      const el = wrapper.querySelector('lamtheo-commendation-table')!;
      await settled(el);
      await until(() => panelText(el).includes('"year"'), 'the warnings worded');
      const text = panelText(el);
      expect(text).to.contain('2 cảnh báo');
      expect(text).to.contain(`dòng 11, cột ${column(tableText, 11, '"achievment"')} commendations[0].achievment:`);
      expect(text).to.contain('có phải bạn muốn viết "achievement"?');
      expect(text).to.contain(`dòng 12, cột ${column(tableText, 12, '"yaer"')} commendations[0].yaer:`);
      expect(text).to.contain('có phải bạn muốn viết "year"?');
      expect(shadowText(el)).to.contain('Nguyễn Thị Hằng');
    });

    it('lists the errors of a broken file with their fixes, beside the error view', async () => {
      const broken = typoText.replace('11368', '"11.368"');
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(broken)}</lamtheo-counter>`,
      );
      expect(el.state).to.equal('error');
      await until(() => panelText(el).includes('11368'), 'the error worded');
      expect(panelText(el)).to.contain(
        `Lỗi dòng 4, cột ${column(broken, 4, '"11.368"')} metrics[0].value: phải là một con số, nhưng đang là chữ "11.368"; hãy viết 11368, không có dấu ngoặc kép: dấu chấm ở đây là dấu phân cách hàng nghìn`,
      );
    });
  });

  describe('when the panel cannot be downloaded', () => {
    withAddress('?lamtheo=kiem-tra');
    const parts = whenPartsFail();

    it('says so with a retry, and the figure still shows', async () => {
      parts.offline('check-panel');
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
      );
      const missing = await until(() => partMissing(el.shadowRoot!), 'the part-missing note');
      expect(missing.text).to.contain('chưa tải được');
      expect(el.state).to.equal('ready');
      parts.online('check-panel');
      missing.retry.click();
      await until(() => panelText(el).includes('qualifier'), 'the panel after the retry');
    });
  });

  it('also answers ?lamtheo=check', async () => {
    history.replaceState(null, '', `${location.pathname}?a=1&lamtheo=check`);
    try {
      const { el } = await counter(
        `<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`,
      );
      await until(() => panelText(el).includes('qualifier'), 'the warning');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  for (const where of ['the widget', 'its <lamtheo-dataset>', '<body>', '<html>'] as const) {
    it(`is on with data-lamtheo-check on ${where} (a portal's logged-in state)`, async () => {
      const holder = where === '<body>' ? document.body : where === '<html>' ? document.documentElement : undefined;
      holder?.setAttribute('data-lamtheo-check', '');
      try {
        const counterTag = `<lamtheo-counter metric="dang-vien" no-animation ${where === 'the widget' ? 'data-lamtheo-check' : ''}>`;
        const markup =
          where === 'its <lamtheo-dataset>'
            ? `<lamtheo-dataset data-lamtheo-check>${inline(typoText)}${counterTag}</lamtheo-counter></lamtheo-dataset>`
            : `${counterTag}${inline(typoText)}</lamtheo-counter>`;
        const { el, wrapper } = await counter(markup);
        await until(() => panelText(el).includes('qualifier'), 'the warning');
        // A widget beside it, outside the marked element, shows nothing (unless the whole page is marked).
        if (!holder) {
          const other = mount(`<lamtheo-counter metric="dang-vien" no-animation>${inline(typoText)}</lamtheo-counter>`);
          const plain = other.querySelector<LamtheoCounter>('lamtheo-counter')!;
          await settled(plain);
          expect(panel(plain)).to.equal(null);
        }
        expect(wrapper.isConnected).to.equal(true);
      } finally {
        holder?.removeAttribute('data-lamtheo-check');
      }
    });
  }
});

describe('a metric id the embed names but the file lacks', () => {
  const data = {
    version: 1,
    metrics: [
      { id: 'dang-vien', label: 'Đảng viên', value: 11368 },
      { id: 'chi-bo', label: 'Chi bộ', value: 473 },
    ],
  };

  it('is the embed’s mistake, with the nearest id, on a counter', async () => {
    const wrapper = mount('<lamtheo-counter metric="dang-vienn"></lamtheo-counter>');
    const el = wrapper.querySelector<LamtheoCounter>('lamtheo-counter')!;
    el.data = data;
    await until(() => el.state === 'error', 'the error view');
    await el.updateComplete;
    const text = shadowText(el);
    expect(text).to.contain('Mã nhúng của tiện ích này có 1 lỗi.');
    expect(text).not.to.contain('Tệp dữ liệu có');
    expect(text).to.contain(
      'metric="dang-vienn": Mã chỉ tiêu "dang-vienn" trong mã nhúng không có trong tệp dữ liệu; có phải "dang-vien"?',
    );
  });

  it('says so in English', async () => {
    const wrapper = mount('<lamtheo-counter metric="dang-vienn"></lamtheo-counter>', { lang: 'en' });
    const el = wrapper.querySelector<LamtheoCounter>('lamtheo-counter')!;
    el.data = data;
    await until(() => el.state === 'error' && shadowText(el).includes('embed'), 'the English error view');
    const text = shadowText(el);
    expect(text).to.contain('The embed of this widget has 1 problem.');
    expect(text).to.contain(
      'The metric id "dang-vienn" in the embed is not in the data file; did you mean "dang-vien"?',
    );
  });

  it('lists the ids the file has when none is near, in a grid’s metrics list', async () => {
    const wrapper = mount('<lamtheo-counter-grid metrics="dang-vien so-lieu-khac"></lamtheo-counter-grid>');
    const el = wrapper.querySelector('lamtheo-counter-grid')!;
    el.data = data;
    await until(() => el.state === 'error', 'the error view');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(
      'metrics="dang-vien so-lieu-khac": Mã chỉ tiêu "so-lieu-khac" trong mã nhúng không có trong tệp dữ liệu; tệp có các mã: dang-vien, chi-bo.',
    );
  });
});

describe('a tag or unit the embed names that no metric has', () => {
  const data = {
    version: 1,
    metrics: [
      { id: 'dang-vien', label: 'Đảng viên', value: 11368, tags: ['dang'], about: 'tan-binh' },
      { id: 'chi-bo', label: 'Chi bộ', value: 473, tags: ['dang'] },
    ],
  };

  it('leaves the grid empty for visitors, and is a warning with the nearest one in the check panel', async () => {
    const visitor = mount('<lamtheo-counter-grid tag="dangg"></lamtheo-counter-grid>');
    const plain = visitor.querySelector('lamtheo-counter-grid')!;
    plain.data = data;
    await until(() => plain.state === 'empty', 'the empty view');
    expect(panel(plain)).to.equal(null);

    const wrapper = mount(
      '<lamtheo-counter-grid tag="dangg" about="tan-binhh" data-lamtheo-check></lamtheo-counter-grid>',
    );
    const el = wrapper.querySelector('lamtheo-counter-grid')!;
    el.data = data;
    await until(() => el.state === 'empty' && panelText(el).includes('tan-binh'), 'the warnings');
    expect(panelText(el)).to.contain(
      'Cảnh báo about="tan-binhh": Không có số liệu nào về đơn vị "tan-binhh" mà mã nhúng ghi; có phải "tan-binh"?',
    );
    expect(panelText(el)).to.contain(
      'Cảnh báo tag="dangg": Không có số liệu nào có nhãn "dangg" mà mã nhúng ghi; có phải "dang"?',
    );
  });
});

describe('the error view of a file with many errors', () => {
  const many = {
    version: 1,
    metrics: Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, label: `Số ${i}`, value: `${i + 1}.000` })),
  };

  it('lists five, and every error behind "Xem tất cả 8 lỗi", reachable by keyboard', async () => {
    const wrapper = mount('<lamtheo-counter metric="m0"></lamtheo-counter>', { style: 'width: 375px' });
    const el = wrapper.querySelector<LamtheoCounter>('lamtheo-counter')!;
    el.data = many;
    await until(() => el.state === 'error' && shadowText(el).includes('8 lỗi'), 'the error view');
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('[part~=error] details')!;
    const all = root.querySelector<HTMLDetailsElement>('[part~=all-problems]')!;
    expect(all.querySelector('summary')!.textContent!.trim()).to.equal('Xem tất cả 8 lỗi');
    // Tab to "Chi tiết cho quản trị viên", open it with Enter; Tab to "Xem tất cả 8 lỗi", open it with Space.
    const input = document.createElement('input');
    wrapper.prepend(input);
    input.focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(all.querySelector('summary'));
    await sendKeys({ press: 'Space' });
    expect(all.open).to.equal(true);
    // The whole list takes the place of the first five: every error is there, once.
    const shown = [...root.querySelectorAll<HTMLElement>('[part~=error] li')].filter((li) => li.checkVisibility());
    const items = shown.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(8);
    expect(items[0]).to.contain('metrics[0].value');
    expect(items[7]).to.contain('metrics[7].value: phải là một con số, nhưng đang là chữ "8.000"; hãy viết 8000');
    expect(all.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
