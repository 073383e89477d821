import { expect } from '@open-wc/testing';
import { openPage, recorded, settledWidgets, shadowText, until } from '../helpers/page.js';
import { foreignWords } from '../helpers/language.js';

const jsFiles = (frame: HTMLIFrameElement) =>
  frame
    .contentWindow!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js'));

describe('the one-tag embed (dist/lamtheo.js)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('upgrades elements that were in the page before the script loaded, in the page language', async () => {
    const frame = await openPage('/test/pages/upgrade-en.html');
    const doc = frame.contentDocument!;
    const figure = await until(() => doc.querySelector('#figure')?.shadowRoot?.querySelector('[part~=value]'), 'value');
    await until(() => shadowText(doc.querySelector('#missing')).includes('cannot be shown'), 'English error view');
    expect(figure.textContent).to.equal('11,368');
    expect(shadowText(doc.querySelector('#missing'))).to.include('The embed of this widget has 1 problem.');
    // Numbers and words follow the nearest lang attribute: this one sits in a lang="vi" block.
    const viFigure = doc.querySelector('#vi-figure')!;
    expect(viFigure.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
    const viMissing = doc.querySelector('#vi-missing')!;
    await until(() => shadowText(viMissing).includes('Không hiển thị được dữ liệu.'), 'Vietnamese error view');
    expect(shadowText(viMissing)).to.include('Mã nhúng của tiện ích này có 1 lỗi.');
    for (const id of ['#vi-figure', '#vi-missing'])
      expect(await foreignWords(doc.querySelector(id)!, 'vi')).to.deep.equal([]);
    for (const id of ['#figure', '#missing'])
      expect(await foreignWords(doc.querySelector(id)!, 'en')).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('downloads only the code of the families whose tags are in the page', async () => {
    const frame = await openPage('/test/pages/upgrade-en.html');
    await until(() => frame.contentDocument!.querySelector('#figure')?.shadowRoot?.textContent, 'counter');
    const files = jsFiles(frame);
    expect(files).to.include('/dist/lamtheo.js');
    // The family's entry file holds its code (no chunk behind a re-exporting entry).
    expect(files).to.include('/dist/counter.js');
    for (const family of ['commendations', 'pledge', 'spaces']) {
      expect(
        files.some((path) => path.includes(family)),
        `${family} code downloaded`,
      ).to.equal(false);
    }
  });

  it('never downloads the studio for a page with widgets and no studio tag, and downloads it for a page with one', async () => {
    const frame = await openPage('/test/pages/upgrade-en.html');
    await until(() => frame.contentDocument!.querySelector('#figure')?.shadowRoot?.textContent, 'counter');
    const visitors = jsFiles(frame);
    expect(visitors.filter((path) => /studio/.test(path))).to.deep.equal([]);
    expect(frame.contentWindow!.customElements.get('lamtheo-studio')).to.equal(undefined);

    // The same page once an administrator's studio is added: its entry and its own chunks come now.
    frame.contentDocument!.body.append(frame.contentDocument!.createElement('lamtheo-studio'));
    await until(() => frame.contentWindow!.customElements.get('lamtheo-studio'), 'studio defined');
    const studioFiles = jsFiles(frame).filter((path) => !visitors.includes(path));
    expect(studioFiles).to.include('/dist/studio.js');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('defines nothing for a page without lamtheo tags, then loads a family when a portal script adds its tag', async () => {
    const frame = await openPage('/test/pages/empty.html');
    const win = frame.contentWindow!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(win.customElements.get('lamtheo-counter')).to.equal(undefined);
    expect(jsFiles(frame).filter((path) => path.includes('/chunks/'))).to.deep.equal([]);

    const holder = frame.contentDocument!.createElement('section');
    holder.innerHTML = '<div><lamtheo-counter metric="x"></lamtheo-counter></div>';
    frame.contentDocument!.body.append(holder);
    await until(() => win.customElements.get('lamtheo-counter'), 'counter defined after insertion');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('survives two copies of the library on one page and leaves working elements', async () => {
    const frame = await openPage('/test/pages/twice.html');
    const value = await until(
      () => frame.contentDocument!.querySelector('#figure')?.shadowRoot?.querySelector('[part~=value]'),
      'value',
    );
    expect(value.textContent).to.equal('11.368');
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('renders every widget under a strict Content-Security-Policy with Trusted Types, with no violation', async () => {
    const frame = await openPage('/test/pages/csp/index.html', { width: 1000, height: 3000 });
    const doc = frame.contentDocument!;
    const widgets = await settledWidgets(doc);
    const states = Object.fromEntries(widgets.map((el) => [el.id, el.getAttribute('state')]));
    expect(states).to.deep.equal({
      figure: 'ready',
      broken: 'error',
      grid: 'ready',
      table: 'ready',
      form: 'ready',
      list: 'ready',
      map: 'ready',
    });
    expect(doc.querySelector('#figure')!.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11.368');
    expect(recorded(frame).violations).to.deep.equal([]);
    expect(recorded(frame).errors).to.deep.equal([]);
  });

  it('adds no global CSS (but the space of lamtheo tags still undefined) and no global variables besides Lit’s own version registries', async () => {
    const before = await openPage('/test/pages/empty.html?no-script');
    const baseline = new Set(Object.keys(before.contentWindow!));
    const frame = await openPage('/test/pages/upgrade-en.html');
    await until(() => frame.contentDocument!.querySelector('#figure')?.shadowRoot?.textContent, 'counter');
    const win = frame.contentWindow!;
    const added = Object.keys(win).filter((key) => !baseline.has(key) && key !== 'lamtheoTestRecord');
    // Lit records its versions on globalThis so two Lit copies can detect each other; we add nothing else.
    const lit = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];
    expect(added.filter((key) => !lit.includes(key))).to.deep.equal([]);
    expect(frame.contentDocument!.styleSheets.length).to.equal(0);
    // One sheet: the space each lamtheo tag takes until its code has come (internal/reserve.ts).
    // Every selector in it is a lamtheo tag, not defined yet: nothing else in the page is styled.
    const sheets = frame.contentDocument!.adoptedStyleSheets;
    expect(sheets.length).to.equal(1);
    // (The page's own CSSStyleRule, not this window's: told apart by their fields.)
    const selectors = (rules: CSSRuleList): string[] =>
      [...rules].flatMap((rule) =>
        'selectorText' in rule
          ? (rule as CSSStyleRule).selectorText.split(',')
          : 'cssRules' in rule
            ? selectors((rule as CSSGroupingRule).cssRules)
            : [`(${rule.cssText})`],
      );
    const all = selectors(sheets[0].cssRules);
    expect(all.length).to.be.above(10);
    const ours =
      /^lamtheo-[a-z-]+(\[[a-z-]+(="[^"]*"|=[a-z]+)?\]|:not\(\[[a-z-]+(="[^"]*")?\]\))*:not\(:defined\)(::before)?$/;
    expect(all.map((selector) => selector.trim()).filter((selector) => !ours.test(selector))).to.deep.equal([]);
    expect(frame.contentDocument!.querySelectorAll('style').length).to.equal(0);
  });
});
