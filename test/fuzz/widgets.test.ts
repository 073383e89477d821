/**
 * Fuzzing every widget with the cases of cases.ts (its own fixture mutated or cut short,
 * arbitrary JSON, any JavaScript value), given as the `data` property (a value or JSON
 * text) or as an inline `<script type="application/json">`, in Vietnamese or English.
 * Whatever it is given, a widget:
 * - throws nothing uncaught (window `error` and `unhandledrejection` are listened to);
 * - is never a blank box: it has a size, and words a reader can see (its data, or a view
 *   that says why there is none);
 * - when it cannot show the data, says what is wrong and where: its error view lists the
 *   problems (opened, as an administrator would) with their path, each problem worded in
 *   the widget's language with a place (harness.ts).
 */
import fc from 'fast-check';
import '../../src/components/counter/index.js';
import '../../src/components/commendations/index.js';
import '../../src/components/pledge/index.js';
import '../../src/components/spaces/index.js';
import type { LamtheoErrorEvent, Problem } from '../../src/internal/events.js';
import { toLanguage } from '../../src/i18n/language.js';
import { until } from '../helpers/page.js';
import { csvCase, fuzzCaseFor, FuzzCase, loadFixtures, type FixtureName } from './cases.js';
import { checkProperty, documentOf, problemFaults, runsFor } from './harness.js';

/** Attribute values a page might write by mistake. */
const oddAttribute = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', ' ', '__proto__', 'constructor', 'toString', '\u202Ex', 'x\u200B', '\uD800', 'x'.repeat(5000)),
);
const maybe = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const listOf = (ids: string[]) =>
  fc.array(fc.oneof(fc.constantFrom(...ids), oddAttribute), { maxLength: 4 }).map((l) => l.join(' '));

interface WidgetUnderTest {
  tag: string;
  fixture: FixtureName;
  /** The widget's attributes: mostly right, sometimes odd (an unknown id, a bad number). */
  attributes: fc.Arbitrary<Record<string, string | undefined>>;
  /** Cases in `npm test` (LAMTHEO_FUZZ_RUNS for more). */
  runs: number;
}

const widgets: WidgetUnderTest[] = [
  {
    tag: 'lamtheo-counter',
    fixture: 'tan-binh-2017',
    attributes: fc.record({
      metric: fc.oneof(
        { weight: 4, arbitrary: fc.constant('dang-vien') },
        fc.constantFrom('to-chuc-co-so-dang', 'chi-bo-truc-thuoc'),
        oddAttribute,
      ),
      variant: maybe(fc.oneof(fc.constantFrom('plain', 'progress', 'odometer'), oddAttribute)),
      label: maybe(oddAttribute),
    }),
    runs: 40,
  },
  {
    tag: 'lamtheo-counter-grid',
    fixture: 'khoi-co-quan-tw-2018-2019',
    attributes: fc.record({
      metrics: maybe(listOf(['noi-dung-dang-ky-2016', 'to-ndtq-nhan-bao'])),
      heading: maybe(oddAttribute),
      'heading-level': maybe(fc.constantFrom('1', '2', '6', '0', '9', '-1', 'NaN', '')),
      variant: maybe(fc.oneof(fc.constantFrom('plain', 'progress', 'odometer'), oddAttribute)),
    }),
    runs: 40,
  },
  {
    tag: 'lamtheo-commendation-table',
    fixture: 'go-vap-2007-2011',
    attributes: fc.record({
      columns: maybe(listOf(['stt', 'recipient', 'form', 'decision', 'year', 'status'])),
      'group-by': maybe(fc.oneof(fc.constantFrom('year', 'level', 'unit'), oddAttribute)),
      caption: maybe(oddAttribute),
      'virtualize-above': maybe(fc.constantFrom('0', '1', '-1', 'NaN', '1e999', '')),
    }),
    runs: 40,
  },
  {
    tag: 'lamtheo-pledge-form',
    fixture: 'ben-tre-2016-2017',
    attributes: fc.record({
      template: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('ben-tre-2016', 'ben-tre-2017', 'quy-dinh-144-2024') },
        oddAttribute,
      ),
      action: fc.constant('/api/none'),
    }),
    runs: 40,
  },
  { tag: 'lamtheo-pledge-list', fixture: 'ben-tre-2016-2017', attributes: fc.constant({}), runs: 40 },
  {
    tag: 'lamtheo-space-map',
    fixture: 'quan-11-2022',
    attributes: fc.record({ label: maybe(oddAttribute) }),
    runs: 25,
  },
];

