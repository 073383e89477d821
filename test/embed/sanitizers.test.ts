import { expect } from '@open-wc/testing';
import { recorded, settledWidgets, shadowText, until } from '../helpers/page.js';
import { ckeditorLinkButton, sanitizers, type Sanitize } from './sanitizers.js';

/**
 * Each embed form of each widget, pasted into an article and run through a real editor's
 * sanitizer in its default configuration, then put in a portal page that loads lamtheo.js
 * once, in its footer: which forms still become the widget, showing the figure from the data?
 */

/** A widget to embed, as the studio writes it (src/studio/snippets.ts), and what it shows once loaded. */
interface Case {
  name: string;
  src: string;
  attributes: Record<string, string>;
  fallback: string;
  shows: string;
}

const cases: Case[] = [
  {
    name: 'counter',
    src: '/test/fixtures/tan-binh-2017.json',
    attributes: { metric: 'dang-vien' },
    fallback: 'Đảng viên của Đảng bộ quận Tân Bình',
    shows: '11.368',
  },
  {
    name: 'counter-grid',
    src: '/test/fixtures/tan-binh-2017.json',
    attributes: { metrics: 'to-chuc-co-so-dang chi-bo-truc-thuoc', heading: 'Tổ chức đảng' },
    fallback: 'Số tổ chức cơ sở đảng và chi bộ trực thuộc',
    shows: '473',
  },
  {
    name: 'commendation-table',
    src: '/test/fixtures/tan-binh-2017.json',
    attributes: { caption: 'Khen thưởng 2017' },
    fallback: 'Danh sách khen thưởng năm 2017',
    shows: 'Ban Tuyên giáo Quận ủy Tân Bình',
  },
  {
    name: 'space-map',
    src: '/test/fixtures/quan-11-2022.json',
    attributes: { boundaries: '/test/fixtures/geo/quan-11.geojson' },
    fallback: 'Bản đồ không gian văn hóa Hồ Chí Minh của Quận 11',
    shows: '16/16 phường có không gian văn hóa',
  },
  {
    name: 'pledge-list',
    src: '/test/fixtures/ben-tre-2016-2017.json',
    attributes: {},
    fallback: 'Bản đăng ký làm theo của cán bộ',
    shows: '2 bản đăng ký',
  },
];

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributes = (pairs: [string, string][]) => pairs.map(([k, v]) => ` ${k}="${escape(v)}"`).join('');

/** The three forms, written as src/studio/snippets.ts writes them. */
const forms = {
  tag: (c: Case) =>
    `<lamtheo-${c.name}${attributes([['src', c.src], ...Object.entries(c.attributes)])}>${c.fallback}</lamtheo-${c.name}>`,
  data: (c: Case) =>
    `<div${attributes([
      ['data-lamtheo', c.name],
      ['data-src', c.src],
      ...Object.entries(c.attributes).map(([k, v]): [string, string] => [`data-${k}`, v]),
    ])}>${c.fallback}</div>`,
  link: (c: Case) => {
    const fragment = [['lamtheo', c.name], ...Object.entries(c.attributes)]
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join('&');
    return `<a href="${escape(`${c.src}#${fragment}`)}">${c.fallback}</a>`;
  },
};
type Form = keyof typeof forms;

/**
 * A portal's article page: its own header and footer, the article as the editor stored it, and
 * lamtheo.js once, in the theme's footer. The article sits at /tin-tuc/bai-viet/, not where the
 * editor ran, as on a real portal (a relative link the editor rewrote points elsewhere).
 */
