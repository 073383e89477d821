import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { embedAttributes, upgradeEmbed } from '../../src/embed-forms.js';
import { urlScheme } from '../../src/schema/url.js';
import { checkProperty, runsFor } from './harness.js';

const known = Object.keys(embedAttributes);
const hostileValues = [
  'javascript:window.fuzzHacked=1',
  ' \u0001java\tscript:window.fuzzHacked=1',
  'vbscript:x',
  'data:application/json,{"version":1}',
  '"><img src=x onerror="window.fuzzHacked=1">',
  "x' onmouseover='window.fuzzHacked=1",
  'x'.repeat(2001),
  '/du-lieu.json',
];
const names = fc.oneof(
  fc.constantFrom(...new Set(Object.values(embedAttributes).flatMap((list) => list.split(' ')))),
  fc.constantFrom('onclick', 'style', 'href', 'lamtheo', '__proto__', 'constructor', 'src'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
);
const values = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...hostileValues));
const embed = fc.record({
  form: fc.constantFrom('data', 'link'),
  widget: fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 12 })),
  pairs: fc.array(fc.tuple(names, values), { maxLength: 6 }),
  src: fc.oneof(fc.constant(''), fc.constantFrom(...hostileValues), fc.string({ unit: 'binary', maxLength: 30 })),
});

describe('fuzz: the embed forms the loader upgrades', () => {
  it('never throws, never copies an attribute a widget lacks or an address it would not read, never adds markup', async () => {
    const holder = document.createElement('div');
    document.body.append(holder);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await checkProperty(
        'embed forms',
        fc.asyncProperty(embed, async ({ form, widget, pairs, src }) => {
          holder.replaceChildren();
          let element: Element;
          if (form === 'data') {
            element = document.createElement('div');
            element.setAttribute('data-lamtheo', widget);
            if (src) element.setAttribute('data-src', src);
            for (const [name, value] of pairs) element.setAttribute(`data-${name}`, value);
          } else {
            element = document.createElement('a');
            const fragment = [['lamtheo', widget], ...pairs]
              .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
              .join('&');
            element.setAttribute('href', `${src.replace(/#/g, '')}#${fragment}`);
          }
          element.textContent = 'Lời thay thế';
          holder.append(element);
          const before = holder.innerHTML;
          const made = upgradeEmbed(element);
          if (!made) {
            expect(holder.innerHTML).to.equal(before);
            return;
          }
          expect(known).to.include(widget);
          expect(made.localName).to.equal(`lamtheo-${widget}`);
          const allowed = embedAttributes[widget].split(' ');
          for (const name of made.getAttributeNames()) {
            const value = made.getAttribute(name)!;
            expect(allowed).to.include(name);
            expect(value.length).to.be.at.most(2000);
            if (['src', 'live', 'boundaries', 'action'].includes(name))
              expect(['', 'http:', 'https:', 'data:']).to.include(urlScheme(value));
          }
          expect(made.textContent).to.equal('Lời thay thế');
          expect([...holder.querySelectorAll('*')].map((e) => e.localName)).to.deep.equal(
            form === 'data' ? [made.localName] : [made.localName, 'a'],
          );
          expect((window as unknown as { fuzzHacked?: number }).fuzzHacked).to.equal(undefined);
        }),
        await runsFor(500),
      );
    } finally {
      console.warn = warn;
      holder.remove();
    }
  });
});
