import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import {
  contrast,
  edgeContrasts,
  parseColour,
  textContrasts,
  type EdgeContrast,
  type TextContrast,
} from '../helpers/contrast.js';
import { settledWidgets, until } from '../helpers/page.js';
import { generateDataset } from '../fixtures/generate/generate.js';

/** One widget of every family (and a shared error view), on the fixtures every-widget.js uses. */
const widgets: Array<[string, Record<string, string>]> = [
  ['lamtheo-counter-grid', { src: '/test/fixtures/tan-binh-2017.json', metrics: 'dang-vien to-chuc-co-so-dang' }],
  ['lamtheo-counter', { src: '/test/fixtures/quan-11-2022.json', metric: 'spaces-launched' }],
  ['lamtheo-counter', { src: '/test/fixtures/tan-binh-2017.json', metric: 'no-such-metric' }],
  ['lamtheo-commendation-table', { src: '/test/fixtures/tan-binh-2017.json' }],
  ['lamtheo-commendation-table', { src: '/test/fixtures/go-vap-2007-2011.json', style: 'width: 340px' }],
  [
    'lamtheo-pledge-form',
    { src: '/test/fixtures/ben-tre-2016-2017.json', template: 'ben-tre-2016', action: '/api/none' },
  ],
  ['lamtheo-pledge-list', { src: '/test/fixtures/ben-tre-2016-2017.json' }],
  ['lamtheo-space-map', { src: '/test/fixtures/quan-11-2022.json', boundaries: '/test/fixtures/geo/quan-11.geojson' }],
];

interface Page {
  /** CSS for the page around the widgets (the portal's). */
  css?: string;
  /** The visitor's system setting. */
  os: 'light' | 'dark';
  /** A `theme` attribute on every widget. */
  theme?: 'light' | 'dark';
  /** A `<meta name="color-scheme">` in the page. */
  meta?: string;
  forcedColors?: boolean;
}

let holder: HTMLElement | undefined;
const added: Element[] = [];

async function show(page: Page): Promise<HTMLElement[]> {
  await emulateMedia({ colorScheme: page.os });
  if (page.forcedColors)
    await executeServerCommand('lamtheo-media', {
      features: [
        { name: 'prefers-color-scheme', value: page.os },
        { name: 'forced-colors', value: 'active' },
      ],
    });
  if (page.css) {
    const style = document.createElement('style');
    style.textContent = page.css;
    added.push(document.head.appendChild(style));
  }
  if (page.meta) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = page.meta;
    added.push(document.head.appendChild(meta));
  }
  holder = document.createElement('div');
  holder.style.width = '1000px';
  for (const [tag, attributes] of widgets) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (page.theme) element.setAttribute('theme', page.theme);
    holder.append(element);
  }
  document.body.append(holder);
  const shown = await settledWidgets(document, 15000);
  // The map's list and the table's rows come in after the first frame.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return shown;
}

/** The lowest contrast of each widget, for the log (the report quotes these figures). */
function lowest(items: Array<TextContrast | EdgeContrast>, label: string): void {
  const byWidget = new Map<string, TextContrast | EdgeContrast>();
  for (const item of items) {
    const key = item.where.split(' ')[0] + ('edge' in item ? ` ${item.edge}` : '');
    if (!byWidget.has(key) || byWidget.get(key)!.ratio > item.ratio) byWidget.set(key, item);
  }
  console.log(`${label}: ` + [...byWidget].map(([key, item]) => `${key} ${item.ratio.toFixed(2)}`).join(', '));
}

async function expectReadable(page: Page, label: string): Promise<void> {
  const hosts = await show(page);
  const texts = hosts.flatMap(textContrasts);
  const edges = hosts.flatMap(edgeContrasts);
  lowest(texts, `${label} text`);
  lowest(edges, `${label} edges`);
  // Enough text was found to mean something: every family drew its words.
  expect(new Set(texts.map((t) => t.where.split(' ')[0]))).to.have.property('size', 6);
  expect(texts.length).to.be.greaterThan(150);
  const poor = texts.filter((t) => t.ratio < 4.5).sort((a, b) => a.ratio - b.ratio);
  expect(poor.slice(0, 8), `${poor.length} pieces of text under 4.5:1`).to.deep.equal([]);
  const faint = edges.filter((e) => e.ratio < 3);
  expect(faint.slice(0, 8), `${faint.length} field borders or focus rings under 3:1`).to.deep.equal([]);
}

