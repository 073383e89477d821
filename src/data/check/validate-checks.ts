/**
 * The checks behind `checkDataset` (check.ts), the one entry point, without the code that only
 * explains problems: the wording of zod's issues (zod-issues.ts), line and column
 * (json-position.ts) and the JSON syntax reader (json-text.ts), which validate-lazy.ts loads
 * only when there is a problem to explain.
 */
import type * as z from 'zod/mini';
import { dataset as datasetSchema, SCHEMA_VERSION, type Dataset } from '../../schema/dataset.js';
import { duplicateIds, unplacedSpaces, type IdIndex } from './records.js';
import { capIssues, makeIssue, type Issue, type Lang, type PathSegment } from '../words/issues.js';
import { MAX_DEPTH } from '../parse/json-limits.js';
import { preview } from '../words/message-format.js';
import { normaliseDataset, type NormalisedDataset } from '../normalise/normalise.js';
import { safeParse } from '../../schema/zod.js';
import { pledgesAgainstTemplates } from './pledge-check.js';
import { scanParsed } from './scan.js';
import { schemaKeys } from './unknown-keys.js';

export interface ValidateOptions {
  lang?: Lang;
  /** At most this many errors and this many warnings are listed (default 200 each). */
  maxIssues?: number;
  maxDepth?: number;
  /** Set by validateJsonText: the text scan already bounded the nesting. */
  depthChecked?: boolean;
}

export type ValidationResult =
  | { ok: true; data: Dataset; normalised: NormalisedDataset; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] };

let knownKeys: Set<string> | undefined;

/**
 * The path to the first value nested deeper than `limit`, or undefined. Recursion stops
 * at `limit`, so 10,000 levels cannot overflow the stack.
 */
export function tooDeepAt(value: unknown, limit: number): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  const visit = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (path.length >= limit) return true;
    const step = (key: PathSegment, child: unknown) => {
      path.push(key);
      if (visit(child)) return true;
      path.pop();
      return false;
    };
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (step(i, node[i])) return true;
    } else for (const key of Object.keys(node)) if (step(key, (node as Record<string, unknown>)[key])) return true;
    return false;
  };
  return visit(value) ? path : undefined;
}

function checkVersion(input: Record<string, unknown>, lang: Lang): Issue | undefined {
  if (!Object.prototype.hasOwnProperty.call(input, 'version'))
    return makeIssue('missing-version', ['version'], {}, lang);
  if (input.version === SCHEMA_VERSION) return undefined;
  if (typeof input.version === 'string' && /^\s*\d+\s*$/.test(input.version)) {
    const suggestion = Number(input.version);
    const params = {
      expected: 'number',
      received: 'string',
      value: preview(input.version),
      numberLike: true,
      suggestion,
    };
    return makeIssue('wrong-type', ['version'], params, lang);
  }
  return makeIssue(
    'unsupported-version',
    ['version'],
    { version: preview(input.version) || typeof input.version },
    lang,
  );
}

/** The language of the options' messages: `en` when asked for, Vietnamese otherwise. */
export const languageOf = (options: ValidateOptions): Lang => (options.lang === 'en' ? 'en' : 'vi');

/** The schema failed: zod's issues, worded by zod-issues.ts (loaded only then by widgets). */
export interface SchemaFailure {
  ok: false;
  schemaIssues: readonly z.core.$ZodIssue[];
  /** The value checked: a missing field's misspelt key is looked for in it. */
  input: unknown;
}

/** Words zod's issues (zod-issues.ts's `fromZodIssues`); `input` is the value checked. */
export type SchemaWording = (issues: readonly z.core.$ZodIssue[], lang: Lang, input?: unknown) => Issue[];

/**
 * Every check of a parsed value: its shape, its version, the schema, then the checks across
 * records. When the schema fails, zod's own issues are returned for the caller to word.
 */
