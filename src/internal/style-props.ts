import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | number | undefined | null>;

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through
 * a `style` attribute: a portal's Content-Security-Policy without 'unsafe-inline' blocks
 * style attributes (and Lit's styleMap writes one on first render), but not the CSSOM.
 *
 * ```ts
 * html`<span ${styleProps({ '--share': 0.6, 'inline-size': '60%' })}></span>`
 * ```
 */
class StyleProps extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProps goes in element position: <span ${styleProps({…})}>');
  }

  render(_props: Props) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Props]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      const property = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(property, String(value));
      next.add(property);
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
