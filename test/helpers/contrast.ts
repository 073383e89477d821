/**
 * The contrast a visitor sees: every piece of text a widget draws (text nodes in its shadow
 * roots, generated labels, the value shown in a field) with its computed colour, laid over the
 * background that is really behind it: the first opaque background up the flat tree, through
 * the host, to the page and the canvas the browser paints under it (dark under
 * `color-scheme: dark`). WCAG 2.2 relative luminance and contrast ratio.
 */

type RGBA = [number, number, number, number];

/** Parses a computed colour: rgb(), rgba() or color(srgb …) (what color-mix() computes to). */
export function parseColour(value: string): RGBA {
  const rgb = /^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\)$/.exec(value);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], alpha(rgb[4])];
  const srgb = /^color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+%?))?\)$/.exec(value);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, alpha(srgb[4])];
  throw new Error(`contrast: cannot read the colour ${value}`);
}
function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text);
}

/** `top` painted over the opaque `bottom`. */
function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const channel = (c: number) => {
    const s = Math.min(255, Math.max(0, c)) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The element's parent in the flat tree, crossing from a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The colour the browser paints the page's canvas with (light or dark, by the root's scheme). */
function canvasColour(doc: Document): RGBA {
  const probe = doc.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  doc.documentElement.append(probe);
  const colour = parseColour(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

/** The opaque colour behind an element: its own background and every one under it. */
export function backgroundBehind(element: Element): RGBA {
  const layers: RGBA[] = [];
  for (let at: Element | null = element; at; at = parentOf(at)) {
    const colour = parseColour(getComputedStyle(at).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  if (!layers.length || layers.at(-1)![3] < 1) layers.push(canvasColour(element.ownerDocument));
  return layers.reduceRight((below, layer) => over(layer, below));
}

/** The product of the opacities from the element up to the page. */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let at: Element | null = element; at; at = parentOf(at)) opacity *= +getComputedStyle(at).opacity;
  return opacity;
}

export interface TextContrast {
  text: string;
  where: string;
  colour: string;
  background: string;
  ratio: number;
}

function isShown(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible') return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

function measure(element: Element, text: string, colourText: string): TextContrast {
  // Under forced colours Chromium draws a backplate of the Canvas colour right behind text
  // (unless forced-color-adjust: none): that, not the box's background, is what text sits on.
  const backplate =
    matchMedia('(forced-colors: active)').matches && getComputedStyle(element).forcedColorAdjust !== 'none';
  const background = backplate ? canvasColour(element.ownerDocument) : backgroundBehind(element);
  const colour = parseColour(colourText);
  const seen = over([colour[0], colour[1], colour[2], colour[3] * opacityOf(element)], background);
  const where = `${(element.getRootNode() as ShadowRoot).host?.localName ?? ''} ${element.localName}.${[...element.classList].join('.')}`;
  const rgb = (c: RGBA) => `rgb(${c.slice(0, 3).map(Math.round).join(' ')})`;
  return {
    text: text.slice(0, 40),
    where,
    colour: rgb(seen),
    background: rgb(background),
    ratio: contrast(seen, background),
  };
}

/** Every piece of text the element's shadow roots (and those nested in them) show. */
export function textContrasts(host: Element): TextContrast[] {
  const found: TextContrast[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        if (node.shadowRoot) visit(node.shadowRoot);
        if (node.closest('svg') || !isShown(node)) continue;
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          const content = style.content.match(/^"(.+)"/)?.[1] ?? (style.content.startsWith('attr(') ? 'attr' : '');
          if (content && style.display !== 'none') found.push(measure(node, `${pseudo} ${content}`, style.color));
        }
        const field = node as HTMLInputElement;
        if (node.localName === 'select' || (['input', 'textarea'].includes(node.localName) && field.value))
          found.push(measure(node, field.value, getComputedStyle(node).color));
        else if (['input', 'textarea'].includes(node.localName) && field.placeholder)
          found.push(measure(node, field.placeholder, getComputedStyle(node, '::placeholder').color));
        continue;
      }
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('svg, style, script, option, template')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const shown = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
      if (!shown || !isShown(parent)) continue;
      found.push(measure(parent, text, getComputedStyle(parent).color));
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

export interface EdgeContrast {
  where: string;
  edge: string;
  ratio: number;
}

/**
 * What must stand out at 3:1 (WCAG 1.4.11): each field's border against what is behind the
 * field, and the focus ring's colour (the widget's --_focus) against the widget's background.
 */
export function edgeContrasts(host: Element): EdgeContrast[] {
  const found: EdgeContrast[] = [];
  const visit = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      if (!['input', 'select', 'textarea'].includes(element.localName) || !isShown(element)) continue;
      if ((element as HTMLInputElement).type === 'checkbox') continue; // drawn by the browser
      const behind = backgroundBehind(parentOf(element)!);
      const border = parseColour(getComputedStyle(element).borderTopColor);
      found.push({
        where: `${host.localName} ${element.localName}`,
        edge: 'border',
        ratio: contrast(over(border, behind), behind),
      });
    }
    const probe = document.createElement('span');
    probe.style.color = 'var(--_focus)';
    root.append(probe);
    const focus = parseColour(getComputedStyle(probe).color);
    probe.remove();
    const behind = backgroundBehind(host);
    found.push({ where: host.localName, edge: 'focus ring', ratio: contrast(over(focus, behind), behind) });
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}
