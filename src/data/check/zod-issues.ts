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
import { dateProblem } from '../../schema/calendar.js';
import { makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';
import { listOf, preview } from '../words/message-format.js';
import type { MessageCode, MessageParams } from '../words/messages.js';

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

function describe(issue: ZodIssue): [MessageCode, MessageParams, PathSegment[]] {
  const path = issue.path as PathSegment[];
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return ['required', {}, path];
      const expected = String(issue.expected);
      const numberLike =
        (expected === 'number' || expected === 'int') &&
        typeof input === 'string' &&
        /^\s*-?[\d.,\s]*\d[\d.,\s]*$/.test(input);
      return ['wrong-type', { expected, received: kindOf(input), value: preview(input), numberLike }, path];
    }
    case 'too_small':
      return ['too-small', { origin: issue.origin, minimum: Number(issue.minimum), actual: sizeOf(input) }, path];
    case 'too_big':
      return ['too-big', { origin: issue.origin, maximum: Number(issue.maximum), actual: sizeOf(input) }, path];
    case 'invalid_value':
      return ['invalid-option', { value: preview(input), options: listOf(issue.values.map(String)) }, path];
    case 'invalid_union': {
      const u = issue as ZodIssue & { discriminator?: string; options?: unknown[] };
      if (u.discriminator !== undefined && input && typeof input === 'object') {
        const tag = (input as Record<string, unknown>)[u.discriminator];
        const at = path[path.length - 1] === u.discriminator ? path : [...path, u.discriminator];
        if (tag === undefined) return ['required', {}, at];
        return ['invalid-option', { value: preview(tag), options: listOf(u.options ?? []) }, at];
      }
      return ['invalid', { detail: issue.code }, path];
    }
    case 'custom': {
      const code = (issue.params?.code as MessageCode | undefined) ?? 'invalid';
      const params: MessageParams = { value: preview(input) };
      if (code === 'invalid-date' && typeof input === 'string') params.problem = dateProblem(input);
      if (code === 'location-swapped' && Array.isArray(input)) [params.first, params.second] = input as number[];
      return [code, params, path];
    }
    default:
      return ['invalid', { detail: issue.code }, path];
  }
}

export function fromZodIssues(issues: readonly z.core.$ZodIssue[], lang: Lang): Issue[] {
  return issues.map((raw) => {
    const [code, params, path] = describe(raw as ZodIssue);
    return makeIssue(code, path, params, lang, 'error');
  });
}
