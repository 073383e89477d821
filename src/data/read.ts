/**
 * Reading a dataset, from JSON text or a value: parse → validate → normalise.
 * The one function every widget's data goes through; never throws.
 */
import type { Language } from '../i18n/language.js';
import type { Problem, Result } from '../schema/result.js';
import type { NormalisedDataset } from './normalise/normalise.js';
import { checkDataset, type CheckOptions, type CheckResult, type ReadProgress } from './check/check.js';

export { checkDataset, type CheckOptions, type CheckResult, type ReadProgress };

/** A problem with the data: an `Issue` of the validator, or one a widget's own reader finds. */
export type ReadProblem = Problem;

/**
 * A dataset ready for widgets: validated, derived metric values filled in, records indexed
 * (`unitsById`, `metricsById`, `spacesByUnit` …), and the `warnings` that did not stop it.
 */
export type LoadedDataset = NormalisedDataset;

/** The dataset and the warnings that did not stop it, or the problems that did. */
export type ReadResult = Result<LoadedDataset>;

/** Where fetched text came from, for a reader that accepts more than JSON (a CSV list, say). */
export interface SourceInfo {
  url: string;
  /** The response's Content-Type header, when the server sent one. */
  contentType?: string;
  /** The bytes of a response that is not JSON, for a reader that decodes them itself (a CSV list from Excel). */
  bytes?: Uint8Array;
}

/**
 * Turns the text fetched from `src` into a dataset. `readDataset` (JSON) is the default; a
 * widget that also reads another format (the commendation table reads CSV) offers its own
 * and falls back to `readDataset` for everything else.
 */
export type SourceReader = (
  text: string,
  source: SourceInfo,
  language: Language,
  /** Passed on to `readDataset`: the first records of a big document, while the rest is checked. */
  onFirst?: (data: LoadedDataset, progress: ReadProgress) => void,
  /** Passed on to `readDataset`: stops checking slices once the read is no longer wanted. */
  signal?: AbortSignal,
) => Promise<ReadResult>;

/** Texts shorter than this are parsed at once (a few ms); json-slices.ts is downloaded for longer ones. */
export const PARSE_IN_SLICES_FROM = 2_000_000;

/** json-slices.ts's parse, or undefined when it cannot be downloaded (the text is then parsed at once). */
async function parseInSlices(text: string, signal?: AbortSignal): Promise<Record<string, unknown> | undefined> {
  try {
    return await (await import('./parse/json-slices.js')).parseJsonInSlices(text, signal);
  } catch {
    return undefined;
  }
}

/**
 * JSON text (a file, an inline script, an event) or a value (the `data` property), checked by
 * `checkDataset` (check/check.ts), the one checker the command line and `lamtheo/schema` use
 * too, in the widget's language. Asynchronous because the words of problem messages are
 * fetched when there are problems to tell (a page whose data is valid never downloads them),
 * and because a big document is checked in slices: given `onFirst`, a reader that can show
 * part of the records gets the first slice, checked, while the rest is being checked.
 */
export async function readDataset(
  value: unknown,
  language: Language,
  onFirst?: (data: LoadedDataset, progress: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadResult> {
  // A long text read for a widget that shows records as they are checked is also parsed in
  // slices (json-slices.ts): JSON.parse of 100,000 records is one task of about 200 ms.
  const parsed =
    typeof value === 'string' && onFirst && value.length >= PARSE_IN_SLICES_FROM
      ? await parseInSlices(value, signal)
      : undefined;
  const result = await checkDataset(value, { lang: language, onFirst, signal, parsed });
  return result.ok ? { ok: true, value: result.value, warnings: result.warnings } : result;
}
