import type { Family } from './families.js';

/**
 * Watches a document for lamtheo tags and loads each family's code the first time one of
 * its tags appears, including tags a portal's own scripts add later. Returns a function
 * that stops watching.
 */
export function startAutoloader(families: readonly Family[], root: Document = document): () => void {
  const byTag = new Map<string, Family>();
  for (const family of families) for (const tag of family.tags) byTag.set(tag, family);
  const requested = new Set<Family>();

  const load = (family: Family): void => {
    if (requested.has(family)) return;
    requested.add(family);
    family.load().catch((error: unknown) => {
      // A failed download (slow or broken network) may be retried when a tag appears again.
      requested.delete(family);
      console.warn(`[lamtheo] could not load the "${family.name}" widgets:`, error);
    });
  };

  const scan = (node: Element | Document | DocumentFragment): void => {
    if (node instanceof Element) {
      const family = byTag.get(node.localName);
      if (family) load(family);
    }
    for (const element of node.querySelectorAll(':not(:defined)')) {
      const family = byTag.get(element.localName);
      if (family) load(family);
    }
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
