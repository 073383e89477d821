/**
 * JSON text of a big dataset parsed without one long task: `JSON.parse` of 100,000
 * commendations (44 MB of text) takes about 200 ms of one task, and the depth scan of
 * `parsePlainJsonObject` as long again. Here the text is scanned a slice at a time (depth,
 * strings, and where each long top-level array's elements begin), then parsed in pieces with
 * `JSON.parse` itself: the document without its long arrays, then each array a thousand
 * elements at a time. The value is the one `parsePlainJsonObject` gives, key order included.
 * Anything unusual (not an object, too deep, a key given twice, a piece that does not parse)
 * gives undefined: the caller then reads the text the usual way, which says what is wrong.
 */
import { MAX_DEPTH, MAX_TEXT_LENGTH } from './json-limits.js';

/** Elements of a long array parsed by one `JSON.parse`. */
const ELEMENTS = 1000;

/** Characters scanned between two looks at the clock. */
const SCAN_STEP = 1 << 18;

/** Main-thread time, in ms, between two breaths. */
const BUDGET = 10;

/** A top-level array: the key, where its `[` and `]` are, and where each piece of ELEMENTS begins. */
interface LongArray {
  key: string;
  open: number;
  close: number;
  /** Index of the first character of each piece (after `[` or after a `,`). */
  cuts: number[];
}

function breathe(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (channel.port1.close(), resolve());
    channel.port2.postMessage(undefined);
  });
}

/** A clock for slices: `due()` is true once BUDGET ms have passed since the last breath. */
function slices(signal?: AbortSignal) {
  let since = performance.now();
  return {
    due: () => performance.now() - since > BUDGET,
    /** Breathes; false when the read was given up meanwhile. */
    async breathe(): Promise<boolean> {
      await breathe();
      since = performance.now();
      return !signal?.aborted;
    },
  };
}

/**
 * The plain object in `text`, parsed over several tasks, or undefined when the text is
 * anything but a well-formed JSON object within the limits (see above) or `signal` aborted.
 */
export async function parseJsonInSlices(
  text: string,
  signal?: AbortSignal,
): Promise<Record<string, unknown> | undefined> {
  if (text.length > MAX_TEXT_LENGTH || text.charCodeAt(0) === 0xfeff) return undefined;
  const clock = slices(signal);

  // 1. The scan: depth, strings, top-level keys, and the pieces of every top-level array.
  const arrays: LongArray[] = [];
  const keys = new Set<string>();
  let depth = 0;
  let keyStart = -1; // the last string closed at depth 1: a key when a ':' follows
  let key: string | undefined;
  let array: LongArray | undefined;
  let elements = 0;
  let i = 0;
  while (i < text.length) {
    const end = Math.min(text.length, i + SCAN_STEP);
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        const start = i;
        for (i++; i < text.length; i++) {
          const d = text.charCodeAt(i);
          if (d === 92) i++;
          else if (d === 34) break;
        }
        if (depth === 1) keyStart = start;
      } else if (c === 123 || c === 91) {
        if (++depth > MAX_DEPTH) return undefined;
        if (depth === 2 && c === 91 && key !== undefined) {
          array = { key, open: i, close: -1, cuts: [i + 1] };
          elements = 0;
        }
      } else if (c === 125 || c === 93) {
        if (depth === 2 && array && c === 93) {
          array.close = i;
          if (array.cuts.length > 1) arrays.push(array);
          array = undefined;
        }
        if (--depth < 0) return undefined;
        if (depth === 0 && c === 125) key = undefined;
      } else if (c === 58 && depth === 1 && keyStart >= 0) {
        // A top-level key: its exact value, escapes and all, as JSON.parse reads it.
        try {
          key = JSON.parse(text.slice(keyStart, i).trimEnd()) as string;
        } catch {
          return undefined;
        }
        if (keys.has(key)) return undefined; // JSON.parse keeps the last one: read it the usual way
        keys.add(key);
        keyStart = -1;
      } else if (c === 44 && depth === 2 && array && ++elements % ELEMENTS === 0) {
        array.cuts.push(i + 1);
      }
    }
    if (i < text.length && clock.due() && !(await clock.breathe())) return undefined;
  }
  if (depth !== 0) return undefined;

  // 2. The document without its long arrays, then each array a piece at a time.
  let skeleton = '';
  let from = 0;
  for (const a of arrays) {
    skeleton += text.slice(from, a.open) + '[]';
    from = a.close + 1;
  }
  skeleton += text.slice(from);
  let document: unknown;
  try {
    document = JSON.parse(skeleton);
  } catch {
    return undefined;
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  for (const a of arrays) {
    const values: unknown[] = [];
    for (let p = 0; p < a.cuts.length; p++) {
      if (clock.due() && !(await clock.breathe())) return undefined;
      // A piece ends before the comma that starts the next one (`cuts` point after it).
      const piece = text.slice(a.cuts[p], p + 1 < a.cuts.length ? a.cuts[p + 1]! - 1 : a.close);
      let parsed: unknown[];
      try {
        parsed = JSON.parse(`[${piece}]`) as unknown[];
      } catch {
        return undefined;
      }
      for (const value of parsed) values.push(value);
    }
    // Defined, not assigned: a key such as "__proto__" stays an own property, as JSON.parse makes it.
    Object.defineProperty(document, a.key, { value: values, writable: true, enumerable: true, configurable: true });
  }
  return document as Record<string, unknown>;
}