function portalPage(article: string, head = '', lang = 'vi'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}
<base href="/tin-tuc/bai-viet/"><title>Cổng thông tin phường</title>
<script src="/test/pages/record-errors.js"></script></head>
<body><header>Cổng thông tin điện tử Phường 1</header><main><article>${article}</article></main>
<footer>Bản quyền thuộc Ủy ban nhân dân Phường 1</footer>
<script type="module" src="/dist/lamtheo.js"></script></body></html>`;
}

async function openPortal(html: string, width = 1000): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** What a visitor sees of one embed: the widget with its figure, only the fallback words, or nothing. */
type Outcome = 'widget' | 'words' | 'nothing' | 'file not found' | `error: ${string}`;

async function outcomes(sanitize: Sanitize): Promise<Record<Form, Record<string, Outcome>>> {
  // Each embed in a block of the portal's own (added after the editor, so it says which it was).
  const blocks: string[] = [];
  for (const form of Object.keys(forms) as Form[])
    for (const c of cases)
      blocks.push(
        `<section data-case="${form} ${c.name}">${await sanitize(`<p>Trước.</p>${forms[form](c)}`)}</section>`,
      );
  const frame = await openPortal(portalPage(blocks.join('\n')));
  const doc = frame.contentDocument!;
  await until(() => doc.readyState === 'complete', 'page loaded');
  // Give the loader a moment to upgrade the embeds, then wait for every widget's data.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await settledWidgets(doc, 15000);
  const result = {} as Record<Form, Record<string, Outcome>>;
  for (const section of doc.querySelectorAll('section')) {
    const [form, name] = section.dataset.case!.split(' ') as [Form, string];
    const c = cases.find((x) => x.name === name)!;
    const widget = section.querySelector(`lamtheo-${name}`);
    const state = widget?.getAttribute('state');
    (result[form] ??= {})[name] =
      widget && (state === 'ready' || state === 'stale')
        ? shadowText(widget).includes(c.shows)
          ? 'widget'
          : `error: shows ${shadowText(widget).slice(0, 80)}`
        : widget
          ? shadowText(widget).includes('(lỗi 404)')
            ? 'file not found'
            : `error: ${state} ${shadowText(widget).slice(0, 120)}`
          : section.textContent!.includes(c.fallback)
            ? 'words'
            : 'nothing';
  }
  expect(recorded(frame).errors).to.deep.equal([]);
  frame.remove();
  return result;
}

/** One outcome per form when every widget had the same, else each widget's. */
const summary = (result: Record<Form, Record<string, Outcome>>) =>
  Object.fromEntries(
    Object.entries(result).map(([form, byWidget]) => {
      const values = new Set(Object.values(byWidget));
      return [form, values.size === 1 ? [...values][0] : byWidget];
    }),
  );

describe('embeds pasted through a portal editor’s sanitizer (default configuration)', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  // The survival matrix the README states ("Dán vào trình soạn thảo của cổng thông tin").
  // A change in a sanitizer's defaults changes it, and this test fails.
  const expected: Record<keyof typeof sanitizers, Record<Form, Outcome | Record<string, Outcome>>> = {
    // Unknown elements go (their words stay); data-* attributes and links stay.
    DOMPurify: { tag: 'words', data: 'widget', link: 'widget' },
    // Only what its plugins model stays: a div becomes a paragraph of its words, a link stays.
    'CKEditor 5': { tag: 'words', data: 'words', link: 'widget' },
    // Its HTML5 schema keeps a div's data-* attributes; it rewrites a link's address relative
    // to the editor's page, so the article's page looks for the data file in the wrong place.
    TinyMCE: { tag: 'words', data: 'widget', link: 'file not found' },
  };

  for (const [name, sanitize] of Object.entries(sanitizers) as [keyof typeof sanitizers, Sanitize][]) {
    it(`${name}: the forms that survive become widgets showing the data’s figures; the others leave their words`, async () => {
      const result = await outcomes(sanitize);
      expect(summary(result), JSON.stringify(result, null, 1)).to.deep.equal(expected[name]);
    });
  }
});

describe('the link form made with CKEditor 5’s link button', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('becomes the widget: the address typed in the link box is kept as written', async () => {
    const stored = await ckeditorLinkButton(
      '11.368 đảng viên',
      '/test/fixtures/tan-binh-2017.json#lamtheo=counter&metric=dang-vien',
    );
    expect(stored).to.equal(
      '<p><a href="/test/fixtures/tan-binh-2017.json#lamtheo=counter&amp;metric=dang-vien">11.368 đảng viên</a></p>',
    );
    const frame = await openPortal(portalPage(stored));
    const [widget] = await settledWidgets(frame.contentDocument!, 15000);
    expect(widget.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
  });
});

describe('TinyMCE and the link form’s address', () => {
  it('rewrites a full address on the portal’s own host relative to the editor’s page, and keeps one on another host', async () => {
    const own = `${location.origin}/du-lieu/a.json#lamtheo=counter&amp;metric=x`;
    const other = 'https://so-lieu.example.vn/a.json#lamtheo=counter&amp;metric=x';
    expect(await sanitizers.TinyMCE(`<a href="${own}">A</a>`)).to.equal(
      '<p><a href="du-lieu/a.json#lamtheo=counter&amp;metric=x">A</a></p>',
    );
    expect(await sanitizers.TinyMCE(`<a href="${other}">B</a>`)).to.equal(`<p><a href="${other}">B</a></p>`);
    // CKEditor 5 keeps every address as written.
    expect(await sanitizers['CKEditor 5'](`<a href="${own}">A</a>`)).to.equal(`<p><a href="${own}">A</a></p>`);
  });
});