export function checkValue(
  input: unknown,
  lang: Lang,
  maxDepth: number,
  depthChecked: boolean,
): ValidationResult | SchemaFailure {
  const deep = depthChecked ? undefined : tooDeepAt(input, maxDepth);
  if (deep) return { ok: false, errors: [makeIssue('too-deep', deep, { limit: maxDepth }, lang)], warnings: [] };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const found = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return { ok: false, errors: [makeIssue('not-an-object', [], { found }, lang)], warnings: [] };
  }
  const versionIssue = checkVersion(input as Record<string, unknown>, lang);
  if (versionIssue) return { ok: false, errors: [versionIssue], warnings: [] };

  const parsed = safeParse(datasetSchema, input, { reportInput: true });
  if (!parsed.success) return { ok: false, schemaIssues: parsed.error.issues, input };
  return checkParsed(input as Record<string, unknown>, parsed.data, lang);
}

/**
 * The checks across records once the schema has passed: duplicate ids, derived figures
 * against stated ones, fields lamtheo does not know, spaces outside every ward.
 * `data` is the schema's output for `input`.
 */
/** Every key the dataset schema knows (for "did you mean …?" on an unknown field). */
export const datasetKeys = () => (knownKeys ??= schemaKeys(datasetSchema));

/** What a read in slices already did for its big collections (read-in-slices.ts). */
export interface DoneInSlices {
  /** Their records scanned for unknown fields and markup: the issues found. */
  scanned: ReadonlyMap<string, readonly Issue[]>;
  /** Their ids gone through. */
  ids: ReadonlyMap<string, IdIndex>;
}

function checkParsed(input: Record<string, unknown>, data: Dataset, lang: Lang, done?: DoneInSlices): ValidationResult {
  const errors = duplicateIds(data, lang, done?.ids);
  const byId = (name: string) => done?.ids.get(name)?.byId as Map<string, never> | undefined;
  const normalised = normaliseDataset(data, { lang, byId });
  const warnings = [
    ...scanParsed(input, data, datasetKeys(), lang, [], done?.scanned),
    ...unplacedSpaces(data, lang),
    ...pledgesAgainstTemplates(data.pledges, data.pledgeTemplates, lang),
    ...normalised.warnings,
  ];
  if (errors.length) return { ok: false, errors, warnings };
  return { ok: true, data, normalised, warnings };
}

/** `checkValue` with the options' defaults: the depth limit, and whether a text scan bounded the depth already. */
export function checkWithOptions(input: unknown, options: ValidateOptions): ValidationResult | SchemaFailure {
  return checkValue(input, languageOf(options), options.maxDepth ?? MAX_DEPTH, options.depthChecked === true);
}

/** The result of a check: the schema's issues (if it failed) worded by `word`, then every list capped. */
export function resultOf(
  checked: ValidationResult | SchemaFailure,
  word: SchemaWording,
  options: ValidateOptions,
): ValidationResult {
  const lang = languageOf(options);
  return capped(withWordedSchemaIssues(checked, word, lang), lang, options.maxIssues ?? 200);
}

export function capped(result: ValidationResult, lang: Lang, max: number): ValidationResult {
  const warnings = capIssues(result.warnings, max, lang);
  return result.ok ? { ...result, warnings } : { ok: false, errors: capIssues(result.errors, max, lang), warnings };
}

export function internalError(err: unknown, lang: Lang): ValidationResult {
  const detail = err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
  return { ok: false, errors: [makeIssue('invalid', [], { detail }, lang)], warnings: [] };
}

/** `checkParsed` with the issues capped, for a document whose schema pass was done in slices (`done`: what was done then). */
export function checkParsedDataset(
  input: Record<string, unknown>,
  data: Dataset,
  options: ValidateOptions = {},
  done?: DoneInSlices,
) {
  const lang = languageOf(options);
  try {
    return capped(checkParsed(input, data, lang, done), lang, options.maxIssues ?? 200);
  } catch (err) {
    return internalError(err, lang);
  }
}

/** A result with the schema's issues worded by `word` (zod-issues.ts's `fromZodIssues`). */
export function withWordedSchemaIssues(
  checked: ValidationResult | SchemaFailure,
  word: SchemaWording,
  lang: Lang,
): ValidationResult {
  return 'schemaIssues' in checked
    ? { ok: false, errors: word(checked.schemaIssues, lang, checked.input), warnings: [] }
    : checked;
}
