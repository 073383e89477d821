import { expect } from '@open-wc/testing';
import { embedAttributes, embedUrlScheme, upgradeEmbed } from '../src/embed-forms.js';
import { urlScheme } from '../src/schema/url.js';
import { startAutoloader } from '../src/autoloader.js';
import type { Family } from '../src/families.js';

const nextMutation = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The element's attributes, as name → value. */
const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));

describe('the embed forms that survive a portal’s editor', () => {
  let holder: HTMLElement;
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    holder = document.createElement('article');
    document.body.append(holder);
    warnings = [];
    console.warn = (words: unknown) => warnings.push(String(words));
  });
  afterEach(() => {
    console.warn = warn;
    holder.remove();
  });

  /** Puts markup in the page and upgrades every embed in it, as the loader does. */
  function upgrade(markup: string): Element {
    holder.innerHTML = markup;
    holder.querySelectorAll('[data-lamtheo],a[href*="lamtheo="]').forEach(upgradeEmbed);
    return holder;
  }

  it('turns a data-attribute div into the widget, with its words as the widget’s content', () => {
    upgrade(
      '<p>Trước</p><div data-lamtheo="counter" data-src="/du-lieu.json" data-metric="dang-vien" data-no-animation="">' +
        '11.368 <b>đảng viên</b></div><p>Sau</p>',
    );
    const counter = holder.querySelector('lamtheo-counter')!;
    expect(attributesOf(counter)).to.deep.equal({ src: '/du-lieu.json', metric: 'dang-vien', 'no-animation': '' });
    expect(counter.innerHTML).to.equal('11.368 <b>đảng viên</b>');
    expect([...holder.children].map((el) => el.localName)).to.deep.equal(['p', 'lamtheo-counter', 'p']);
    expect(holder.querySelector('div')).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });

  it('turns a link whose fragment names a widget into the widget, keeping the link to the data file inside', () => {
    upgrade(
      '<p><a href="/du-lieu/khen-thuong.json#lamtheo=counter-grid&amp;metrics=dang-vien%20khen-thuong&amp;heading=S%E1%BB%91%20li%E1%BB%87u%202024">Số liệu 2024</a></p>',
    );
    const grid = holder.querySelector('lamtheo-counter-grid')!;
    expect(attributesOf(grid)).to.deep.equal({
      src: '/du-lieu/khen-thuong.json',
      metrics: 'dang-vien khen-thuong',
      heading: 'Số liệu 2024',
    });
    const link = grid.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/du-lieu/khen-thuong.json');
    expect(link.textContent).to.equal('Số liệu 2024');
    expect(grid.parentElement!.localName).to.equal('p');
  });

  it('takes a link without an address before # as a widget that reads the nearest dataset', () => {
    upgrade('<a href="#lamtheo=counter&amp;metric=x">Số liệu</a>');
    const counter = holder.querySelector('lamtheo-counter')!;
    expect(attributesOf(counter)).to.deep.equal({ metric: 'x' });
    expect(counter.querySelector('a')!.hasAttribute('href')).to.equal(false);
  });

  it('nests: a dataset div holding counter divs becomes a dataset holding counters', () => {
    upgrade(
      '<div data-lamtheo="dataset" data-src="/d.json"><div data-lamtheo="counter" data-metric="a">A</div>' +
        '<p><a href="#lamtheo=counter&amp;metric=b">B</a></p></div>',
    );
    const dataset = holder.querySelector('lamtheo-dataset')!;
    expect(attributesOf(dataset)).to.deep.equal({ src: '/d.json' });
    expect([...dataset.querySelectorAll('lamtheo-counter')].map((c) => c.getAttribute('metric'))).to.deep.equal([
      'a',
      'b',
    ]);
  });

  it('copies only the attributes the widget has, and warns about the others', () => {
    upgrade(
      '<div data-lamtheo="counter" data-metric="x" data-onclick="alert(1)" data-style="color:red" data-metrics="a b" data-lamtheo-x="1">x</div>',
    );
    const counter = holder.querySelector('lamtheo-counter')!;
    expect(attributesOf(counter)).to.deep.equal({ metric: 'x' });
    expect(warnings).to.deep.equal([
      '[lamtheo] lamtheo-counter: unknown "onclick" ignored',
      '[lamtheo] lamtheo-counter: unknown "style" ignored',
      '[lamtheo] lamtheo-counter: unknown "metrics" ignored',
      '[lamtheo] lamtheo-counter: unknown "lamtheo-x" ignored',
    ]);
  });

  it('keeps hostile values as plain attribute values: quotes and markup never become elements', () => {
    const hostile = '"><img src=x onerror="window.lamtheoHacked=1">';
    const div = document.createElement('div');
    div.dataset.lamtheo = 'counter';
    div.dataset.label = hostile;
    div.dataset.metric = "x' onmouseover='alert(1)";
    holder.append(div);
    upgradeEmbed(div);
    const counter = holder.querySelector('lamtheo-counter')!;
    expect(counter.getAttribute('label')).to.equal(hostile);
    expect(counter.getAttribute('metric')).to.equal("x' onmouseover='alert(1)");
    expect(holder.querySelector('img')).to.equal(null);
    expect(counter.getAttributeNames()).to.deep.equal(['label', 'metric']);
  });

  it('refuses a src that is not a web, relative or data address, and a huge value: the embed stays as written', () => {
    const cases = [
      '<div data-lamtheo="counter" data-src="javascript:alert(1)" data-metric="x">A</div>',
      '<div data-lamtheo="counter" data-src=" JaVa\nScRipt:alert(1)" data-metric="x">B</div>',
      '<div data-lamtheo="space-map" data-src="/d.json" data-boundaries="vbscript:x">C</div>',
      '<div data-lamtheo="pledge-form" data-src="/d.json" data-action="javascript:alert(1)">D</div>',
      '<a href="javascript:alert(1)#lamtheo=counter&amp;metric=x">E</a>',
      '<div data-lamtheo="counter" data-src="file:///etc/passwd">F</div>',
      `<div data-lamtheo="counter" data-metric="${'x'.repeat(2001)}">G</div>`,
    ];
    for (const markup of cases) {
      warnings = [];
      upgrade(markup);
      expect(holder.innerHTML, markup.slice(0, 80)).to.equal(markup);
      expect(holder.querySelector('[src],lamtheo-counter'), markup.slice(0, 80)).to.equal(null);
      expect(warnings.length, markup.slice(0, 80)).to.equal(1);
      expect(warnings[0]).to.match(/^\[lamtheo\] lamtheo-[a-z-]+: "(src|boundaries|action|metric)" refused/);
    }
    // Web, relative and data addresses are the ones a widget reads.
    for (const src of [
      'https://so-lieu.example/d.json',
      '//cdn.example/d.json',
      'd.json',
      'data:application/json,{}',
    ]) {
      upgrade(`<div data-lamtheo="counter" data-src="${src}">x</div>`);
      expect(holder.querySelector('lamtheo-counter')?.getAttribute('src'), src).to.equal(src);
    }
  });

  it('reads an address’s scheme as the widgets’ rule (schema/url.ts) does', () => {
    const values = [
      'javascript:alert(1)',
      ' \u0001JaVa\nScRipt:alert(1)',
      'java\tscript:x',
      'DATA:application/json,{}',
      'HTTPS://x.example/d.json',
      '/d.json',
      'd.json#lamtheo=counter',
      '//x.example/d.json',
      'a+b.c-d:x',
      '1http:x',
      ':x',
      '',
    ];
    for (const value of values) expect(embedUrlScheme(value), JSON.stringify(value)).to.equal(urlScheme(value));
  });

  it('leaves links that only mention lamtheo, and says which widget name a div got wrong', () => {
    const links =
      '<a href="#lamtheo">a</a><a href="/tin-tuc?lamtheo=counter">b</a><a href="/x#lamtheo=counters&amp;metric=x">c</a>' +
      '<a href="/x#lamtheo=__proto__">d</a><a href="/x#lamtheo=">e</a><a href="/x#xlamtheo=counter">f</a>';
    upgrade(links);
    expect(holder.innerHTML).to.equal(links);
    expect(warnings).to.deep.equal([]);
    upgrade('<div data-lamtheo="countr" data-metric="x">11.368</div><div data-lamtheo="constructor">y</div>');
    expect(holder.querySelectorAll('div').length).to.equal(2);
    expect(warnings).to.deep.equal(['[lamtheo] no widget "countr"', '[lamtheo] no widget "constructor"']);
  });

  it('upgrades embeds a portal script adds later, once the loader is watching, and loads their family', async () => {
    const loads: string[] = [];
    const families: Family[] = [
      { name: 'counter', tags: ['lamtheo-counter', 'lamtheo-counter-grid'], load: async () => loads.push('counter') },
      { name: 'map', tags: ['lamtheo-space-map'], load: async () => loads.push('map') },
    ];
    holder.innerHTML = '<div data-lamtheo="counter" data-metric="a">A</div>';
    const stop = startAutoloader(families);
    try {
      expect(holder.querySelector('lamtheo-counter')!.getAttribute('metric')).to.equal('a');
      expect(loads).to.deep.equal(['counter']);
      const later = document.createElement('section');
      later.innerHTML = '<p><a href="#lamtheo=space-map&amp;label=B%E1%BA%A3n%20%C4%91%E1%BB%93">Bản đồ</a></p>';
      holder.append(later);
      await nextMutation();
      expect(later.querySelector('lamtheo-space-map')!.getAttribute('label')).to.equal('Bản đồ');
      expect(loads).to.deep.equal(['counter', 'map']);
      // Every family is here, and the loader still upgrades what comes next.
      const last = document.createElement('div');
      last.dataset.lamtheo = 'counter';
      last.dataset.metric = 'c';
      holder.append(last);
      await nextMutation();
      expect(holder.querySelector('lamtheo-counter[metric=c]')).not.to.equal(null);
    } finally {
      stop();
    }
  });

  // Last: it defines the elements, and the loader loads no family for a tag already defined.
  it('knows every widget the loader defines, each with the attributes its element declares', async () => {
    expect(Object.keys(embedAttributes).sort()).to.deep.equal(
      [
        'commendation-table',
        'counter',
        'counter-grid',
        'dataset',
        'pledge-form',
        'pledge-list',
        'pledge-review',
        'pledge-assessment',
        'space-map',
      ].sort(),
    );
    // Every attribute an element observes (but the reflected state and the page's own `lang`,
    // read by the element itself) can be given, and nothing else.
    await import('../src/index.js');
    for (const [name, list] of Object.entries(embedAttributes)) {
      const element = customElements.get(`lamtheo-${name}`) as unknown as { observedAttributes: string[] };
      const observed = element.observedAttributes.filter((a) => a !== 'state' && a !== 'status');
      expect(list.split(' ').sort(), name).to.deep.equal([...observed, 'lang'].sort());
    }
  });
});
