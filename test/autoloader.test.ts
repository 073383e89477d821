import { expect } from '@open-wc/testing';
import { startAutoloader } from '../src/autoloader.js';
import type { Family } from '../src/families.js';

const nextMutation = () => new Promise((resolve) => setTimeout(resolve, 0));

function spyFamilies() {
  const loads: string[] = [];
  let failNext = false;
  const family = (name: string, tags: string[]): Family => ({
    name,
    tags,
    load: () => {
      loads.push(name);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('network down'));
      }
      return Promise.resolve();
    },
  });
  return {
    loads,
    failOnce: () => (failNext = true),
    families: [family('counter', ['test-counter', 'test-counter-grid']), family('map', ['test-map'])],
  };
}

describe('the autoloader', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    document.querySelectorAll('.autoload-fixture').forEach((element) => element.remove());
  });

  function addToPage(markup: string): void {
    const holder = document.createElement('div');
    holder.className = 'autoload-fixture';
    holder.innerHTML = markup;
    document.body.append(holder);
  }

  it('loads a family only when one of its tags is in the page', async () => {
    addToPage('<test-counter></test-counter>');
    const spy = spyFamilies();
    stop = startAutoloader(spy.families);
    expect(spy.loads).to.deep.equal(['counter']);
  });

  it('loads nothing for a page without lamtheo tags', () => {
    const spy = spyFamilies();
    stop = startAutoloader(spy.families);
    expect(spy.loads).to.deep.equal([]);
  });

  it('loads a family when a portal script inserts its tag later, deep inside other markup', async () => {
    const spy = spyFamilies();
    stop = startAutoloader(spy.families);
    addToPage('<section><article><test-map></test-map></article></section>');
    await nextMutation();
    expect(spy.loads).to.deep.equal(['map']);
  });

  it('loads each family once however many of its tags appear', async () => {
    const spy = spyFamilies();
    stop = startAutoloader(spy.families);
    addToPage('<test-counter></test-counter><test-counter-grid></test-counter-grid>');
    await nextMutation();
    addToPage('<test-counter></test-counter>');
    await nextMutation();
    expect(spy.loads).to.deep.equal(['counter']);
  });

  it('tries again when a download failed and the tag appears again', async () => {
    const spy = spyFamilies();
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      spy.failOnce();
      stop = startAutoloader(spy.families);
      addToPage('<test-map></test-map>');
      await nextMutation();
      await nextMutation();
      addToPage('<test-map></test-map>');
      await nextMutation();
    } finally {
      console.warn = warn;
    }
    expect(spy.loads).to.deep.equal(['map', 'map']);
    expect(String(warnings[0]?.[0])).to.include('could not load the "map" widgets');
  });

  it('lets a tag whose code could not come, or did not define it, say so in its language and keep its content', async () => {
    const spy = spyFamilies();
    const warn = console.warn;
    console.warn = () => {};
    try {
      spy.failOnce();
      addToPage(
        '<test-map id="vi-map"><p>Danh sách ở trang Tin tức.</p></test-map>' +
          '<div lang="en-GB"><test-map id="en-map"></test-map></div>',
      );
      stop = startAutoloader(spy.families);
      await nextMutation();
      await nextMutation();
    } finally {
      console.warn = warn;
    }
    const text = (id: string) => document.getElementById(id)!.textContent!.trim();
    expect(text('vi-map')).to.equal(
      'Không hiển thị được nội dung này. Hãy tải lại trang hoặc dùng trình duyệt mới hơn.Danh sách ở trang Tin tức.',
    );
    expect(text('en-map')).to.equal('This content cannot be shown. Reload the page or use a newer browser.');
    // The counter family loads, but nothing defines test-counter: it says so once, however often seen.
    addToPage('<test-counter id="counter"></test-counter>');
    await nextMutation();
    await nextMutation();
    addToPage('<test-counter></test-counter>');
    await nextMutation();
    expect(document.getElementById('counter')!.querySelectorAll('p').length).to.equal(1);
    expect(document.getElementById('counter')!.hasAttribute('lamtheo-unavailable')).to.equal(true);
  });
});
