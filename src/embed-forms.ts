/**
 * The two embed forms that come through a portal's editor when the widget's own tag does not
 * (a sanitizer removes unknown elements: DOMPurify's defaults, CKEditor 5, TinyMCE), which the
 * one-tag loader turns into the widget:
 *
 * - the data-attribute form, `<div data-lamtheo="counter" data-src="/du-lieu.json"
 *   data-metric="x">11.368 đảng viên</div>`: every `data-*` but `data-lamtheo` is an attribute;
 * - the link form, `<a href="/du-lieu.json#lamtheo=counter&metric=x">11.368 đảng viên</a>`:
 *   the address before `#` is `src`, the fragment's parameters (URL-encoded) the attributes.
 *
 * The widget is the tag without `lamtheo-`. Only the attributes that widget has are copied
 * (others are ignored with a warning), never run; a URL attribute must be relative, http(s) or,
 * for a data file, `data:`, and no value may be longer than 2,000 characters, or the embed
 * stays as it was written (its words show) with a warning. What was inside the embed becomes
 * the widget's content: visitors read it while the code comes, and if it cannot come.
 * src/studio/snippets.ts writes these forms.
 */

const source = 'src refresh live timeout lang';
const widget = `${source} theme`;
const figure = `${widget} variant compact no-animation`;

/** The attributes each widget takes from an embed, by widget name. */
export const embedAttributes: Readonly<Record<string, string>> = {
  dataset: source,
  counter: `${figure} metric label`,
  'counter-grid': `${figure} metrics tag about heading heading-level announce announce-interval`,
  'commendation-table': `${widget} columns caption virtualize-above url-state group-by`,
  'pledge-form': `${widget} template action csrf-token csrf-header credentials draft-key retry-delay assessment-href`,
  'pledge-list': widget,
  'pledge-review': `${widget} endpoint`,
  'pledge-assessment': `${widget} endpoint receipt`,
  'space-map': `${widget} boundaries label`,
};

/** The attributes that are addresses, and the schemes they may have ('' is a relative address). */
const addresses = ['src', 'live', 'boundaries', 'action', 'assessment-href', 'endpoint'];
const schemes = ['', 'http:', 'https:', 'data:'];

/**
 * The scheme the browser would see, as schema/url.ts `urlScheme` says it (leading spaces and
 * control characters, and tabs and newlines inside, do not count): a copy, for the loader must
 * stay one file (a module shared with the widgets becomes a chunk of its own).
 * test/embed-forms.test.ts checks that both agree.
 */
export const embedUrlScheme = (value: string) =>
  // eslint-disable-next-line no-control-regex
  (/^([a-z][a-z0-9+.-]*:)/i.exec(value.replace(/^[\u0000-\u0020]+|[\t\n\r]/g, ''))?.[1] ?? '').toLowerCase();

/** Elements that may be embeds (a link is one only when its fragment names a widget). */
export const embedSelector = '[data-lamtheo],a[href*="lamtheo="]';

const warn = (words: string, element: Element) => void console.warn(`[lamtheo] ${words}`, element);

/**
 * Replaces an embed with its widget and returns the widget; leaves anything else, and an embed
 * with a value it refuses, as it is (and returns nothing).
 */
export function upgradeEmbed(element: Element): Element | undefined {
  let name: string | null;
  let pairs: [string, string][];
  const link = element.localName === 'a' && !element.hasAttribute('data-lamtheo');
  if (link) {
    const href = element.getAttribute('href') ?? '';
    const hash = href.indexOf('#');
    const params = new URLSearchParams(href.slice(hash + 1));
    name = params.get('lamtheo');
    // A link whose fragment merely mentions lamtheo is someone else's: left alone, quietly.
    if (hash < 0 || !name || !Object.hasOwn(embedAttributes, name)) return;
    params.delete('lamtheo');
    pairs = [...params];
    if (hash > 0) pairs.unshift(['src', href.slice(0, hash)]);
  } else {
    name = element.getAttribute('data-lamtheo') ?? '';
    pairs = [...element.attributes]
      .filter((a) => a.name.startsWith('data-') && a.name !== 'data-lamtheo')
      .map((a) => [a.name.slice(5), a.value]);
    if (!Object.hasOwn(embedAttributes, name)) return warn(`no widget "${name.slice(0, 40)}"`, element);
  }
  const tag = `lamtheo-${name}`;
  const names = embedAttributes[name].split(' ');
  const made = element.ownerDocument.createElement(tag);
  for (const [key, value] of pairs) {
    if (!names.includes(key)) {
      warn(`${tag}: unknown "${key.slice(0, 40)}" ignored`, element);
    } else if (value.length > 2000 || (addresses.includes(key) && !schemes.includes(embedUrlScheme(value)))) {
      return warn(`${tag}: "${key}" refused (too long or not a web address)`, element);
    } else made.setAttribute(key, value);
  }
  if (link) {
    // The link stays as the widget's words, to the data file alone.
    const src = made.getAttribute('src');
    if (src) element.setAttribute('href', src);
    else element.removeAttribute('href');
    element.replaceWith(made);
    made.append(element);
  } else {
    made.append(...element.childNodes);
    element.replaceWith(made);
  }
  return made;
}
