/**
 * Maps JSON paths (`commendations[12].decision.date`) to line and column in the text
 * they were parsed from, so the CLI and the error view can say "dòng 120, cột 15".
 * One pass over the text, no recursion (10,000-level nesting is fine), no parse tree.
 * The text is assumed to be valid JSON; the result for a path that does not exist is
 * the position of its nearest existing ancestor (a missing field points at its object).
 */
import { formatPath, type Issue, type PathSegment } from '../words/issues.js';

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors show for Vietnamese text). */
  column: number;
  /** 0-based offset in the text. */
  offset: number;
}

/** Line starts of a text, for repeated offset → line lookups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function offsetToPosition(text: string, offset: number, starts = lineStarts(text)): TextPosition {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}

/** End of the string literal that starts at `start` (the opening quote); returns the closing quote's index. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q === -1) return text.length - 1;
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    j = q + 1;
  }
}

/**
 * The path of the value that starts at `offset` (the first `{` or `[` nested too deeply, say),
 * from the text before it: the key or index it has in each container it is inside. The text
 * after `offset` is not read, so it may be cut short or broken.
 */
export function pathAtOffset(text: string, offset: number): PathSegment[] {
  const stack: { array: boolean; key: PathSegment }[] = [];
  let lastString = '';
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === 34) {
      const end = stringEnd(text, i);
      try {
        lastString = JSON.parse(text.slice(i, end + 1)) as string;
      } catch {
        lastString = text.slice(i + 1, end);
      }
      i = end;
    } else if (c === 123 || c === 91) stack.push({ array: c === 91, key: c === 91 ? 0 : '' });
    else if (c === 125 || c === 93) stack.pop();
    else if (c === 58 && top && !top.array) top.key = lastString;
    else if (c === 44 && top?.array) top.key = (top.key as number) + 1;
  }
  return stack.map((frame) => frame.key);
}

interface Frame {
  array: boolean;
  index: number;
  /** Formatted path of this container, or null when no wanted path lies inside it. */
  path: string | null;
  segments: PathSegment[];
}

/**
 * Positions of many paths in one pass: of each value, or, for the paths whose `atKey` is true,
 * of the key that names it (an unknown field is pointed at by its name: `"qualifer"`, not its value).
 */
export function locateJsonPaths(
  text: string,
  paths: readonly (readonly PathSegment[])[],
  atKey: readonly boolean[] = [],
): (TextPosition | undefined)[] {
  // every prefix of every wanted path → the wanted paths below it
  const wanted = new Map<string, number[]>();
  paths.forEach((p, n) => {
    for (let k = 0; k <= p.length; k++) {
      const key = formatPath(p.slice(0, k));
      const list = wanted.get(key);
      if (list) list.push(n);
      else wanted.set(key, [n]);
    }
  });
  const found: number[] = paths.map(() => -1);
  let keyOffset = -1;
  const mark = (path: string | null, offset: number) => {
    if (path === null) return;
    for (const n of wanted.get(path) ?? []) found[n] = atKey[n] && keyOffset >= 0 ? keyOffset : offset;
  };

  const stack: Frame[] = [];
  let pendingKey: string | null = null;
  let i = 0;
  const n = text.length;
  const childPath = (): { path: string | null; segments: PathSegment[] } => {
    const top = stack[stack.length - 1];
    if (!top) return { path: '', segments: [] };
    if (top.path === null) return { path: null, segments: [] };
    const seg: PathSegment = top.array ? top.index : (pendingKey ?? '');
    const segments = [...top.segments, seg];
    const path = formatPath(segments);
    return wanted.has(path) ? { path, segments } : { path: null, segments: [] };
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 58) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && !top.array && pendingKey === null && c === 34) {
      // a key in an object
      const end = stringEnd(text, i);
      pendingKey = top.path === null ? '' : (JSON.parse(text.slice(i, end + 1)) as string);
      keyOffset = i;
      i = end + 1;
      continue;
    }
    if (c === 125 || c === 93) {
      // } or ]
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.array) parent.index++;
      pendingKey = null;
      i++;
      continue;
    }
    // a value starts here
    if (top?.array || !top) keyOffset = -1;
    const { path, segments } = childPath();
    mark(path, i);
    pendingKey = null;
    if (c === 123 || c === 91) {
      stack.push({ array: c === 91, index: 0, path, segments });
      i++;
      continue;
    }
    if (c === 34) i = stringEnd(text, i) + 1;
    else while (i < n && !/[\s,\]}]/.test(text[i])) i++;
    if (top?.array) top.index++;
  }

  const starts = lineStarts(text);
  return found.map((offset) => (offset < 0 ? undefined : offsetToPosition(text, offset, starts)));
}

export function locateJsonPath(text: string, path: readonly PathSegment[]): TextPosition | undefined {
  return locateJsonPaths(text, [path])[0];
}

/** Adds line and column to issues whose path exists in the text. */
export function withPositions(issues: Issue[], text: string): Issue[] {
  const located = issues.filter((i) => i.line === undefined);
  if (!located.length) return issues;
  const positions = locateJsonPaths(
    text,
    located.map((i) => i.segments),
    located.map((i) => i.code === 'unknown-key'),
  );
  const byIssue = new Map(located.map((issue, n) => [issue, positions[n]]));
  return issues.map((issue) => {
    const at = byIssue.get(issue);
    return at ? { ...issue, line: at.line, column: at.column } : issue;
  });
}
