// The matrix's checks can fail, and stay quiet on clean content: each is run on a deliberately
// broken widget and on a clean one of the same shape (a custom element with an open shadow root).
import { expect } from '@open-wc/testing';
import {
  axeProblems,
  clippedText,
  cutControls,
  dataStrings,
  englishWords,
  horizontalOverflow,
  wrongLanguage,
} from './checks.js';

class Probe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
customElements.define('lamtheo-check-probe', Probe);

const style = `<style>
  :host { display: block; width: 375px; font: 16px/1.4 sans-serif; color: #1f2328; background: #fff; }
  .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .cut { width: 80px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
  .short { height: 1.4em; overflow: hidden; width: 120px; }
  .scroller { overflow-x: auto; }
  .tight { line-height: 1; overflow: hidden; display: block; font-size: 40px; }
</style>`;

/** A probe holding `markup` in its shadow root (test-only constant markup). */
function probe(markup: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('lamtheo-check-probe');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.shadowRoot!.innerHTML = style + markup;
  document.body.append(element);
  return element;
}

const clean = `
  <h2>Khen thưởng</h2>
  <p>Một đoạn văn dài, xuống dòng bình thường trong hộp rộng 375 px mà không bị cắt chữ nào cả.</p>
  <span class="hidden">Chỉ dành cho trình đọc màn hình, rất dài, không bị coi là bị cắt.</span>
  <div class="cut" title="Nguyễn Văn Một Hai Ba">Nguyễn Văn Một Hai Ba</div>
  <div style="height: 3em; overflow-y: auto" tabindex="0" role="region" aria-label="Danh sách"><p>Danh sách cuộn dọc</p><p>Dòng hai</p><p>Dòng ba</p></div>
  <span class="tight">12.000</span>
  <label>Khối <select style="width: 12em"><option>Khối chính quyền</option></select></label>
  <input style="width: 20em" placeholder="Tên hoặc đơn vị" aria-label="Tìm">
  <svg width="300" height="40" viewBox="0 0 900 40"><title>Bản đồ</title><text x="600" y="20">Phường 1</text></svg>`;

afterEach(() => document.querySelectorAll('lamtheo-check-probe').forEach((element) => element.remove()));

describe('matrix checks on clean content', () => {
  it('find nothing: clipping, overflow, contrast, language', async () => {
    const element = probe(clean);
    expect(clippedText(element)).to.deep.equal([]);
    expect(cutControls(element)).to.deep.equal([]);
    expect(horizontalOverflow(element)).to.deep.equal([]);
    const axe = await axeProblems(window, [element]);
    expect(axe.get(element)).to.deep.equal([]);
    const english = englishWords(await (await fetch('/src/i18n/xliff/en.xlf')).text(), new Set());
    expect(wrongLanguage(element, 'vi', new Set(), english)).to.deep.equal([]);
    // In English, the Vietnamese text above is all data.
    const data = dataStrings([
      'Khen thưởng',
      'Một đoạn văn dài, xuống dòng bình thường trong hộp rộng 375 px mà không bị cắt chữ nào cả.',
      'Chỉ dành cho trình đọc màn hình, rất dài, không bị coi là bị cắt.',
      'Nguyễn Văn Một Hai Ba',
      'Danh sách cuộn dọc',
      'Dòng hai',
      'Dòng ba',
      'Danh sách',
      'Bản đồ',
      'Phường 1',
      'Khối',
      'Khối chính quyền',
      'Tên hoặc đơn vị',
      'Tìm',
    ]);
    expect(wrongLanguage(element, 'en', data, english)).to.deep.equal([]);
  });
});

