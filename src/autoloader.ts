import type { Family } from './families.js';
import { undefinedTagsCss, unavailableAttribute } from './internal/reserve.js';
import { prefetch } from './data/load/prefetch.js';
import { embedSelector, upgradeEmbed } from './embed-forms.js';

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
 * What a tag says when its code could not come or could not run: its file is missing (a
 * half-copied deployment, a proxy that blocks it) or the browser lacks something the widget
 * needs. The loader carries these two sentences itself: the widgets' words (msg()) come with
 * their code, which is what is missing.
 */
const unavailableWords = {
  vi: 'Không hiển thị được nội dung này. Hãy tải lại trang hoặc dùng trình duyệt mới hơn.',
  en: 'This content cannot be shown. Reload the page or use a newer browser.',
};

/**
 * Says so, in the tag's language (its nearest `lang`), in a paragraph before what the
 * administrator wrote inside the tag (that stays, and shows). The reserve sheet lets a tag with
 * this attribute take only the height of its words (internal/reserve.ts). Once: a tag that
 * already says so is left as it is. If the code comes later after all, the widget's shadow root
 * covers both.
 */
function sayUnavailable(element: Element): void {
  if (element.hasAttribute(unavailableAttribute)) return;
  element.setAttribute(unavailableAttribute, '');
  const words = element.ownerDocument.createElement('p');
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  words.textContent = /^en\b/i.test(lang.trim()) ? unavailableWords.en : unavailableWords.vi;
  element.prepend(words);
}

/**
 * Watches a document for lamtheo tags and loads each family's code the first time one of
 * its tags appears, including tags a portal's own scripts add later; the embed forms that
 * survive a portal's editor (embed-forms.ts) become their tags first. A tag whose family could
 * not be loaded, or that stayed undefined once it was (its constructor failed: a feature the
 * browser lacks), says so in words instead of staying an empty box. Returns a function that
 * stops watching.
 */
export function startAutoloader(families: readonly Family[], root: Document = document): () => void {
  const byTag = new Map<string, Family>();
  for (const family of families) for (const tag of family.tags) byTag.set(tag, family);
  const requested = new Set<Family>();
  const reserveGrid = reserveSpace(root);
  // At most two files are fetched early. A browser opens only six connections to a server that
  // speaks HTTP/1.1, and a slow data server holds one for each download: a page of many widgets
  // with files of their own would hold back the widgets' code behind their data. Most pages
  // read one or two files; any others load as before, once their widget asks.
  const early = new Set<string>();
  const fetchEarly = (url: string, base?: string) => {
    if (early.size >= 2 && !early.has(url)) return;
    early.add(url);
    prefetch(url, base);
  };
  const undefinedTags = (family: Family) =>
    root.querySelectorAll(family.tags.map((tag) => `${tag}:not(:defined)`).join());

  const load = (family: Family): void => {
    if (requested.has(family)) return;
    requested.add(family);
    family.load().then(
      () => undefinedTags(family).forEach(sayUnavailable),
      (error: unknown) => {
        // A failed download (slow or broken network) may be retried when a tag appears again.
        requested.delete(family);
        console.warn(`[lamtheo] could not load the "${family.name}" widgets:`, error);
        undefinedTags(family).forEach(sayUnavailable);
      },
    );
  };

  const found = (element: Element): void => {
    const tag = element.localName;
    const family = byTag.get(tag);
    if ((family || tag === 'lamtheo-dataset') && !customElements.get(tag)) {
      // Its data downloads while its code does (the element, once defined, takes the response).
      const src = element.getAttribute('src');
      if (src && !element.querySelector(':scope>script[type="application/json"]')) fetchEarly(src);
      // A map's boundaries file is relative to its `src`.
      const boundaries = tag === 'lamtheo-space-map' && element.getAttribute('boundaries');
      if (boundaries) fetchEarly(boundaries, src ?? '');
    }
    if (!family) return;
    if (element.localName === 'lamtheo-counter-grid') reserveGrid(element);
    load(family);
  };
  const scan = (node: Element | Document | DocumentFragment): void => {
    // The data-attribute and link forms (embed-forms.ts) become their widgets first.
    if (node instanceof Element && node.matches(embedSelector)) node = upgradeEmbed(node) ?? node;
    node.querySelectorAll(embedSelector).forEach(upgradeEmbed);
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
  });
  // Kept for the whole page, even once every family is here: an embed added later must
  // still become its widget.
  observer.observe(root.documentElement ?? root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
