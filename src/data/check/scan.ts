/**
 * One walk over the input beside the parsed output, for two kinds of warnings:
 * - fields lamtheo does not know: the schema dropped them (so a typo such as "vaule"
 *   cannot break a widget); a key of the input that the output lacks was dropped.
 *   `__proto__` and `constructor` keys are reported the same way and never reach the data;
 * - HTML or JavaScript pasted into text: widgets show it as plain text, but it is worth telling.
 * Recursive only where input and output both go, so no deeper than the schema.
 */
import { makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';
import { preview } from '../words/message-format.js';
import { closestKey } from './unknown-keys.js';

const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|style|svg|img|link|meta)\b|javascript\s*:/i;

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `at` is where `input` sits in the document (a record read in slices: `['commendations', 4200]`).
 * `scanned` holds the issues of top-level collections already scanned slice by slice
 * (read-in-slices.ts): they are put in their place instead of walking those collections again.
 */
export function scanParsed(
  input: unknown,
  output: unknown,
  known: Set<string>,
  lang: Lang,
  at: readonly PathSegment[] = [],
  scanned?: ReadonlyMap<string, readonly Issue[]>,
): Issue[] {
  const issues: Issue[] = [];
  const path: PathSegment[] = [...at];
  const visit = (inNode: unknown, outNode: unknown) => {
    if (typeof outNode === 'string') {
      // Markup needs a "<", a javascript: link a ":": most text has neither, and skips the pattern.
      const suspect = outNode.length > 6 && (outNode.includes('<') || outNode.includes(':'));
      const m = suspect ? MARKUP.exec(outNode) : null;
      if (m)
        issues.push(makeIssue('html-in-text', path, { value: preview(outNode.slice(m.index), 30) }, lang, 'warning'));
    } else if (inNode === outNode) {
      return; // passed through untouched (GeoJSON coordinates and properties)
    } else if (Array.isArray(inNode) && Array.isArray(outNode)) {
      for (let i = 0; i < inNode.length && i < outNode.length; i++) {
        path.push(i);
        visit(inNode[i], outNode[i]);
        path.pop();
      }
    } else if (isPlainObject(inNode) && isPlainObject(outNode)) {
      for (const key in inNode) {
        if (!own(inNode, key)) continue;
        path.push(key);
        const done = path.length === 1 ? scanned?.get(key) : undefined;
        if (done) issues.push(...done);
        else if (own(outNode, key)) visit(inNode[key], outNode[key]);
        else issues.push(makeIssue('unknown-key', path, { key, suggestion: closestKey(key, known) }, lang, 'warning'));
        path.pop();
      }
    }
  };
  visit(input, output);
  return issues;
}
