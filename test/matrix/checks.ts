// The checks of the condition matrix (test/matrix/matrix.test.ts), run on one widget in one
// cell. Each returns problems worded for a person: the element, its text, and what was measured.
// They work across an iframe: every element is read through its own window.

export type CheckName = 'axe' | 'contrast' | 'clipped' | 'overflow' | 'language';
export interface Problem {
  check: CheckName;
  message: string;
}

const windowOf = (node: Node) => node.ownerDocument!.defaultView!;
const styleOf = (element: Element) => windowOf(element).getComputedStyle(element);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const quote = (text: string, max = 60) => {
  const short = squash(text);
  return `"${short.length > max ? `${short.slice(0, max - 1)}…` : short}"`;
};
const px = (value: number) => `${Math.round(value * 10) / 10} px`;

/** The parent in the flat tree: the slot an element is assigned to, its parent, or its shadow host. */
export function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

/** `td.cell` in `lamtheo-commendation-table#table-go-vap`: how a problem names an element. */
export function describe(element: Element): string {
  const classes = [...element.classList]
    .slice(0, 2)
    .map((name) => `.${name}`)
    .join('');
  const part = element.getAttribute('part');
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${classes}${part ? ` part=${part}` : ''}>`;
}

/** Every element of a widget's shadow trees (nested shadow roots too), not its light DOM. */
export function* shadowElements(host: Element): Generator<Element> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* shadowElements(element);
  }
}

/** Text nodes under an element, through nested shadow roots. */
function* textNodes(element: Element): Generator<Text> {
  const roots: (Element | ShadowRoot)[] = [element];
  while (roots.length) {
    const root = roots.pop()!;
    const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) yield node as Text;
      else if ((node as Element).shadowRoot) roots.push((node as Element).shadowRoot!);
    }
  }
}

const invisibleText = new Set(['style', 'script', 'template', 'noscript']);

/** Rendered at all (not display:none, not in a closed details, not visibility:hidden). */
function rendered(element: Element): boolean {
  if (invisibleText.has(element.localName)) return false;
  return element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false } as CheckVisibilityOptions);
}

/** Text meant for screen readers only: a 1 px box, or clipped to nothing. */
export function visuallyHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = composedParent(at)) {
    const rect = at.getBoundingClientRect();
    const style = styleOf(at);
    if ((rect.width <= 1 && rect.height <= 1) || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    if (style.clipPath === 'inset(50%)' || style.clipPath === 'inset(100%)') return true;
    if (at.localName.startsWith('lamtheo-')) return false;
  }
  return false;
}

const inSvg = (element: Element) => element.namespaceURI === 'http://www.w3.org/2000/svg';

/** The text of an element or an ancestor's title, tooltip or accessible name that holds all of `text`. */
function readableElsewhere(element: Element, text: string): boolean {
  const wanted = squash(text).replace(/…$/, '');
  for (let at: Element | null = element; at && !at.localName.startsWith('lamtheo-'); at = composedParent(at))
    for (const attribute of ['title', 'aria-label', 'data-full-text'])
      if (squash(at.getAttribute(attribute) ?? '').includes(wanted)) return true;
  return false;
}

/**
 * Text clipped or cut with no way to read it: a text box wider or taller than a box that hides
 * its overflow (overflow hidden or clip), or cut with `text-overflow: ellipsis`, unless the element
 * or an ancestor carries the whole text as a title or label.
 */
export function clippedText(host: Element): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<Text>();
  for (const element of shadowElements(host)) {
    if (inSvg(element) || !rendered(element) || visuallyHidden(element)) continue;
    const style = styleOf(element);
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    const ellipsis = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
    if (!clipsX && !clipsY && !ellipsis) continue;
    const rect = element.getBoundingClientRect();
    const box = {
      left: rect.left + element.clientLeft,
      top: rect.top + element.clientTop,
      right: rect.left + element.clientLeft + element.clientWidth,
      bottom: rect.top + element.clientTop + element.clientHeight,
    };
    for (const text of textNodes(element)) {
      if (reported.has(text) || !text.data.trim()) continue;
      const parent = text.parentElement;
      if (!parent || inSvg(parent) || !rendered(parent) || visuallyHidden(parent)) continue;
      const range = text.ownerDocument.createRange();
      range.selectNodeContents(text);
      let overX = 0;
      let overY = 0;
      for (const line of range.getClientRects()) {
        if (line.width === 0 || line.height === 0) continue;
        if (clipsX || ellipsis) overX = Math.max(overX, line.right - box.right, box.left - line.left);
        // A text box is as tall as the font's ascent and descent, taller than a line-height of 1:
        // a line counts as clipped when more than a third of it is outside.
        const below = line.bottom - box.bottom;
        const above = box.top - line.top;
        if (clipsY && Math.max(below, above) > line.height / 3) overY = Math.max(overY, below, above);
      }
      if (ellipsis && element.scrollWidth > element.clientWidth + 1)
        overX = Math.max(overX, element.scrollWidth - element.clientWidth);
      if (overX <= 1 && overY <= 1) continue;
      if (readableElsewhere(parent, text.data)) continue;
      reported.add(text);
      const how = [
        overX > 1 ? `${px(overX)} wider than its box (${px(element.clientWidth)})` : '',
        overY > 1 ? `${px(overY)} taller than its box (${px(element.clientHeight)})` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const cut = ellipsis ? 'cut with an ellipsis' : 'clipped';
      problems.push({
        check: 'clipped',
        message: `${quote(text.data)} is ${cut} by ${describe(element)}: ${how}, no title or label holds the rest`,
      });
    }
  }
  return problems;
}

let canvas: HTMLCanvasElement | undefined;
/** The width of a line of text in an element's font. */
function textWidth(element: Element, text: string): number {
  const style = styleOf(element);
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.letterSpacing = style.letterSpacing === 'normal' ? '0px' : style.letterSpacing;
  return context.measureText(text).width;
}

/**
 * The room a <select> of this font keeps for its drop-down arrow, measured: a select holding one
 * option, as wide as it wants to be, minus its padding and its text.
 */
function arrowWidth(select: HTMLSelectElement): number {
  const style = styleOf(select);
  const probe = select.ownerDocument.createElement('select');
  probe.style.cssText = `position:absolute;visibility:hidden;inline-size:auto;min-inline-size:0;font:${style.font};padding:${style.padding};border:${style.border}`;
  probe.append(new Option('MMMMMMMMMM'));
  select.ownerDocument.body.append(probe);
  const arrow =
    probe.clientWidth -
    parseFloat(style.paddingLeft) -
    parseFloat(style.paddingRight) -
    textWidth(select, 'MMMMMMMMMM');
  probe.remove();
  return Math.max(0, arrow);
}

const textInputs = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number']);

/**
 * Form controls whose own text is cut, which the text-node check cannot see: a placeholder or
 * value wider than its field, the chosen option of a <select> wider than the box beside its arrow.
 */
export function cutControls(host: Element): Problem[] {
  const problems: Problem[] = [];
  for (const element of shadowElements(host)) {
    if (!rendered(element) || visuallyHidden(element)) continue;
    let text = '';
    let what = '';
    let arrow = 0;
    if (element.localName === 'input' && textInputs.has((element.getAttribute('type') ?? '').toLowerCase())) {
      const input = element as HTMLInputElement;
      [text, what] = input.value ? [input.value, 'the value'] : [input.placeholder, 'the placeholder'];
    } else if (element.localName === 'select' && !(element as HTMLSelectElement).multiple) {
      const select = element as HTMLSelectElement;
      text = select.selectedOptions[0]?.textContent ?? '';
      what = 'the chosen option';
      arrow = arrowWidth(select); // the drop-down arrow beside the text
    }
    if (!text.trim()) continue;
    const style = styleOf(element);
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    const width = textWidth(element, squash(text));
    if (width > room + 1)
      problems.push({
        check: 'clipped',
        message: `${what} ${quote(text)} of ${describe(element)} is cut: ${px(width)} of text in ${px(room)} of room`,
      });
  }
  return problems;
}

const scrolls = (style: CSSStyleDeclaration) => !['visible', 'clip'].includes(style.overflowX);

/**
 * Horizontal overflow: the widget wider than the page, its own content wider than itself, or a
 * box inside it reaching past its right (or left) edge without a scrolling box around it.
 */
export function horizontalOverflow(host: Element): Problem[] {
  const problems: Problem[] = [];
  const page = host.ownerDocument.documentElement.clientWidth;
  const edge = host.getBoundingClientRect();
  if (edge.right > page + 1)
    problems.push({
      check: 'overflow',
      message: `the widget reaches ${px(edge.right - page)} past the page's right edge (page ${px(page)})`,
    });
  if (host.scrollWidth > host.clientWidth + 1 && host.clientWidth > 0)
    problems.push({
      check: 'overflow',
      message: `the widget's content is ${px(host.scrollWidth - host.clientWidth)} wider than the widget (${px(host.clientWidth)})`,
    });
  // Boxes inside a scrolling box, an SVG, or a box already reported are not measured again.
  const skipped = new Set<Element>();
  for (const element of shadowElements(host)) {
    // A box that scrolls sideways: a table 15 px too wide for its frame reads as cut.
    const sideways = ['auto', 'scroll'].includes(styleOf(element).overflowX);
    if (sideways && element.scrollWidth > element.clientWidth + 1 && rendered(element) && !visuallyHidden(element))
      problems.push({
        check: 'overflow',
        message: `${describe(element)} ${quote(element.textContent ?? '', 40)} scrolls sideways: its content is ${px(element.scrollWidth - element.clientWidth)} wider than its box (${px(element.clientWidth)})`,
      });
    const parent = composedParent(element);
    if (parent && (skipped.has(parent) || (parent !== host && scrolls(styleOf(parent))) || inSvg(parent))) {
      skipped.add(element);
      continue;
    }
    if (!rendered(element) || visuallyHidden(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const right = rect.right - edge.right;
    const left = edge.left - rect.left;
    if (right <= 1 && left <= 1) continue;
    skipped.add(element);
    problems.push({
      check: 'overflow',
      message: `${describe(element)} ${quote(element.textContent ?? '', 40)} reaches ${px(Math.max(right, left))} past the widget's ${right > 1 ? 'right' : 'left'} edge (widget ${px(edge.width)} wide, box ${px(rect.width)})`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Language

/** Letters that English never uses and Vietnamese does (its own letters and tone marks). */
const vietnameseLetter =
  /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/;

/** Phrases of the English interface that the issue saw leak into Vietnamese widgets. */
const englishPhrases = ['Search', 'Download', 'more than', 'Loading', 'No data'];

/** Every string a widget shows or has read aloud: text, and the attributes that are read or shown. */
export function spokenStrings(host: Element): { text: string; where: string }[] {
  const strings: { text: string; where: string }[] = [];
  for (const text of textNodes(host.shadowRoot as unknown as Element)) {
    const parent = text.parentElement;
    if (!parent || !text.data.trim()) continue;
    const svgTitle = inSvg(parent) && (parent.localName === 'title' || parent.localName === 'desc');
    // The options of a closed <select> have no box, yet are read and shown when it opens.
    const select = parent.closest('select');
    if (!svgTitle && !(select ? rendered(select) : rendered(parent))) continue;
    strings.push({ text: squash(text.data), where: describe(parent) });
  }
  for (const element of shadowElements(host)) {
    if (!inSvg(element) && !rendered(element)) continue;
    for (const attribute of [
      'placeholder',
      'aria-label',
      'title',
      'alt',
      'aria-valuetext',
      'aria-roledescription',
      'label',
    ]) {
      const value = element.getAttribute(attribute);
      if (value?.trim()) strings.push({ text: squash(value), where: `${attribute} of ${describe(element)}` });
    }
  }
  return strings;
}

/** Every string value in a dataset (names, places, units, titles): data, in whatever language. */
export function dataStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (/\p{L}/u.test(value) && value.length > 1) into.add(value.toLocaleLowerCase('vi'));
  } else if (Array.isArray(value)) value.forEach((item) => dataStrings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => dataStrings(item, into));
  return into;
}

/**
 * A text with every data string taken out, longest first. A text that is itself a piece of one
 * data string (a name split over two elements so that "Phường 1" stays on one line) is data too.
 */
export function withoutData(text: string, data: readonly string[]): string {
  let rest = text.toLocaleLowerCase('vi');
  for (const value of data) if (rest.includes(value)) rest = rest.split(value).join(' ');
  const piece = rest.replace(/\s+/g, ' ').trim();
  if (piece.length > 3 && data.some((value) => value.includes(piece))) return '';
  return rest;
}

/**
 * The words of the English interface: every word of four letters or more in the English targets
 * of src/i18n/xliff/en.xlf that is neither in a Vietnamese source nor in the data.
 */
export function englishWords(xliff: string, data: Iterable<string>): Set<string> {
  const documentOf = new DOMParser().parseFromString(xliff, 'application/xml');
  const words = (selector: string) =>
    [...documentOf.querySelectorAll(selector)].flatMap(
      (node) => (node.textContent ?? '').toLocaleLowerCase('vi').match(/(?<![\p{L}])[a-z]{4,}(?![\p{L}])/gu) ?? [],
    );
  const vietnamese = new Set(words('source'));
  const dataWords = new Set([...data].flatMap((value) => value.match(/[a-z]{4,}/g) ?? []));
  const english = new Set(words('target').filter((word) => !vietnamese.has(word) && !dataWords.has(word)));
  for (const phrase of englishPhrases) english.add(phrase.toLocaleLowerCase('vi'));
  return english;
}

/**
 * Strings in the wrong language: in an English widget, a string with Vietnamese letters once the
 * data is taken out; in a Vietnamese widget, a word or phrase of the English interface.
 */
export function wrongLanguage(
  host: Element,
  language: 'vi' | 'en',
  data: Set<string>,
  english: Set<string>,
): Problem[] {
  const sorted = [...data].sort((a, b) => b.length - a.length);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { text, where } of spokenStrings(host)) {
    const rest = withoutData(text, sorted);
    let found: string[] = [];
    if (language === 'en') {
      found = (rest.match(/[\p{L}]+/gu) ?? []).filter((word) => vietnameseLetter.test(word));
    } else {
      const at: [number, string][] = [];
      for (const phrase of english) {
        const pattern = new RegExp(`(?<![\\p{L}])${phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'u');
        const index = rest.search(pattern);
        if (index >= 0) at.push([index, phrase]);
      }
      // In the order they are read; a word inside a phrase found ("more" in "more than") once.
      found = at
        .sort((a, b) => a[0] - b[0])
        .map(([, phrase]) => phrase)
        .filter((word, _, all) => !all.some((phrase) => phrase !== word && phrase.split(' ').includes(word)));
    }
    if (!found.length) continue;
    const key = `${text}|${where}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const said = language === 'en' ? 'Vietnamese words' : 'English words';
    problems.push({
      check: 'language',
      message: `${quote(text, 80)} in ${where} has ${said} (${[...new Set(found)].slice(0, 4).join(', ')}) in a widget that should speak ${language}`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// axe

interface AxeNode {
  element?: Element;
  html: string;
  failureSummary?: string;
  any: { id: string; data?: Record<string, unknown> }[];
}
interface AxeResult {
  violations: { id: string; help: string; nodes: AxeNode[] }[];
}
export interface Axe {
  run(context: unknown, options: unknown): Promise<AxeResult>;
}

/** Loads axe-core into a frame's window (once). */
export async function axeIn(frame: Window): Promise<Axe> {
  const win = frame as Window & { axe?: Axe };
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('could not load axe-core')));
      win.document.head.append(script);
    });
  }
  return win.axe!;
}

const hex = (value: unknown) => String(value ?? '?');

/** One line for an axe finding, with the measured contrast for the colour-contrast rule. */
function axeMessage(rule: { id: string; help: string }, node: AxeNode): Problem {
  const element = node.element;
  const text = element ? quote(element.textContent ?? '', 50) : node.html.slice(0, 80);
  const where = element ? describe(element) : node.html.slice(0, 60);
  const contrast = node.any.find((check) => check.id === 'color-contrast')?.data;
  if (rule.id === 'color-contrast' && contrast) {
    return {
      check: 'contrast',
      message: `${text} in ${where}: contrast ${contrast.contrastRatio}:1, needs ${contrast.expectedContrastRatio} (${hex(contrast.fgColor)} on ${hex(contrast.bgColor)}, ${contrast.fontSize} ${contrast.fontWeight})`,
    };
  }
  return {
    check: 'axe',
    message: `${rule.id} (${rule.help}) at ${where} ${text}: ${squash(node.failureSummary ?? '')}`,
  };
}

/**
 * Runs axe once over every widget of a page (colour contrast on, as every rule) and sorts its
 * findings by widget.
 */
export async function axeProblems(frame: Window, hosts: Element[]): Promise<Map<Element, Problem[]>> {
  const axe = await axeIn(frame);
  const result = await axe.run({ include: hosts }, { resultTypes: ['violations'], elementRef: true });
  const byHost = new Map<Element, Problem[]>(hosts.map((host) => [host, []]));
  for (const rule of result.violations)
    for (const node of rule.nodes) {
      let host: Element | null = node.element ?? null;
      while (host && !byHost.has(host)) host = composedParent(host);
      byHost.get(host ?? hosts[0])!.push(axeMessage(rule, node));
    }
  return byHost;
}
