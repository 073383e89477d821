/**
 * Which language a widget speaks, judged by what a visitor meets: its text (visible or for
 * screen readers) and its aria-labels, placeholders and titles, compared with every string of
 * the interface in src/i18n/xliff/en.xlf (Vietnamese source, English target).
 */

/**
 * A string of the interface in one language. A whole string (no placeholder) counts when a text
 * or label is exactly it; a piece between placeholders counts inside a longer text, when it has
 * at least two words (so that data quoting a word, "spaces" or a field path, is not taken for
 * the interface).
 */
export interface Piece {
  text: string;
  whole: boolean;
}

export interface InterfaceStrings {
  /** Words only the Vietnamese interface has. */
  vi: Piece[];
  /** Words only the English interface has. */
  en: Piece[];
}

/** The whole text of a trans-unit's source or target, or its pieces between placeholders. */
function pieces(element: Element | null): Piece[] {
  if (!element) return [];
  const parts: string[] = [''];
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) parts[parts.length - 1] += node.textContent ?? '';
    else parts.push('');
  }
  const texts = parts.map((part) => part.replace(/\s+/g, ' ').trim());
  return texts.length === 1
    ? texts.filter((text) => text.length >= 4).map((text) => ({ text, whole: true }))
    : texts.filter((text) => text.length >= 6 && text.includes(' ')).map((text) => ({ text, whole: false }));
}

let cached: Promise<InterfaceStrings> | undefined;

export function interfaceStrings(): Promise<InterfaceStrings> {
  cached ??= (async () => {
    const xliff = await (await fetch('/src/i18n/xliff/en.xlf')).text();
    const units = [...new DOMParser().parseFromString(xliff, 'application/xml').querySelectorAll('trans-unit')];
    const vi = units.flatMap((unit) => pieces(unit.querySelector('source')));
    const en = units.flatMap((unit) => pieces(unit.querySelector('target')));
    const both = new Set(
      vi.filter((piece) => en.some((other) => other.text === piece.text)).map((piece) => piece.text),
    );
    return { vi: vi.filter((piece) => !both.has(piece.text)), en: en.filter((piece) => !both.has(piece.text)) };
  })();
  return cached;
}

/** Whether a widget's strings hold a piece of the interface. */
export const holds = (strings: readonly string[], piece: Piece): boolean =>
  strings.some((text) => (piece.whole ? text === piece.text : text.includes(piece.text)));

const attributes = ['aria-label', 'aria-description', 'aria-roledescription', 'placeholder', 'title', 'alt'];

/** Whether a visitor meets an element: a screen reader does unless it is aria-hidden; a reader does when it is drawn in the widget's box. */
function met(element: Element, widget: Element): boolean {
  const hidden = element.closest('[aria-hidden=true]');
  if (!hidden) return true;
  if (!hidden.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const box = hidden.getBoundingClientRect();
  const host = widget.getBoundingClientRect();
  if (box.width <= 2 || box.height <= 2) return false;
  return box.right > host.left && box.left < host.right && box.bottom > host.top && box.top < host.bottom;
}

/** Every string a widget shows or gives screen readers: its shadow root's text and labelling attributes. */
export function widgetStrings(widget: Element): string[] {
  const root = widget.shadowRoot;
  if (!root) return [];
  const strings: string[] = [];
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text && node.parentElement && met(node.parentElement, widget)) strings.push(text);
  }
  for (const element of root.querySelectorAll('*'))
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value && met(element, widget)) strings.push(value.replace(/\s+/g, ' ').trim());
    }
  return strings;
}

/** The interface words of the other language found in a widget (none when it speaks `language` only). */
export async function foreignWords(widget: Element, language: 'vi' | 'en'): Promise<string[]> {
  const words = await interfaceStrings();
  const strings = widgetStrings(widget);
  const foreign = (language === 'vi' ? words.en : words.vi).filter((piece) => holds(strings, piece));
  return [...new Set(foreign.map((piece) => piece.text))];
}
