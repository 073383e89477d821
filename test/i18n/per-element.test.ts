import { expect, fixture, html } from '@open-wc/testing';
import { msg, str } from '@lit/localize';
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { inLanguage, languageReady } from '../../src/i18n/locale.js';
import '../../src/components/counter/index.js';
import '../../src/components/commendations/index.js';
import '../../src/components/pledge/index.js';
import type { LamtheoElement } from '../../src/internal/base-element.js';
import { dataset as pledgeDataset } from '../components/pledge/pledge-data.js';
import { countUpdates, shadowText, until } from '../helpers/page.js';
import { foreignWords } from '../helpers/language.js';

const figures = {
  version: 1,
  metrics: [{ id: 'members', label: 'Đảng viên', value: 11368 }],
  provenance: { publisher: 'Quận ủy Tân Bình', asOf: '2017-12-31' },
};
const commendations = {
  version: 1,
  title: 'Khen thưởng',
  commendations: [
    {
      id: 'a',
      recipient: { kind: 'individual', name: 'Nguyễn Văn An' },
      form: 'giay-khen',
      line: 'party',
      issuer: { name: 'Ban Thường vụ Quận ủy', level: 'Quận ủy' },
      status: 'in-force',
      year: 2017,
    },
  ],
};

const englishRequested = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/i18n/locales/en'));