/**
 * How the data reaches the widget: the `data` property (a value, or JSON text), an inline
 * `<script type="application/json">`, `src` (a blob: URL of the text's UTF-8 bytes, which
 * may be cut inside a character, as a dropped connection cuts a file), or the `data` of a
 * `<lamtheo-dataset>` around it (and later data goes there too).
 */
type Delivery = 'property' | 'inline script' | 'src' | 'dataset element';

interface Setup {
  c: FuzzCase;
  /** The `lang` of the widget's container: a tag, as a page writes it. */
  lang: string;
  delivery: Delivery;
  /** For `src`: where the bytes are cut, or null for the whole file. */
  byteCut: number | null;
  /** For `src`: the file's content type (the blob's). */
  type?: string;
  animate: boolean;
  attributes: Record<string, string | undefined>;
  /** Data given afterwards, one after the other, through the `data` property. */
  /** What changes afterwards, step by step: data (through `data`), attributes, or both. */
  later: readonly Later[];
}

interface Later {
  c: FuzzCase | null;
  attributes: Record<string, string | undefined> | null;
  /** The page switches language (the `lang` of the widget's container). */
  lang: string | null;
  wait: 'none' | 'task' | 'settled';
}

interface Mounted {
  element: HTMLElement & { state: string; updateComplete: Promise<boolean> };
  wrapper: HTMLElement;
  uncaught: string[];
  problems: readonly Problem[] | undefined;
  /** The case whose data the widget holds last, and that data as the widget read it. */
  last: { c: FuzzCase; input: unknown };
  dispose(): void;
}

