import { expect } from '@open-wc/testing';
import { countUpdates, openPage, recorded, settledWidgets, shadowText, until } from '../helpers/page.js';
import { foreignWords, widgetStrings } from '../helpers/language.js';

/** The text of every script the page downloaded. */
async function downloadedScripts(frame: HTMLIFrameElement): Promise<{ path: string; text: string }[]> {
  const paths = frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));
  return Promise.all(paths.map(async (path) => ({ path, text: await (await fetch(path)).text() })));
}

const byId = (frame: HTMLIFrameElement, id: string) => frame.contentDocument!.getElementById(id)!;

const vietnameseWidgets = ['grid', 'table', 'form', 'list', 'map'];

describe('a Vietnamese page with one English widget (dist/lamtheo.js, widgets in the page before the script)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the English widget in English and every other widget in Vietnamese, aria-labels included', async () => {
    const frame = await openPage('/test/pages/mixed-lang.html', { width: 1000, height: 3000 });
    const widgets = await settledWidgets(frame.contentDocument!);
    expect(widgets.map((el) => `${el.id} ${el.getAttribute('state')}`)).to.deep.equal([
      'en-figure ready',
      'grid ready',
      'table ready',
      'form ready',
      'list ready',
      'map ready',
    ]);
    const english = byId(frame, 'en-figure');
    expect(shadowText(english)).to.contain('Source of the figures');
    expect(english.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11,368');
    expect(await foreignWords(english, 'en')).to.deep.equal([]);

    expect(shadowText(byId(frame, 'grid'))).to.contain('Nguồn số liệu');
    expect(shadowText(byId(frame, 'table')))
      .to.contain('Tìm kiếm (có thể gõ không dấu)')
      .and.contain('Tải CSV');
    expect(shadowText(byId(frame, 'form'))).to.contain('Gửi bản đăng ký');
    expect(shadowText(byId(frame, 'list'))).to.contain('bản đăng ký');
    expect(widgetStrings(byId(frame, 'map'))).to.include.members(['Phóng to', 'Thu nhỏ', 'Về toàn cảnh']);
    for (const id of vietnameseWidgets) expect(await foreignWords(byId(frame, id), 'vi'), id).to.deep.equal([]);

    // Words made after a click: the Vietnamese form's validation, the table's sort announcement.
    const form = byId(frame, 'form');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => form.shadowRoot!.querySelector('.error-summary'), 'the error summary');
    expect(shadowText(form)).to.contain('Có lỗi cần sửa').and.contain('Nhập họ và tên');
    const table = byId(frame, 'table');
    [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')][1].click();
    await until(() => table.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(), 'the announcement');
    expect(table.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.match(
      /^Đã sắp xếp theo .+, tăng dần\.$/,
    );
    for (const id of ['form', 'table']) expect(await foreignWords(byId(frame, id), 'vi'), id).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('re-renders only the English widget when its block turns Vietnamese', async () => {
    const frame = await openPage('/test/pages/mixed-lang.html', { width: 1000, height: 3000 });
    await settledWidgets(frame.contentDocument!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const english = byId(frame, 'en-figure');
    const updates = Object.fromEntries(vietnameseWidgets.map((id) => [id, countUpdates(byId(frame, id))]));
    byId(frame, 'english').setAttribute('lang', 'vi');
    await until(() => shadowText(english).includes('Nguồn số liệu'), 'the counter in Vietnamese');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(english.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
    expect(await foreignWords(english, 'vi')).to.deep.equal([]);
    expect(Object.fromEntries(vietnameseWidgets.map((id) => [id, updates[id]()]))).to.deep.equal(
      Object.fromEntries(vietnameseWidgets.map((id) => [id, 0])),
    );
  });

  it('downloads the English strings only for the page that has an English widget', async () => {
    const mixed = await openPage('/test/pages/mixed-lang.html', { width: 1000, height: 3000 });
    await settledWidgets(mixed.contentDocument!);
    const withEnglish = (await downloadedScripts(mixed)).filter(({ text }) => text.includes('Download CSV'));
    expect(withEnglish.length, 'the English strings downloaded').to.equal(1);
    mixed.remove();

    const viOnly = await openPage('/test/pages/mixed-lang.html?vi-only', { width: 1000, height: 3000 });
    const widgets = await settledWidgets(viOnly.contentDocument!);
    expect(widgets.map((el) => el.id)).to.deep.equal(vietnameseWidgets);
    // Words made after a click too: the form's errors.
    byId(viOnly, 'form').shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const scripts = await downloadedScripts(viOnly);
    expect(scripts.map(({ path }) => path)).to.include('/dist/lamtheo.js');
    expect(scripts.filter(({ text }) => text.includes('Download CSV')).map(({ path }) => path)).to.deep.equal([]);
  });
});
