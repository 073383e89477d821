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
import { until } from '../helpers/page.js';
import { fuzzCaseFor, loadFixtures, type FixtureName, type FuzzCase } from './cases.js';
import { checkProperty, documentOf, problemFaults, runsFor } from './harness.js';

interface WidgetUnderTest {
  tag: string;
  fixture: FixtureName;
  attributes: Record<string, string>;
  /** Cases in `npm test` (LAMTHEO_FUZZ_RUNS for more). */
  runs: number;
}

const widgets: WidgetUnderTest[] = [
  { tag: 'lamtheo-counter', fixture: 'tan-binh-2017', attributes: { metric: 'dang-vien' }, runs: 30 },
  { tag: 'lamtheo-counter-grid', fixture: 'khoi-co-quan-tw-2018-2019', attributes: {}, runs: 30 },
  { tag: 'lamtheo-commendation-table', fixture: 'go-vap-2007-2011', attributes: {}, runs: 30 },
  {
    tag: 'lamtheo-pledge-form',
    fixture: 'ben-tre-2016-2017',
    attributes: { template: 'ben-tre-2016', action: '/api/none' },
    runs: 30,
  },
  { tag: 'lamtheo-pledge-list', fixture: 'ben-tre-2016-2017', attributes: {}, runs: 30 },
  { tag: 'lamtheo-space-map', fixture: 'quan-11-2022', attributes: {}, runs: 25 },
];

type Delivery = 'property' | 'inline script';

interface Mounted {
  element: HTMLElement & { state: string; updateComplete: Promise<boolean> };
  wrapper: HTMLElement;
  uncaught: string[];
  problems: readonly Problem[] | undefined;
  dispose(): void;
}

/** Puts the widget in the page with the case's data, listening for what escapes it. */
function mount(widget: WidgetUnderTest, c: FuzzCase, lang: 'vi' | 'en', delivery: Delivery, animate: boolean) {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.style.width = '640px';
  const element = document.createElement(widget.tag) as Mounted['element'];
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  if (!animate) element.setAttribute('no-animation', '');
  const mounted: Mounted = { element, wrapper, uncaught: [], problems: undefined, dispose: () => {} };
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
  };
  if (delivery === 'inline script') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = c.input as string;
    element.append(script);
  } else (element as unknown as { data: unknown }).data = c.input;
  wrapper.append(element);
  document.body.append(wrapper);
  return mounted;
}

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

/** Everything wrong with what the widget shows for a case. */
async function widgetFaults(m: Mounted, c: FuzzCase, lang: 'vi' | 'en'): Promise<string[]> {
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
      const items = [...view.querySelectorAll('.problems li')];
      const problems = (m.problems ?? []).filter((p) => p.severity === 'error');
      if (!problems.length) faults.push('state "error" without a lamtheo-error event telling the problems');
      const notLoaded = problems.length > 0 && problems.every((p) => /^http|^network|^timeout/.test(p.code));
      if (!notLoaded && !items.length)
        faults.push(`an error view without the list of problems: "${visibleWords(view)}"`);
      items.forEach((item, i) => {
        const p = problems[i];
        const text = (item.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!p) return;
        if (p.path && !text.includes(p.path))
          faults.push(`the error view does not show the place "${p.path}": "${text}"`);
        if (!text.includes(p.message.replace(/\s+/g, ' ').trim()))
          faults.push(`the error view does not show the problem "${p.message}": "${text}"`);
        if (!visibleWords(item)) faults.push(`the problem "${text.slice(0, 80)}" is not visible once opened`);
      });
    }
  }
  // Every problem a widget tells (in its error view, or beside data it could still draw, as
  // the map does with a bad boundary) is worded in its language, with a place.
  if (m.problems) faults.push(...m.problems.flatMap((p) => problemFaults(p, lang, documentOf(c.input, c.isText))));
  const words = visibleWords(element);
  if (!/[\p{L}\p{N}]{2}/u.test(words)) faults.push(`no visible words in state "${element.state}" ("${words}")`);
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

  for (const widget of widgets) {
    it(`<${widget.tag}>: no uncaught exception, never a blank box, every error worded with its place`, async function () {
      this.timeout(0); // bounded by the number of cases; each waits at most 8 s
      const runs = await runsFor(widget.runs);
      const delivery = fc.constantFrom<Delivery>('property', 'inline script');
      await checkProperty(
        `<${widget.tag}>`,
        fc.asyncProperty(
          fuzzCaseFor(widget.fixture),
          fc.constantFrom('vi' as const, 'en' as const),
          delivery,
          fc.boolean(),
          async (c, lang, how, animate) => {
            const m = mount(widget, c, lang, c.isText ? how : 'property', animate);
            try {
              const faults = await widgetFaults(m, c, lang);
              faults.push(...m.uncaught);
              if (faults.length) throw new Error(faults.slice(0, 6).join('\n  '));
            } finally {
              m.dispose();
            }
          },
        ),
        runs,
      );
    });
  }
});