/** Puts the widget in the page with the setup's data, listening for what escapes it. */
async function mount(widget: WidgetUnderTest, setup: Setup, withLater = true): Promise<Mounted> {
  const { c, lang, delivery, animate, attributes } = setup;
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.style.width = '640px';
  const element = document.createElement(widget.tag) as Mounted['element'];
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  if (!animate) element.setAttribute('no-animation', '');
  const urls: string[] = [];
  const mounted: Mounted = {
    element,
    wrapper,
    uncaught: [],
    problems: undefined,
    last: { c, input: c.input },
    dispose: () => {},
  };
  const onError = (event: ErrorEvent) => mounted.uncaught.push(`error: ${event.message} ${event.error?.stack ?? ''}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    mounted.uncaught.push(
      `unhandled rejection: ${event.reason instanceof Error ? event.reason.stack : String(event.reason)}`,
    );
  const onProblem = (event: Event) => (mounted.problems = (event as LamtheoErrorEvent).problems);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  element.addEventListener('lamtheo-error', onProblem);
  mounted.dispose = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    wrapper.remove();
    urls.forEach((url) => URL.revokeObjectURL(url));
  };
  const delivered = c.isText || delivery === 'dataset element' ? delivery : 'property';
  // Who gets the data set later: the widget, or the <lamtheo-dataset> it sits in.
  let holder: HTMLElement = element;
  if (delivered === 'dataset element') {
    holder = document.createElement('lamtheo-dataset');
    (holder as unknown as { data: unknown }).data = c.input;
    holder.append(element);
  } else if (delivered === 'inline script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = c.input as string;
    element.append(script);
  } else if (delivered === 'src') {
    let bytes = new TextEncoder().encode(c.input as string);
    if (setup.byteCut !== null) bytes = bytes.slice(0, setup.byteCut % (bytes.length + 1));
    mounted.last.input = new TextDecoder().decode(bytes);
    const url = URL.createObjectURL(new Blob([bytes], { type: setup.type ?? 'application/json' }));
    urls.push(url);
    element.setAttribute('src', url);
  } else (element as unknown as { data: unknown }).data = c.input;
  wrapper.append(holder);
  document.body.append(wrapper);
  for (const next of withLater ? setup.later : []) {
    if (next.wait === 'task') await new Promise((resolve) => setTimeout(resolve));
    if (next.wait === 'settled') await until(() => settled.includes(element.state), 'settled', 8000).catch(() => {});
    // (A widget tells its problems again when they change; new data or words make new ones.)
    const newLanguage = next.lang !== null && toLanguage(next.lang) !== toLanguage(wrapper.lang);
    if (next.c || newLanguage) mounted.problems = undefined;
    if (next.lang !== null) wrapper.lang = next.lang;
    for (const [name, value] of Object.entries(next.attributes ?? {}))
      if (value === undefined) element.removeAttribute(name);
      else element.setAttribute(name, value);
    if (next.c) {
      mounted.last = { c: next.c, input: next.c.input };
      (holder as unknown as { data: unknown }).data = next.c.input;
    }
  }
  return mounted;
}

/** A setup for a widget: its own fixture's cases, its attributes, sometimes more data after. */
const setupFor = (widget: WidgetUnderTest): fc.Arbitrary<Setup> =>
  fc.record({
    c: fuzzCaseFor(widget.fixture),
    // The page's language tag (the widget speaks English for en-*, Vietnamese otherwise).
    lang: fc.constantFrom('vi', 'en', 'en-GB', 'vi-VN', 'EN', 'fr', ''),
    delivery: fc.constantFrom<Delivery>('property', 'inline script', 'src', 'dataset element'),
    byteCut: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat() }),
    animate: fc.boolean(),
    attributes: widget.attributes,
    later: fc.oneof(
      { weight: 3, arbitrary: fc.constant([]) },
      fc.array(
        fc.record({
          c: fc.oneof(
            { weight: 1, arbitrary: fc.constant(null) },
            { weight: 2, arbitrary: fuzzCaseFor(widget.fixture) },
          ),
          attributes: fc.oneof(
            { weight: 1, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: widget.attributes },
          ),
          lang: fc.oneof(
            { weight: 3, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: fc.constantFrom('vi', 'en') },
          ),
          wait: fc.constantFrom('none' as const, 'task' as const, 'settled' as const),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    ),
  });

const settled = ['ready', 'stale', 'empty', 'error'];

/** The words a reader can see in an element's rendering (shadow trees and slots followed). */
export function visibleWords(root: Element): string {
  const out: string[] = [];
  const range = document.createRange();
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.trim();
      const parent = node.parentElement;
      if (!text || !parent || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) out.push(text);
      return;
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : [...node.childNodes]) visit(child);
      return;
    }
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node instanceof Element && node.localName === 'script') return;
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    for (const child of children) visit(child);
  };
  visit(root);
  return out.join(' ').replace(/\s+/g, ' ');
}

/** The data as text, to tell words that come from it from words the widget made up. */
function sourceText(input: unknown): string {
  if (typeof input === 'string') {
    // 1e999 in a file is read as Infinity.
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      return input;
    }
    return input + sourceText(parsed);
  }
  try {
    // NaN and Infinity as they are, not as JSON's null: "Infinity" in a message may come from them.
    const replacer = (_key: string, v: unknown) =>
      (typeof v === 'number' && !Number.isFinite(v)) || typeof v === 'bigint' ? String(v) : v;
    return JSON.stringify(input, replacer) ?? String(input);
  } catch {
    // Too deep for JSON.stringify with a replacer (2,000 levels): nothing to compare with.
    try {
      return fc.stringify(input);
    } catch {
      return '';
    }
  }
}

/** Everything wrong with what the widget shows for a case. */
async function widgetFaults(m: Mounted, lang: 'vi' | 'en'): Promise<string[]> {
  const { element } = m;
  const faults: string[] = [];
  try {
    await until(() => settled.includes(element.state), `<${element.localName}> leaving the loading state`, 8000);
  } catch {
    faults.push(`still "${element.state}" after 8 s`);
  }
  await element.updateComplete.catch(() => {});
  // A task and a frame for what happens after the first render (lazy parts, the map's fit).
  await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

  const box = element.getBoundingClientRect();
  if (!(box.width > 0 && box.height > 0)) faults.push(`a ${box.width}×${box.height} box`);
  const root = element.shadowRoot;
  if (!root) return [...faults, 'no shadow root (the element was never defined or never rendered)'];

  if (element.state === 'error') {
    const view = root.querySelector<HTMLElement>('[part~=error]');
    if (!view) faults.push('state "error" without the error view');
    else {
      // Opened, as the administrator would, to read every problem and its place.
      view.querySelectorAll('details').forEach((d) => (d.open = true));
      await element.updateComplete;
      // Those seen: "Xem tất cả N lỗi", open, lists every problem in place of the first five.
      const items = [...view.querySelectorAll<HTMLElement>('.problems li')].filter((li) => li.checkVisibility());
      const problems = (m.problems ?? []).filter((p) => p.severity === 'error');
      if (!problems.length) faults.push('state "error" without a lamtheo-error event telling the problems');
      const notLoaded = problems.length > 0 && problems.every((p) => /^http|^network|^timeout/.test(p.code));
      if (!notLoaded && !items.length)
        faults.push(`an error view without the list of problems: "${visibleWords(view)}"`);
      items.forEach((item, i) => {
        const p = problems[i];
        // Only the white space of the markup is folded: \s would also fold a BOM or a no-break
        // space that is part of a path or a message.
        const fold = (t: string) => t.replace(/[ \t\n\r]+/g, ' ').trim();
        const text = fold(item.textContent ?? '');
        if (!p) return;
        // A mistake in the embed is placed by its attribute (metric="dang-vienn"), one in the file by its path.
        const place = p.attribute ?? p.path;
        if (place && !text.includes(place)) faults.push(`the error view does not show the place "${place}": "${text}"`);
        if (!text.includes(fold(p.message)))
          faults.push(`the error view does not show the problem "${p.message}": "${text}"`);
        if (!visibleWords(item)) faults.push(`the problem "${text.slice(0, 80)}" is not visible once opened`);
      });
    }
  }
  // Every problem a widget tells (in its error view, or beside data it could still draw, as
  // the map does with a bad boundary) is worded in its language, with a place.
  if (m.problems)
    faults.push(
      ...m.problems.flatMap((p) =>
        problemFaults(p, lang, m.last.c.csv ? undefined : documentOf(m.last.input, m.last.c.isText), m.last.c.csv),
      ),
    );
  const words = visibleWords(element);
  if (!/[\p{L}\p{N}]{2}/u.test(words)) faults.push(`no visible words in state "${element.state}" ("${words}")`);
  // Program values shown as words ("NaN đảng viên", "undefined"), unless the data itself says them.
  const source = sourceText(m.last.input);
  for (const token of ['NaN', 'undefined', '[object ', 'Infinity'])
    if (words.includes(token) && !source.includes(token)) {
      const at = words.indexOf(token);
      faults.push(`shows "${token}": "…${words.slice(Math.max(0, at - 60), at + 40)}…"`);
    }
  return faults;
}

describe('fuzzing the widgets', () => {
  const warn = console.warn;
  before(loadFixtures);
  // Each error is told on the console by the widget; 200 of them would bury the test output.
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => {
    console.warn = warn;
    localStorage.clear();
  });

  it('<lamtheo-commendation-table> given a CSV list: the same, each problem placed by line and column', async function () {
    this.timeout(0);
    const table = widgets.find((w) => w.tag === 'lamtheo-commendation-table')!;
    const setup = fc.record({
      c: csvCase,
      lang: fc.constantFrom('vi', 'en'),
      delivery: fc.constant<Delivery>('src'),
      byteCut: fc.constant(null),
      // text/plain and no type: the table decides by the first line.
      type: fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'text/plain', ''),
      animate: fc.constant(false),
      attributes: table.attributes,
      later: fc.constant([]),
    });
    await checkProperty(
      '<lamtheo-commendation-table> CSV',
      fc.asyncProperty(setup, async (s) => {
        const m = await mount(table, s);
        try {
          const faults = [...(await widgetFaults(m, toLanguage(s.lang))), ...m.uncaught];
          if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
        } finally {
          m.dispose();
        }
      }),
      await runsFor(30),
    );
  });

  for (const widget of widgets) {
    it(`<${widget.tag}>: no uncaught exception, never a blank box, every error worded with its place`, async function () {
      this.timeout(0); // bounded by the number of cases; each waits at most 8 s
      const runs = await runsFor(widget.runs);
      await checkProperty(
        `<${widget.tag}>`,
        fc.asyncProperty(setupFor(widget), async (setup) => {
          const m = await mount(widget, setup);
          try {
            // The language the page speaks last.
            const lang = [setup.lang, ...setup.later.map((l) => l.lang)].filter((l) => l !== null).pop()!;
            const faults = await widgetFaults(m, toLanguage(lang));
            faults.push(...m.uncaught);
            if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
            if (setup.later.length) {
              // Given data after data, or new attributes, the widget ends as a new one given the
              // last data and attributes alone.
              const last = new FuzzCase(m.last.input, m.last.c.recipe, m.last.c.isText, m.last.c.csv);
              const attributes = Object.assign({}, setup.attributes, ...setup.later.map((l) => l.attributes ?? {}));
              const fresh = await mount(
                widget,
                { ...setup, c: last, attributes, lang, delivery: 'property', later: [] },
                false,
              );
              try {
                await widgetFaults(fresh, toLanguage(lang));
                const seen = (x: Mounted) =>
                  x.element.state === 'error'
                    ? `error: ${(x.problems ?? []).map((p) => `${p.code} ${p.path}`).join(', ')}`
                    : x.element.state;
                if (seen(m) !== seen(fresh))
                  throw new Error(
                    `after data changed, "${seen(m)}"; a new widget with the last data: "${seen(fresh)}"`,
                  );
              } finally {
                fresh.dispose();
              }
            }
          } finally {
            m.dispose();
          }
        }),
        runs,
      );
    });
  }
});
