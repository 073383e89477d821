/**
 * Reads the text of a dataset file into a value, or into issues that say what is
 * wrong and where: a byte order mark, an empty file, invalid JSON (with line and
 * column), a list instead of an object, a file too large or nested too deeply.
 * Never throws. JSON.parse creates `__proto__` as an ordinary own key, so nothing
 * here can change a prototype.
 */
import { makeIssue, type Issue, type Lang } from '../words/issues.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { offsetToPosition, pathAtOffset } from './json-position.js';
import { depthExceededAt, MAX_DEPTH, MAX_TEXT_LENGTH } from './json-limits.js';

export { depthExceededAt, MAX_DEPTH, MAX_TEXT_LENGTH };

export interface ParseOptions {
  lang?: Lang;
  maxLength?: number;
  maxDepth?: number;
}

export type ParseResult =
  | { ok: true; value: Record<string, unknown>; warnings: Issue[]; text: string }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

function at(issue: Issue, text: string, offset: number): Issue {
  const { line, column } = offsetToPosition(text, offset);
  return { ...issue, line, column };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function parseJsonText(input: string, options: ParseOptions = {}): ParseResult {
  const lang = options.lang ?? 'vi';
  const warnings: Issue[] = [];
  const fail = (...errors: Issue[]): ParseResult => ({ ok: false, errors, warnings });
  if (typeof input !== 'string') return fail(makeIssue('unreadable', [], {}, lang));

  const maxLength = options.maxLength ?? MAX_TEXT_LENGTH;
  if (input.length > maxLength) return fail(makeIssue('too-large', [], { size: input.length, limit: maxLength }, lang));

  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push(makeIssue('bom', [], {}, lang, 'warning'));
  }
  if (text.trim() === '') return fail(makeIssue('empty-file', [], {}, lang));

  const deep = depthExceededAt(text, options.maxDepth ?? MAX_DEPTH);
  if (deep >= 0) {
    // Where: the path of the value that goes too deep (and its line and column).
    const issue = makeIssue('too-deep', pathAtOffset(text, deep), { limit: options.maxDepth ?? MAX_DEPTH }, lang);
    return fail(at(issue, text, deep));
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const syntax = findJsonSyntaxError(text);
    const engineOffset = /position (\d+)/.exec(String((err as Error)?.message))?.[1];
    const offset = syntax?.offset ?? (engineOffset !== undefined ? Number(engineOffset) : text.length);
    const { line, column } = offsetToPosition(text, offset);
    const found = syntax?.found === undefined ? undefined : JSON.stringify(syntax.found);
    const issue = makeIssue('invalid-json', [], { reason: syntax?.reason, line, column, found }, lang);
    return fail({ ...issue, line, column });
  }

  if (kindOf(value) !== 'object') {
    const offset = text.length - text.trimStart().length;
    return fail(at(makeIssue('not-an-object', [], { found: kindOf(value) }, lang), text, offset));
  }
  return { ok: true, value: value as Record<string, unknown>, warnings, text };
}