describe('a NukeViet-like portal: no <script> in articles, scripts only from its own host', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the widgets of every form, with lamtheo.js from the same host in the footer and no policy violation', async () => {
    const counter = cases[0];
    // The article as NukeViet stores it: what the editor kept, with its <script> removed.
    const article = (Object.keys(forms) as Form[])
      .map((form) => `<section data-form="${form}"><p>Số đảng viên:</p>${forms[form](counter)}</section>`)
      .join('\n');
    const frame = await openPortal(
      portalPage(article, `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`),
    );
    const doc = frame.contentDocument!;
    await until(() => doc.querySelectorAll('lamtheo-counter').length === 3, 'three counters');
    const widgets = await settledWidgets(doc, 15000);
    expect(widgets.map((w) => [w.closest('section')!.dataset.form, w.getAttribute('state')])).to.deep.equal([
      ['tag', 'ready'],
      ['data', 'ready'],
      ['link', 'ready'],
    ]);
    for (const widget of widgets)
      expect(widget.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
    expect(recorded(frame).violations).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('refuses a script pasted into the article: the policy blocks it, the widgets still work', async () => {
    const frame = await openPortal(
      portalPage(
        `<script>window.pasted = true</script>${forms.data(cases[0])}`,
        `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`,
      ),
    );
    const doc = frame.contentDocument!;
    const [widget] = await settledWidgets(doc, 15000);
    expect(shadowText(widget)).to.include('11.368');
    expect((frame.contentWindow as unknown as { pasted?: boolean }).pasted).to.equal(undefined);
    expect(recorded(frame).violations).to.deep.equal(['script-src-elem inline']);
  });
});

describe('widgets made from the data and link forms, on a real page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('speak the page’s language, and say what is wrong with a hostile value instead of running it', async () => {
    const counter = cases[0];
    const hostile = `x" onmouseover="window.hacked=1`;
    const article =
      forms.data(counter) +
      forms.link(counter) +
      forms.data({ ...counter, attributes: { metric: hostile, onclick: 'window.hacked=1' } }) +
      forms.link({ ...counter, src: 'javascript:window.hacked=1//' }) +
      `<div data-lamtheo="counter" data-src="${'/x'.repeat(1500)}">Con số</div>`;
    const frame = await openPortal(portalPage(article, '', 'en'));
    const doc = frame.contentDocument!;
    await until(() => doc.querySelectorAll('lamtheo-counter').length === 3, 'three counters');
    const widgets = await settledWidgets(doc, 15000);
    expect(widgets.map((w) => w.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'error']);
    // The page's language, as for a tag: English figures.
    expect(widgets[0].shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11,368');
    expect(widgets[1].shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11,368');
    // The hostile metric is only a metric id the file lacks: said in English, nothing run.
    expect(widgets[2].getAttribute('metric')).to.equal(hostile);
    expect(widgets[2].hasAttribute('onclick')).to.equal(false);
    expect(shadowText(widgets[2])).to.include('cannot be shown');
    // The refused ones stay as written (a sanitizer would have removed that link; the loader
    // does not make it a widget): their words show.
    expect(doc.querySelector('a[href^="javascript:"]')!.textContent).to.equal(counter.fallback);
    expect(doc.querySelector('div[data-lamtheo]')!.textContent).to.equal('Con số');
    for (const element of doc.querySelectorAll('*')) element.dispatchEvent(new MouseEvent('mouseover'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((frame.contentWindow as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect(recorded(frame).errors).to.deep.equal([]);
  });
});