describe('widget colours follow the host page (contrast of every visible text)', () => {
  afterEach(async () => {
    holder?.remove();
    added.splice(0).forEach((element) => element.remove());
    await executeServerCommand('lamtheo-media', { features: [] });
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a light page, system light', async () => {
    await expectReadable({ os: 'light' }, 'light page, OS light');
  });

  it('a light page, system dark: still dark text on the light page', async () => {
    await expectReadable({ os: 'dark' }, 'light page, OS dark');
  });

  it('a light portal with its own background and text colours, system dark', async () => {
    await expectReadable({ os: 'dark', css: 'body { background: #fdfbf5; color: #222 }' }, 'cream page, OS dark');
  });

  it('a dark portal (color-scheme: dark and a dark background)', async () => {
    await expectReadable(
      { os: 'light', css: ':root { color-scheme: dark } body { background: #1c1f24; color: #eee }' },
      'dark portal',
    );
  });

  it("a portal's own dark tokens (a high-contrast switch: white on black, yellow accent)", async () => {
    const tokens =
      '--lamtheo-color-text: #fff; --lamtheo-color-muted: #fff; --lamtheo-color-surface: #000;' +
      '--lamtheo-color-subtle: #000; --lamtheo-color-border: #fff; --lamtheo-color-accent: #ff0;' +
      '--lamtheo-color-on-accent: #000; --lamtheo-color-focus: #0ff;';
    await expectReadable(
      { os: 'light', css: `:root { color-scheme: dark; ${tokens} } body { background: #000; color: #fff }` },
      'portal tokens, dark',
    );
  });

  it('a portal that offers both schemes (<meta name=color-scheme content="light dark">), system dark', async () => {
    await expectReadable({ os: 'dark', meta: 'light dark' }, 'meta light dark, OS dark');
  });

  it('theme="dark" on a light page, system light', async () => {
    await expectReadable({ os: 'light', theme: 'dark' }, 'theme=dark on a light page');
  });

  it('theme="light" on a dark portal, system dark', async () => {
    await expectReadable(
      { os: 'dark', theme: 'light', css: ':root { color-scheme: dark } body { background: #1c1f24 }' },
      'theme=light on a dark portal',
    );
  });

  it('forced colours (a contrast theme of the system)', async () => {
    await expectReadable({ os: 'light', forcedColors: true }, 'forced colours');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });
});

describe('what decides the scheme', () => {
  afterEach(async () => {
    holder?.remove();
    added.splice(0).forEach((element) => element.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  const textColour = (host: Element) => getComputedStyle(host.shadowRoot!.querySelector('.label')!).color;

  it('is light by default whatever the system says, dark under the portal color-scheme or theme', async () => {
    const [counter] = await show({ os: 'dark' });
    const light = textColour(counter);
    expect(light, 'system dark, page silent').to.equal('rgb(87, 96, 106)');
    counter.setAttribute('theme', 'dark');
    await (counter as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const dark = textColour(counter);
    expect(dark).to.equal('rgb(157, 167, 179)');
    expect(getComputedStyle(counter).colorScheme).to.equal('dark');
    counter.removeAttribute('theme');
    expect(textColour(counter)).to.equal(light);
    holder!.style.colorScheme = 'dark';
    expect(textColour(counter), 'color-scheme: dark on an ancestor').to.equal(dark);
  });

  it("lets a portal's --lamtheo-color-* tokens win in both schemes", async () => {
    const [counter] = await show({
      os: 'light',
      css: 'lamtheo-counter-grid { --lamtheo-color-accent: rgb(0, 80, 0) }',
    });
    const value = () => getComputedStyle(counter.shadowRoot!.querySelector('.figure')!).color;
    expect(value()).to.equal('rgb(0, 80, 0)');
    counter.setAttribute('theme', 'dark');
    expect(value()).to.equal('rgb(0, 80, 0)');
  });
});

describe('the theme tokens themselves', () => {
  afterEach(() => holder?.remove());

  // Views this suite's pages do not reach (a stale dataset, a sent or queued pledge, a failed
  // refresh) draw the same tokens: each text colour on each ground, in both schemes.
  for (const scheme of ['light', 'dark'] as const)
    it(`every text token reads at 4.5:1 on the surface and the subtle ground (${scheme})`, async () => {
      holder = document.createElement('div');
      const counter = document.createElement('lamtheo-counter');
      counter.setAttribute('theme', scheme);
      holder.append(counter);
      document.body.append(holder);
      await (counter as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const probe = document.createElement('span');
      counter.shadowRoot!.append(probe);
      const resolve = (token: string) => {
        probe.style.color = `var(${token})`;
        return parseColour(getComputedStyle(probe).color);
      };
      const pairs = ['--_fg', '--_muted', '--_accent', '--_ok', '--_warn', '--_danger', '--_focus']
        .flatMap((fg) => ['--_bg', '--_subtle'].map((bg) => [fg, bg]))
        .concat([['--_accent-fg', '--_accent']]);
      const poor = pairs
        .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(resolve(fg), resolve(bg)) }))
        .filter(({ ratio }) => ratio < 4.5);
      probe.remove();
      expect(poor).to.deep.equal([]);
    });
});

describe("the map's canvas (thousands of spaces)", () => {
  afterEach(() => holder?.remove());

  /** How many pixels of the canvas have exactly this colour. */
  const pixelsOf = (canvas: HTMLCanvasElement, [r, g, b]: readonly number[]) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
    return n;
  };

  // A canvas cannot read light-dark() or a system colour: the map hands it resolved colours.
  for (const [scheme, disc, other] of [
    ['light', [255, 255, 255], [22, 27, 34]],
    ['dark', [22, 27, 34], [255, 255, 255]],
  ] as const)
    it(`draws its cluster discs in the ${scheme} surface colour`, async () => {
      holder = document.createElement('div');
      const map = document.createElement('lamtheo-space-map') as HTMLElement & { data: unknown };
      map.style.width = '900px';
      map.setAttribute('theme', scheme);
      map.data = generateDataset({ seed: 3, spaces: 10000, commendations: 0 });
      holder.append(map);
      document.body.append(holder);
      const canvas = await until(() => map.shadowRoot?.querySelector('canvas'), 'the canvas');
      await until(() => pixelsOf(canvas, disc) > 500, `discs in rgb(${disc.join(' ')})`);
      expect(pixelsOf(canvas, other)).to.equal(0);
    });
});