describe('matrix checks on broken content', () => {
  it('clipped: an ellipsis without a title, and a second line hidden by a fixed height', () => {
    const element = probe(
      `<div class="cut">Nguyễn Văn Một Hai Ba</div><div class="short">Tập thể lớn có tên rất dài xuống dòng</div>`,
    );
    const problems = clippedText(element).map((problem) => problem.message);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(
      /^"Nguyễn Văn Một Hai Ba" is cut with an ellipsis by <div\.cut>: [\d.]+ px wider than its box \(80 px\)/,
    );
    expect(problems[1]).to.match(
      /^"Tập thể lớn có tên rất dài xuống dòng" is clipped by <div\.short>: [\d.]+ px taller than its box/,
    );
  });

  it('clipped: a placeholder wider than its field, a chosen option wider than its select', () => {
    const element = probe(
      `<select style="width: 7em" aria-label="Khối"><option>Khối chính quyền</option></select>` +
        // As wide as it wants to be, at a large text size: whole, not cut.
        `<select style="font-size: 32px" aria-label="Nhóm"><option>Không nhóm</option></select>` +
        `<input style="width: 8em" aria-label="Tìm" placeholder="Tên, đơn vị hoặc nội dung cam kết">`,
    );
    const problems = cutControls(element).map((problem) => problem.message);
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(
      /^the chosen option "Khối chính quyền" of <select> is cut: [\d.]+ px of text in [\d.]+ px of room$/,
    );
    expect(problems[1]).to.match(
      /^the placeholder "Tên, đơn vị hoặc nội dung cam kết" of <input> is cut: [\d.]+ px of text in [\d.]+ px of room$/,
    );
  });

  it('overflow: a box wider than the widget, and the widget wider than its page', () => {
    const element = probe(`<div class="frame" style="width: 420px">Tìm kiếm</div>`);
    const problems = horizontalOverflow(element).map((problem) => problem.message);
    expect(problems).to.include("the widget's content is 45 px wider than the widget (375 px)");
    expect(problems).to.include(
      `<div.frame> "Tìm kiếm" reaches 45 px past the widget's right edge (widget 375 px wide, box 420 px)`,
    );
    element.style.width = `${document.documentElement.clientWidth + 30}px`;
    expect(
      horizontalOverflow(element)
        .map((problem) => problem.message)
        .join('\n'),
    ).to.match(/the widget reaches 3\d(\.\d)? px past the page's right edge/);
  });

  it('overflow: a box that scrolls sideways', () => {
    const element = probe(`<div class="scroller" style="width: 300px"><div style="width: 315px">Bảng</div></div>`);
    expect(horizontalOverflow(element).map((problem) => problem.message)).to.deep.equal([
      `<div.scroller> "Bảng" scrolls sideways: its content is 15 px wider than its box (300 px)`,
    ]);
  });

  it('contrast: light text on white, with the measured ratio and colours', async () => {
    const element = probe(`<p style="color: #e6edf3">Đang tải dữ liệu</p>`);
    const problems = (await axeProblems(window, [element])).get(element)!;
    expect(problems.map((problem) => problem.check)).to.deep.equal(['contrast']);
    expect(problems[0].message).to.equal(
      '"Đang tải dữ liệu" in <p>: contrast 1.18:1, needs 4.5:1 (#e6edf3 on #ffffff, 12.0pt (16px) normal)',
    );
  });

  it('language: Vietnamese interface words in an English widget, English ones in a Vietnamese widget', async () => {
    const english = englishWords(await (await fetch('/src/i18n/xliff/en.xlf')).text(), new Set());
    const data = dataStrings({ name: 'Phường 1' });
    const vietnamese = probe(`<label>Phường 1: Đang tải dữ liệu…</label><input placeholder="Tìm kiếm">`);
    expect(wrongLanguage(vietnamese, 'en', data, english).map((problem) => problem.message)).to.deep.equal([
      '"Phường 1: Đang tải dữ liệu…" in <label> has Vietnamese words (đang, tải, dữ, liệu) in a widget that should speak en',
      '"Tìm kiếm" in placeholder of <input> has Vietnamese words (tìm, kiếm) in a widget that should speak en',
    ]);
    const englishWidget = probe(`<label>Search (tone marks optional)</label><span>more than 12.000 người</span>`);
    expect(wrongLanguage(englishWidget, 'vi', data, english).map((problem) => problem.message)).to.deep.equal([
      '"Search (tone marks optional)" in <label> has English words (search, tone, marks, optional) in a widget that should speak vi',
      '"more than 12.000 người" in <span> has English words (more than) in a widget that should speak vi',
    ]);
  });

  it('language: a piece of a data string (a name split so that "Phường 1" stays on one line) is data, an interface string is not', () => {
    const data = dataStrings({ name: 'Không gian văn hóa Hồ Chí Minh Phường 1' });
    const split = probe(`<span>Không gian văn hóa Hồ Chí Minh</span> <span>Phường 1</span><button>Xem thêm</button>`);
    expect(wrongLanguage(split, 'en', data, new Set()).map((problem) => problem.message)).to.deep.equal([
      '"Xem thêm" in <button> has Vietnamese words (thêm) in a widget that should speak en',
    ]);
  });
});
