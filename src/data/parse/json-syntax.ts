/**
 * Finds where JSON text goes wrong and why, in words an administrator can act on
 * ("thiếu dấu phẩy giữa hai mục", "thừa dấu phẩy"). Only run after JSON.parse has
 * failed; engines word their own errors differently and only in English.
 * Iterative: deep nesting cannot overflow the stack.
 */

export type JsonSyntaxReason =
  | 'unexpected-end'
  | 'unexpected-char'
  | 'missing-comma'
  | 'trailing-comma'
  | 'missing-colon'
  | 'unterminated-string'
  | 'bad-escape'
  | 'control-char'
  | 'single-quote'
  | 'comment'
  | 'bad-number'
  | 'bad-literal'
  | 'key-not-string'
  | 'extra-content';

export interface JsonSyntaxError {
  offset: number;
  reason: JsonSyntaxReason;
  /** The character found, for `unexpected-char`. */
  found?: string;
}

type Expect = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'comma-or-end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Index after the string starting at `start`, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { offset: i, reason: 'bad-escape' };
      i = ESCAPE.lastIndex;
      continue;
    }
    if (c === 10 || c === 13) return { offset: start, reason: 'unterminated-string' };
    if (c < 32) return { offset: i, reason: 'control-char' };
    i++;
  }
  return { offset: start, reason: 'unterminated-string' };
}

function scanScalar(text: string, i: number): number | JsonSyntaxError {
  const c = text[i];
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) return { offset: i, reason: 'bad-number' };
    const end = NUMBER.lastIndex;
    if (end < text.length && /[0-9.eE+-]/.test(text[end])) return { offset: i, reason: 'bad-number' };
    return end;
  }
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  if (/[A-Za-z]/.test(c)) return { offset: i, reason: 'bad-literal' };
  if (c === "'") return { offset: i, reason: 'single-quote' };
  return { offset: i, reason: 'unexpected-char', found: c };
}

function previousSignificant(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && ' \t\n\r'.includes(text[k])) k--;
  return k >= 0 ? text[k] : '';
}

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let done = false;
  let i = 0;
  const afterValue = (): Expect => {
    if (stack.length === 0) done = true;
    return 'comma-or-end';
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
    if (i >= text.length) return done ? null : { offset: text.length, reason: 'unexpected-end' };
    const c = text[i];
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return { offset: i, reason: 'comment' };
    if (done) return { offset: i, reason: 'extra-content' };
    const top = stack[stack.length - 1];
    const closes = (c === '}' && top === '{') || (c === ']' && top === '[');

    if (expect === 'colon') {
      if (c !== ':') return { offset: i, reason: 'missing-colon' };
      expect = 'value';
      i++;
    } else if (expect === 'comma-or-end') {
      if (c === ',') {
        expect = top === '{' ? 'key' : 'value';
        i++;
      } else if (closes) {
        stack.pop();
        i++;
        expect = afterValue();
      } else if (c === '"' || c === '{' || c === '[' || /[-0-9tfn]/.test(c)) {
        return { offset: i, reason: 'missing-comma' };
      } else return { offset: i, reason: 'unexpected-char', found: c };
    } else if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        stack.pop();
        i++;
        expect = afterValue();
      } else if (c === '}' || c === ']') return { offset: i, reason: 'trailing-comma' };
      else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
      } else if (c === "'") return { offset: i, reason: 'single-quote' };
      else if (/[0-9]/.test(c) && /\d,\s*$/.test(text.slice(Math.max(0, i - 8), i)))
        return { offset: i, reason: 'bad-number' }; // 1,300: a thousands separator
      else if (/[A-Za-z_$]/.test(c)) return { offset: i, reason: 'key-not-string' };
      else return { offset: i, reason: 'unexpected-char', found: c };
    } else {
      // a value
      if (c === ']' && expect === 'value-or-end' && top === '[') {
        stack.pop();
        i++;
        expect = afterValue();
      } else if (c === ']' || c === '}') {
        if (previousSignificant(text, i) === ',') return { offset: i, reason: 'trailing-comma' };
        return { offset: i, reason: 'unexpected-char', found: c };
      } else if (c === '{' || c === '[') {
        stack.push(c);
        expect = c === '{' ? 'key-or-end' : 'value-or-end';
        i++;
      } else if (c === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = afterValue();
      } else {
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = afterValue();
      }
    }
  }
}
