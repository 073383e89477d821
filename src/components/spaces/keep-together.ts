/**
 * Words that must not wrap apart: "Phường 1" split over two lines reads as a ward called
 * "Phường" and a stray number. Names go in as text (Lit escapes them); each "Phường 1",
 * "Quận 11", "Ward 3" becomes a `<span class="nb">` that does not wrap inside.
 */
import { html, type TemplateResult } from 'lit';

/** An administrative word and its number: "Phường 14", "quận 11", "Xã 2", "Ward 3". */
const NUMBERED = /(?<![\p{L}\p{N}])(?:phường|quận|xã|khu phố|tổ|ấp|ward|district)\s+\d+[a-z]?(?![\p{L}\p{N}])/giu;

/** The text, with every numbered place name kept on one line. */
export function keepTogether(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(NUMBERED)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(html`<span class="nb">${match[0]}</span>`);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Whether `name` already says `place` as whole words ("… Phường 1" names Phường 1, not Phường 10). */
export function names(name: string, place: string): boolean {
  const n = name.normalize('NFC').toLocaleLowerCase('vi');
  const p = place.normalize('NFC').toLocaleLowerCase('vi');
  for (let at = n.indexOf(p); at >= 0; at = n.indexOf(p, at + 1)) {
    const before = n[at - 1];
    const after = n[at + p.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      return true;
  }
  return false;
}
