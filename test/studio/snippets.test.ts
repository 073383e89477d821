import { expect } from '@open-wc/testing';
import {
  dataSnippet,
  escapeAttribute,
  linkSnippet,
  scriptSnippet,
  snippet,
  tagSnippet,
  widgetName,
  type Embed,
} from '../../src/studio/snippets.js';

const counter: Embed = { tag: 'lamtheo-counter', attributes: { metric: 'dang-vien' }, fallback: 'Đảng viên: 11.368' };
const parse = (code: string) => new DOMParser().parseFromString(code, 'text/html').body;

describe('embed snippets (src/studio/snippets.ts)', () => {
  it('writes the tag form with the script once for the site', () => {
    expect(scriptSnippet('/lamtheo/lamtheo.js')).to.equal('<script type="module" src="/lamtheo/lamtheo.js"></script>');
    expect(tagSnippet(counter, '/data/q11.json')).to.equal(
      '<lamtheo-counter src="/data/q11.json" metric="dang-vien">Đảng viên: 11.368</lamtheo-counter>',
    );
  });

  it('writes the data-attribute form: the widget named without lamtheo-, each attribute as data-', () => {
    expect(widgetName('lamtheo-commendation-table')).to.equal('commendation-table');
    expect(dataSnippet(counter, '/data/q11.json')).to.equal(
      '<div data-lamtheo="counter" data-src="/data/q11.json" data-metric="dang-vien">Đảng viên: 11.368</div>',
    );
    const grid: Embed = {
      tag: 'lamtheo-counter-grid',
      attributes: { metrics: 'a b', 'heading-level': '3' },
      fallback: 'Số liệu',
    };
    expect(dataSnippet(grid, 'd.json')).to.equal(
      '<div data-lamtheo="counter-grid" data-src="d.json" data-metrics="a b" data-heading-level="3">Số liệu</div>',
    );
  });

  it('writes the link form: the data URL with the widget and its attributes, URL-encoded, in the fragment', () => {
    expect(linkSnippet(counter, '/data/q11.json')).to.equal(
      '<a href="/data/q11.json#lamtheo=counter&amp;metric=dang-vien">Đảng viên: 11.368</a>',
    );
    const link = parse(
      linkSnippet({ ...counter, attributes: { metric: 'số liệu & "x"' } }, '/d.json#old'),
    ).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(
      '/d.json#lamtheo=counter&metric=s%E1%BB%91%20li%E1%BB%87u%20%26%20%22x%22',
    );
    expect(new URLSearchParams(link.getAttribute('href')!.split('#')[1]).get('metric')).to.equal('số liệu & "x"');
  });

  it('leaves out attributes with no value, and the src when there is no data address', () => {
    const form: Embed = {
      tag: 'lamtheo-pledge-form',
      attributes: { template: 'dang-ky-2017', action: '' },
      fallback: 'Đăng ký',
    };
    expect(tagSnippet(form, '')).to.equal('<lamtheo-pledge-form template="dang-ky-2017">Đăng ký</lamtheo-pledge-form>');
    expect(snippet('data', form, '')).to.equal(
      '<div data-lamtheo="pledge-form" data-template="dang-ky-2017">Đăng ký</div>',
    );
  });

  it('escapes hostile values in every form: nothing breaks out of an attribute or the text', () => {
    const hostile = `"><img src=x onerror=alert(1)>'&lt;`;
    const embed: Embed = {
      tag: 'lamtheo-counter',
      attributes: { metric: hostile },
      fallback: `</div><script>alert(1)</script>`,
    };
    expect(escapeAttribute(`"'<>&`)).to.equal('&quot;&#39;&lt;&gt;&amp;');
    for (const form of ['tag', 'data', 'link'] as const) {
      const code = snippet(form, embed, `/d.json?x="1"&y=<2>`);
      const body = parse(code);
      expect(body.children, code).to.have.length(1);
      expect(body.querySelector('img, script'), code).to.equal(null);
      expect(body.firstElementChild!.textContent).to.equal('</div><script>alert(1)</script>');
      const element = body.firstElementChild!;
      if (form === 'tag') expect(element.getAttribute('metric')).to.equal(hostile);
      if (form === 'data') expect(element.getAttribute('data-metric')).to.equal(hostile);
      if (form === 'link') expect(element.getAttribute('href')).to.include(encodeURIComponent(hostile));
    }
  });

  it('refuses a tag or attribute name that HTML would not read as one name', () => {
    expect(() => tagSnippet({ ...counter, attributes: { 'a b': 'x' } }, 'd.json')).to.throw(RangeError);
    expect(() => tagSnippet({ ...counter, tag: 'x onload=alert(1)' }, 'd.json')).to.throw(RangeError);
  });
});
