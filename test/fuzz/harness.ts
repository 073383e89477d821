/**
 * Running a property with a fixed seed (or the one asked for), and what every problem the
 * reader or a widget reports must be: worded in the reader's language, with a place.
 */
import fc from 'fast-check';
import { executeServerCommand } from '@web/test-runner-commands';
import { formatPath, parsePath } from '../../src/data/words/issues.js';

/** The seed of `npm test`: the same cases every run, so a failure is the code's, not the dice's. */
export const FIXED_SEED = 13_2026;

interface Settings {
  runs: number | null;
  seed: number | null;
}

let settings: Promise<Settings> | undefined;

/** LAMTHEO_FUZZ_RUNS / LAMTHEO_FUZZ_SEED from the runner's environment (test/server/fuzz-commands.js). */
export function fuzzSettings(): Promise<Settings> {
  settings ??= executeServerCommand<Settings, undefined>('lamtheo-fuzz-config').then(
    (s) => s ?? { runs: null, seed: null },
    () => ({ runs: null, seed: null }),
  );
  return settings;
}

/** The reader's count in `npm test`: LAMTHEO_FUZZ_RUNS replaces it, and the others scale with it. */
const READER_RUNS = 200;

/**
 * How many cases a property runs: its own count in `npm test`; with LAMTHEO_FUZZ_RUNS=n, n
 * for the reader and as many more for the others in proportion (n = 5000: 750 per widget,
 * 375 big documents), never fewer than in `npm test`.
 */
export async function runsFor(defaultRuns: number): Promise<number> {
  const { runs } = await fuzzSettings();
  return runs === null ? defaultRuns : Math.max(defaultRuns, Math.round((runs * defaultRuns) / READER_RUNS));
}

/**
 * Checks a property; on failure, throws with the seed, the replay path and the shrunk
 * counterexample (each case prints as its recipe, see cases.ts), and prints them too.
 */
export async function checkProperty<Ts extends unknown[]>(
  name: string,
  property: fc.IAsyncProperty<Ts>,
  numRuns: number,
) {
  const seed = (await fuzzSettings()).seed ?? FIXED_SEED;
  const details = await fc.check(property, { seed, numRuns, endOnFailure: false });
  if (!details.failed) return details;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = [
    `fuzz: ${name} failed after ${details.numRuns} case(s) and ${details.numShrinks} shrink(s)`,
    `  seed ${details.seed}, path "${details.counterexamplePath}" (replay: LAMTHEO_FUZZ_SEED=${details.seed} LAMTHEO_FUZZ_RUNS=${numRuns})`,
    `  counterexample: ${details.counterexample ? details.counterexample.map((v) => fc.stringify(v)).join(', ') : '(none)'}`,
    `  ${error}`,
  ].join('\n');
  console.error(report);
  throw new Error(report);
}

// ---------------------------------------------------------------- problems

export interface ProblemLike {
  path: string;
  message: string;
  code: string;
  severity: string;
  line?: number;
  column?: number;
}

/** Letters only Vietnamese uses among the Latin ones. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * A message without what it quotes from the data ("…", “…”, ‘…’). Data is quoted as it is,
 * so a quote inside it ends the quotation early: `widest` removes everything from the first
 * quote to the last (for the check that no Vietnamese is left in an English message).
 */
const ownWords = (message: string, widest = false) =>
  message
    .replace(widest ? /"[^]*"/g : /"(?:[^"\\]|\\.)*"/g, ' ')
    .replace(/“[^”]*”|‘[^’]*’/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ');

/** Codes whose place is the whole document (path ''), with what tells the place instead. */
const wholeDocument = new Set(['empty-file', 'invalid-json', 'not-an-object', 'too-large', 'bom', 'more-issues']);

/**
 * What is wrong with one problem, or nothing: a message in words (not a code, not
 * "undefined"), in `lang`, and a place — a well-formed path into the document (whose parent
 * exists in `doc`, when the document could be parsed), or a whole-document code; the
 * text's line and column for a JSON syntax error.
 */
export function problemFaults(
  p: ProblemLike,
  lang: 'vi' | 'en',
  doc: { value: unknown } | undefined,
  csv = false,
): string[] {
  const faults: string[] = [];
  const where = `${p.severity} ${p.code} at "${p.path}": ${JSON.stringify(p.message?.slice(0, 300))}`;
  if (typeof p.message !== 'string' || p.message.trim().length < 3) faults.push(`no message: ${where}`);
  else {
    const words = ownWords(p.message);
    if (p.message === p.code || p.message.startsWith(`${p.code} "`)) faults.push(`a bare code, not words: ${where}`);
    if (/\bundefined\b|\[object |=>/.test(words)) faults.push(`leaks a program value: ${where}`);
    if (lang === 'vi' && !VIETNAMESE.test(words)) faults.push(`not in Vietnamese: ${where}`);
    if (lang === 'en' && VIETNAMESE.test(ownWords(p.message, true))) faults.push(`not in English: ${where}`);
  }
  if (typeof p.path !== 'string') faults.push(`no path: ${where}`);
  else if (csv) {
    // A CSV list's problems are placed by line (and column): "dòng 5, cột Năm".
    const place = lang === 'vi' ? /^dòng \d+(, cột .+)?$/ : /^line \d+(, column .+)?$/;
    if (!(
      place.test(p.path) ||
      (p.path === '' && p.code === 'csv-empty') ||
      (p.path === '' && wholeDocument.has(p.code))
    ))
      faults.push(`a CSV problem without its line: ${where}`);
  } else if (p.path === '') {
    // A mistake in the embed (columns="ten") is placed by its attribute, not in the file.
    if (!wholeDocument.has(p.code) && !(p as { attribute?: string }).attribute)
      faults.push(`no place (empty path) for a problem that is not about the whole file: ${where}`);
    if (p.code === 'invalid-json' && !(p.line! >= 1 && p.column! >= 1))
      faults.push(`a syntax error without line and column: ${where}`);
  } else {
    const segments = parsePath(p.path);
    if (formatPath(segments) !== p.path) faults.push(`a path that does not read back: ${where}`);
    else if (doc && !hasParent(doc.value, segments)) faults.push(`a path to nowhere in the document: ${where}`);
  }
  return faults;
}

/** Whether every segment but the last leads to an own property (the last may be the missing field). */
function hasParent(root: unknown, segments: readonly (string | number)[]): boolean {
  let node = root;
  for (const s of segments.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, s)) return false;
    node = (node as Record<string | number, unknown>)[s];
  }
  return true;
}

/** The document a case's problems should point into: the value, or the text parsed (when it parses). */
export function documentOf(input: unknown, isText: boolean): { value: unknown } | undefined {
  if (!isText) return { value: input };
  try {
    return { value: JSON.parse(input as string) };
  } catch {
    return undefined;
  }
}
