/**
 * Turns zod's issues into lamtheo issues with messages in vi or en. Parsing uses
 * `reportInput: true`, so each issue still holds the offending value and the words
 * can quote it ("ngày không hợp lệ: "2019-02-31"").
 *
 * zod's own `vi` and `en` locales are not used: their words are for developers
 * ("Đầu vào không hợp lệ: mong đợi string, nhận được number") and together they cost
 * 2.4 kB gzip in every widget bundle. Every issue our schema can raise is worded in
 * src/data/messages-*.ts; anything else gets a generic message with zod's code.
 */
import type * as z from 'zod/mini';
import { dateAdvice } from './date-advice.js';
import { makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';
import { listOf, preview } from '../words/message-format.js';
import type { MessageCode, MessageParams } from '../words/messages.js';
import { foldForSearch } from '../words/search.js';
import { numberFromText } from './number-text.js';
import { closestKey } from './unknown-keys.js';

type ZodIssue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'infinite';
  return typeof value;
}

function sizeOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (typeof value === 'number') return value;
  return undefined;
}

/**
 * Values people write for an option in Vietnamese, folded (foldForSearch), and the option they
 * mean: `"line": "Đảng"` → `party`.
 */
const OPTION_WORDS: Record<string, string> = {
  dang: 'party',
  'khoi dang': 'party',
  'chinh quyen': 'state',
  'nha nuoc': 'state',
  'khoi chinh quyen': 'state',
  'doan the': 'mass-organisation',
  'mat tran': 'mass-organisation',
  'mttq, doan the': 'mass-organisation',
  'ca nhan': 'individual',
  'tap the': 'collective',
  hon: 'more-than',
  tren: 'more-than',
  gan: 'nearly',
  khoang: 'about',
  'it nhat': 'at-least',
  duoi: 'less-than',
  'giay khen': 'giay-khen',
  'bang khen': 'bang-khen',
  'tuyen duong': 'tuyen-duong',
  'bieu duong': 'bieu-duong',
  'con hieu luc': 'in-force',
  'thu hoi': 'revoked',
  'da thu hoi': 'revoked',
};

/** The option a value not accepted probably meant: a Vietnamese word for it, or the nearest spelling. */
export function optionMeant(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const meant = OPTION_WORDS[foldForSearch(value)];
  if (meant && options.includes(meant)) return meant;
  return closestKey(value.trim(), options);
}

/**
 * The parent object of a path in the input, and a key of it that looks like a misspelling of
 * the field the path names (`"lable"` beside a missing `"label"`), for "missing" messages.
 */
function misspelt(root: unknown, path: readonly PathSegment[]): string | undefined {
  let node = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  const field = path[path.length - 1];
  if (typeof field !== 'string' || node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  return Object.keys(node).find((key) => key !== field && closestKey(key, [field]) === field);
}

function wrongType(expected: string, input: unknown, path: PathSegment[]): [MessageCode, MessageParams, PathSegment[]] {
  const params: MessageParams = { expected, received: kindOf(input), value: preview(input) };
  const fix = (expected === 'number' || expected === 'int') && typeof input === 'string' && numberFromText(input);
  if (fix) Object.assign(params, { numberLike: true, suggestion: fix.number, separator: fix.separator });
  return ['wrong-type', params, path];
}

function describe(issue: ZodIssue, root: unknown): [MessageCode, MessageParams, PathSegment[]] {
  const path = issue.path as PathSegment[];
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return ['required', { typo: misspelt(root, path) }, path];
      return wrongType(String(issue.expected), input, path);
    }
    case 'too_small':
      return ['too-small', { origin: issue.origin, minimum: Number(issue.minimum), actual: sizeOf(input) }, path];
    case 'too_big':
      return ['too-big', { origin: issue.origin, maximum: Number(issue.maximum), actual: sizeOf(input) }, path];
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (input === undefined)
        return ['required', { typo: misspelt(root, path), options: listOf(options), choose: true }, path];
      return [
        'invalid-option',
        { value: preview(input), options: listOf(options), suggestion: optionMeant(input, options) },
        path,
      ];
    }
    case 'invalid_union': {
      const u = issue as ZodIssue & { discriminator?: string; options?: unknown[] };
      if (u.discriminator !== undefined && input && typeof input === 'object') {
        const tag = (input as Record<string, unknown>)[u.discriminator];
        const at = path[path.length - 1] === u.discriminator ? path : [...path, u.discriminator];
        const options = (u.options ?? []).map(String);
        if (tag === undefined) return ['required', { options: listOf(options), choose: true }, at];
        return [
          'invalid-option',
          { value: preview(tag), options: listOf(options), suggestion: optionMeant(tag, options) },
          at,
        ];
      }
      return ['invalid', { detail: issue.code }, path];
    }
    case 'custom': {
      const code = (issue.params?.code as MessageCode | undefined) ?? 'invalid';
      const params: MessageParams = { value: preview(input) };
      if (code === 'invalid-date' && typeof input === 'string') {
        const { problem, format, year, month, day, days, iso } = dateAdvice(input);
        Object.assign(params, { problem, format, year, month, day, days, suggestion: iso });
      }
      if (code === 'location-swapped' && Array.isArray(input)) [params.first, params.second] = input as number[];
      return [code, params, path];
    }
    default:
      return ['invalid', { detail: issue.code }, path];
  }
}

/** zod's issues worded; `root` is the value checked, where a "missing" field's misspelt key is looked for. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang, root?: unknown): Issue[] {
  return issues.map((raw) => {
    const [code, params, path] = describe(raw as ZodIssue, root);
    return makeIssue(code, path, params, lang, 'error');
  });
}
