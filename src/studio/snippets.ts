/**
 * The embed snippets the studio offers for each chosen widget: pure functions, no DOM.
 *
 * Three forms of the same widget, for three kinds of portal editor:
 * 1. tag form — `<lamtheo-counter src="…" metric="x">…</lamtheo-counter>`, with
 *    `<script type="module" src="…/lamtheo.js"></script>` once for the whole site;
 * 2. data-attribute form, for sanitizers that drop unknown tags (DOMPurify's defaults,
 *    TinyMCE): `<div data-lamtheo="counter" data-src="…" data-metric="x">…</div>`;
 * 3. link form, which survives even CKEditor 5's defaults:
 *    `<a href="DATA#lamtheo=counter&amp;metric=x">…</a>`.
 * The loader (`lamtheo.js`) upgrades forms 2 and 3 into the widget; until then, and where
 * scripts never run, the fallback text is what visitors read. Every value is escaped, so a
 * label or a URL with quotes or angle brackets never breaks out of its attribute.
 */

/** One widget to embed: its tag, its attributes (without `src`), and the words shown until it loads. */
export interface Embed {
  /** `lamtheo-counter`, `lamtheo-commendation-table`, … */
  tag: string;
  /** The widget's attributes besides `src`, in order: `{ metric: 'dang-vien' }`. */
  attributes: Readonly<Record<string, string>>;
  /** Plain text, shown before the widget loads and when it cannot (and as the link's text). */
  fallback: string;
}

/** The three forms of a snippet. */
export const snippetForms = ['tag', 'data', 'link'] as const;
export type SnippetForm = (typeof snippetForms)[number];

/** Text content: `&` and `<` `>` become entities. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value: `&`, `"`, `'`, `<`, `>` become entities. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** An attribute name is kept only when HTML would read it as one name (no spaces, quotes, `=`, `<>`/). */
function attributeName(name: string): string {
  const clean = name.trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]*$/.test(clean)) throw new RangeError(`not an attribute name: ${JSON.stringify(name)}`);
  return clean;
}

/** The widget's name in the data and link forms: the tag without `lamtheo-` (`counter`). */
export function widgetName(tag: string): string {
  return attributeName(tag).replace(/^lamtheo-/, '');
}

const attributes = (pairs: readonly (readonly [string, string])[]) =>
  pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** The attributes of an embed that have a value, in order. */
function filled(embed: Embed): [string, string][] {
  return Object.entries(embed.attributes)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => [attributeName(name), value]);
}

/** `<script type="module" src="…"></script>`: once for the whole site, in the theme's footer. */
export function scriptSnippet(script: string): string {
  return `<script type="module" src="${escapeAttribute(script)}"></script>`;
}

/** Form 1: the widget's own tag. */
export function tagSnippet(embed: Embed, data: string): string {
  const tag = attributeName(embed.tag);
  const pairs: [string, string][] = data ? [['src', data], ...filled(embed)] : filled(embed);
  return `<${tag}${attributes(pairs)}>${escapeText(embed.fallback)}</${tag}>`;
}

/** Form 2: a `<div>` with `data-` attributes, for editors that remove unknown tags. */
export function dataSnippet(embed: Embed, data: string): string {
  const pairs: [string, string][] = [['data-lamtheo', widgetName(embed.tag)]];
  if (data) pairs.push(['data-src', data]);
  for (const [name, value] of filled(embed)) pairs.push([`data-${name}`, value]);
  return `<div${attributes(pairs)}>${escapeText(embed.fallback)}</div>`;
}

/**
 * Form 3: a link to the data file whose fragment names the widget and its attributes
 * (`#lamtheo=counter&metric=x`, each value URL-encoded). A fragment the data URL already had
 * is replaced: the browser never sends it, and the loader reads only this one.
 */
export function linkSnippet(embed: Embed, data: string): string {
  const params = [['lamtheo', widgetName(embed.tag)], ...filled(embed)]
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const href = `${data.replace(/#.*$/s, '')}#${params}`;
  return `<a href="${escapeAttribute(href)}">${escapeText(embed.fallback)}</a>`;
}

/** One form of one embed. */
export function snippet(form: SnippetForm, embed: Embed, data: string): string {
  switch (form) {
    case 'tag':
      return tagSnippet(embed, data);
    case 'data':
      return dataSnippet(embed, data);
    case 'link':
      return linkSnippet(embed, data);
  }
}
