import type { Family } from './families.js';
import { undefinedTagsCss } from './internal/reserve.js';

/**
 * A stylesheet adopted into the document for the lamtheo tags whose code has not come yet: each
 * takes the space its widget will take (internal/reserve.ts), so the page does not move when
 * the code and then the data arrive. Its selectors are all `lamtheo-…:not(:defined)`.
 */
function reserveSpace(root: Document): (grid: Element) => void {
  const grids = new Set<string>();
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(undefinedTagsCss());
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    return () => {}; // No constructable stylesheets (an old browser): the widgets load as before.
  }
  return (grid) => {
    const metrics = grid.getAttribute('metrics');
    if (metrics === null || grids.has(metrics)) return;
    grids.add(metrics);
    sheet.replaceSync(undefinedTagsCss(grids));
  };
}

/**
 * Watches a document for lamtheo tags and loads each family's code the first time one of
 * its tags appears, including tags a portal's own scripts add later. Returns a function
 * that stops watching.
 */
export function startAutoloader(families: readonly Family[], root: Document = document): () => void {
  const byTag = new Map<string, Family>();
  for (const family of families) for (const tag of family.tags) byTag.set(tag, family);
  const requested = new Set<Family>();
  const reserveGrid = reserveSpace(root);

  const load = (family: Family): void => {
    if (requested.has(family)) return;
    requested.add(family);
    family.load().catch((error: unknown) => {
      // A failed download (slow or broken network) may be retried when a tag appears again.
      requested.delete(family);
      console.warn(`[lamtheo] could not load the "${family.name}" widgets:`, error);
    });
  };

  const found = (element: Element): void => {
    const family = byTag.get(element.localName);
    if (!family) return;
    if (element.localName === 'lamtheo-counter-grid') reserveGrid(element);
    load(family);
  };
  const scan = (node: Element | Document | DocumentFragment): void => {
    if (node instanceof Element) found(node);
    for (const element of node.querySelectorAll(':not(:defined)')) found(element);
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) scan(node);
      }
    }
    if (requested.size === families.length) observer.disconnect();
  });
  if (requested.size < families.length) {
    observer.observe(root.documentElement ?? root, { childList: true, subtree: true });
  }
  return () => observer.disconnect();
}
