/**
 * Issues: every problem the data layer finds, worded for a ward administrator, with
 * the place in the file (`commendations[12].decision.date`). Nothing in src/data
 * throws on bad input; it returns issues.
 */
import { message, type MessageCode, type MessageParams } from './messages.js';

export type Lang = 'vi' | 'en';
export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export interface Issue {
  /** JSON path: `commendations[12].decision.date`; '' for the whole document. */
  path: string;
  /** The same path as keys and indexes, for tools. */
  segments: PathSegment[];
  /** Plain words in the requested language. */
  message: string;
  /** A stable code (`invalid-date`, `derived-mismatch`) for programs and docs. */
  code: MessageCode;
  /**
   * What the message is made of, so it can be worded again in another language. When the fix
   * is known, `params.suggestion` holds it, for a tool that offers to apply it (the studio):
   * the field name meant (`unknown-key`: "lable" → "label"), the option meant (`invalid-option`:
   * "Đảng" → "party"), the number to write (`wrong-type`: "11.368" → 11368, with
   * `params.separator`), the date written year-month-day (`invalid-date`: "28/02/2017" →
   * "2017-02-28"). A missing field beside a misspelling of it has `params.typo` ("lable").
   */
  params: MessageParams;
  severity: Severity;
  /** 1-based line and column in the JSON text, when the text was available. */
  line?: number;
  column?: number;
}

export interface IssueOptions {
  lang?: Lang;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['commendations', 12, 'decision', 'date']` → `commendations[12].decision.date`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The inverse of formatPath, for paths typed by people or read from logs. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const re = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][A-Za-z0-9_$]*)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    if (m[1] !== undefined) segments.push(Number(m[1]));
    else if (m[2] !== undefined) segments.push(JSON.parse(m[2]) as string);
    else segments.push(m[3]);
  }
  return segments;
}

export function makeIssue(
  code: MessageCode,
  segments: readonly PathSegment[],
  params: MessageParams,
  lang: Lang,
  severity: Severity = 'error',
): Issue {
  return {
    path: formatPath(segments),
    segments: [...segments],
    message: message(lang, code, params, segments),
    code,
    params,
    severity,
  };
}

/** Keep at most `max` issues of a list and say how many more there were. */
export function capIssues(issues: Issue[], max: number, lang: Lang): Issue[] {
  if (issues.length <= max) return issues;
  const kept = issues.slice(0, max);
  const severity = issues[max].severity;
  kept.push(makeIssue('more-issues', [], { count: issues.length - max, severity }, lang, severity));
  return kept;
}

/** The same issues worded again, in `lang`, with the catalogues registered now. */
export function localiseIssues(issues: readonly Issue[], lang: Lang): Issue[] {
  return issues.map((issue) => ({ ...issue, message: message(lang, issue.code, issue.params, issue.segments) }));
}

export const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');
