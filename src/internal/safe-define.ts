/**
 * Defines a custom element unless the tag is taken. Two copies of lamtheo on one page
 * (a portal theme and a page both adding the script) must never throw: the second copy
 * logs one warning and leaves the first copy's elements in charge.
 */
export function safeDefine(tag: string, element: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(`[lamtheo] <${tag}> is already defined (another copy of lamtheo?); this copy is skipped.`);
    }
    return false;
  }
  customElements.define(tag, element);
  return true;
}