describe('each widget speaks the language of its own nearest lang', () => {
  before(() => {
    document.documentElement.setAttribute('lang', 'vi');
    // The test's own modules fill the default 250 entries: record the downloads that follow.
    performance.setResourceTimingBufferSize(100_000);
  });
  after(() => document.documentElement.removeAttribute('lang'));

  // First: nothing has asked for English yet in this page.
  it('on a Vietnamese page downloads no English strings', async () => {
    const el = await fixture<LamtheoElement>(
      html`<lamtheo-counter metric="members" .data=${figures}></lamtheo-counter>`,
    );
    await until(() => el.getAttribute('state') === 'ready', 'ready');
    expect(shadowText(el)).to.contain('Nguồn số liệu');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(englishRequested()).to.equal(false);
  });

  it('shows an English element only once its strings are here, never in Vietnamese words first', async () => {
    const seen: string[] = [];
    const holder = document.createElement('div');
    holder.lang = 'en';
    const el = document.createElement('lamtheo-counter') as LamtheoElement;
    el.setAttribute('metric', 'members');
    (el as unknown as { data: unknown }).data = figures;
    holder.append(el);
    const watcher = new MutationObserver(() => seen.push(shadowText(el)));
    document.body.append(holder);
    watcher.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await until(
        () => el.getAttribute('state') === 'ready' && shadowText(el).includes('Source of the figures'),
        'English',
      );
      expect(englishRequested()).to.equal(true);
      expect(seen.filter((text) => /Đang tải|Nguồn số liệu/.test(text))).to.deep.equal([]);
      expect(await foreignWords(el, 'en')).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11,368');
    } finally {
      watcher.disconnect();
      holder.remove();
    }
  });

  it('installs its own msg() into @lit/localize 0.12 (internals: this fails loudly if an update changes them)', async () => {
    // Our implementation is installed: a second one is refused.
    expect(() => _installMsgImplementation(((t: string) => t) as never)).to.throw('can only be configured once');
    await languageReady('en');
    expect(inLanguage('en', () => msg('Tải CSV'))).to.equal('Download CSV');
    expect(inLanguage('vi', () => msg('Tải CSV'))).to.equal('Tải CSV');
    expect(inLanguage('en', () => msg(str`${'3'} kết quả.`))).to.equal('3 results.');
    expect(
      inLanguage('en', () => [msg('Tải CSV'), inLanguage('vi', () => msg('Tải CSV')), msg('Tải CSV')]),
    ).to.deep.equal(['Download CSV', 'Tải CSV', 'Download CSV']);
    // Outside any element: the document's language.
    expect(msg('Tải CSV')).to.equal('Tải CSV');
    // The version the deep imports were written for (package.json pins it).
    const installed = await (await fetch('/node_modules/@lit/localize/package.json')).json();
    const declared = await (await fetch('/package.json')).json();
    expect(installed.version).to.equal('0.12.2');
    expect(declared.dependencies['@lit/localize']).to.equal('0.12.2');
  });

  it('keeps a Vietnamese table Vietnamese beside an English counter, and re-renders only the counter when it turns Vietnamese', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div id="english" lang="en"><lamtheo-counter metric="members" .data=${figures}></lamtheo-counter></div>
        <lamtheo-commendation-table .data=${commendations}></lamtheo-commendation-table>
      </div>`,
    );
    const counter = page.querySelector<LamtheoElement>('lamtheo-counter')!;
    const table = page.querySelector<LamtheoElement>('lamtheo-commendation-table')!;
    await until(() => counter.getAttribute('state') === 'ready' && table.getAttribute('state') === 'ready', 'ready');
    await table.updateComplete;
    expect(shadowText(counter)).to.contain('Source of the figures');
    expect(shadowText(table)).to.contain('Tìm kiếm (có thể gõ không dấu)').and.contain('Tải CSV');
    expect(await foreignWords(table, 'vi')).to.deep.equal([]);
    expect(await foreignWords(counter, 'en')).to.deep.equal([]);

    const tableUpdates = countUpdates(table);
    page.querySelector('#english')!.setAttribute('lang', 'vi');
    await until(() => shadowText(counter).includes('Nguồn số liệu'), 'the counter in Vietnamese');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counter.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
    expect(await foreignWords(counter, 'vi')).to.deep.equal([]);
    expect(tableUpdates()).to.equal(0);
  });

  it('words the data’s problems again when the block’s language switches', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="vi">
        <lamtheo-counter
          metric="members"
          .data=${{ version: 1, metrics: [{ id: 'members', value: 'many' }] }}
        ></lamtheo-counter>
      </div>`,
    );
    const counter = page.querySelector<LamtheoElement>('lamtheo-counter')!;
    await until(() => counter.getAttribute('state') === 'error', 'the error view');
    expect(shadowText(counter)).to.contain('Không hiển thị được dữ liệu.');
    const vietnamese = shadowText(counter);
    page.setAttribute('lang', 'en');
    await until(() => shadowText(counter).includes('The data cannot be shown.'), 'the English error view');
    await until(() => counter.getAttribute('state') === 'error', 'the error view again');
    const english = shadowText(counter);
    expect(english).to.not.equal(vietnamese);
    expect(await foreignWords(counter, 'en')).to.deep.equal([]);
    // The data layer's own words (messages-en), not only the view's.
    expect(english).to.not.match(/[ăâđêôơư]/i);
  });

  it('words what happens after a click in the widget’s language: an English table’s sort announcement on a Vietnamese page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en"><lamtheo-commendation-table .data=${commendations}></lamtheo-commendation-table></div>`,
    );
    const table = page.querySelector<LamtheoElement>('lamtheo-commendation-table')!;
    await until(() => table.getAttribute('state') === 'ready', 'ready');
    const sort = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')].find((b) =>
      b.textContent!.includes('Recipient'),
    )!;
    sort.click();
    await table.updateComplete;
    expect(
      table.shadowRoot!.querySelector('[role=status].visually-hidden, .announcement')?.textContent?.trim(),
    ).to.equal('Sorted by Recipient, ascending.');
  });

  it('words a pledge form’s validation in the form’s language, whatever the page’s', async () => {
    const submitEmpty = async (lang: string) => {
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <lamtheo-pledge-form
            action="/api/none"
            draft-key="per-element-${lang}"
            .data=${pledgeDataset}
          ></lamtheo-pledge-form>
        </div>`,
      );
      const form = page.querySelector<LamtheoElement>('lamtheo-pledge-form')!;
      await until(() => form.shadowRoot!.querySelector('#fullName'), 'the form');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await until(() => form.shadowRoot!.querySelector('.error-summary'), 'the error summary');
      return form;
    };
    localStorage.clear();
    const english = await submitEmpty('en');
    expect(shadowText(english)).to.contain('There is a problem').and.contain('Enter your full name');
    expect(await foreignWords(english, 'en')).to.deep.equal([]);

    document.documentElement.setAttribute('lang', 'en');
    try {
      const vietnamese = await submitEmpty('vi');
      expect(shadowText(vietnamese)).to.contain('Có lỗi cần sửa').and.contain('Nhập họ và tên');
      expect(await foreignWords(vietnamese, 'vi')).to.deep.equal([]);
    } finally {
      document.documentElement.setAttribute('lang', 'vi');
      localStorage.clear();
    }
  });
});
