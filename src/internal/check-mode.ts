/**
 * The administrator's check mode: every widget lists every error and warning of its data (the
 * words of `npx lamtheo validate`, with line and column in the file) in a panel that visitors
 * never see. On when the page's address has `?lamtheo=kiem-tra` (or `?lamtheo=check`), or when
 * the widget, its `<lamtheo-dataset>` or any element around it (`<body>`, `<html>`) has the
 * attribute `data-lamtheo-check`: a portal sets it for a logged-in editor.
 */

/** The values of `?lamtheo=` that turn the check mode on. */
export const checkModeValues = ['kiem-tra', 'check'] as const;

/** The attribute that turns the check mode on for an element and everything inside it. */
export const checkModeAttribute = 'data-lamtheo-check';

let lastSearch: string | undefined;
let lastAnswer = false;

/** Whether the page's address asks for the check mode (read again only when the address changed). */
function addressAsks(): boolean {
  const search = globalThis.location?.search ?? '';
  if (search !== lastSearch) {
    lastSearch = search;
    const asked = search.includes('lamtheo') ? new URLSearchParams(search).getAll('lamtheo') : [];
    lastAnswer = asked.some((value) => (checkModeValues as readonly string[]).includes(value.trim().toLowerCase()));
  }
  return lastAnswer;
}

/**
 * Whether `element` shows the check panel: the address asks, or it or an element around it has
 * the attribute (looked for across shadow roots: a widget inside another element's shadow DOM,
 * a preview in the studio, is inside that element).
 */
export function inCheckMode(element: Element): boolean {
  if (addressAsks()) return true;
  for (let node: Element | undefined = element; node;) {
    if (node.closest(`[${checkModeAttribute}]`)) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return false;
}
