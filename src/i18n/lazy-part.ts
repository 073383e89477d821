/**
 * Code downloaded the first time it is needed (a "part": the CSV export, d3-shape for a
 * sparkline, the English strings…), all through one helper with one failure behaviour:
 *
 * ```ts
 * export const csvExport = lazyPart('csv-export', () => import('./csv-export.js'));
 * const result = await csvExport.load(language); // never rejects
 * if (!result.ok) show(result.problems[0]); // code `part-not-loaded`, worded in `language`
 * ```
 *
 * One download at a time, shared by every caller; once it arrived, `value` holds the module.
 * A failed download (the visitor's connection dropped) is not remembered: the next `load()`
 * tries again, which is what the "Thử lại" button of internal/views.ts `partMissingView` does.
 * Framework-free and DOM-free, so every layer (data, controllers, the one-tag entry) uses it.
 *
 * Tests make a part fail through one seam, `offlineParts` (its names).
 */
import { defaultLanguage, type Language } from './language.js';
import type { Problem, Result } from '../schema/result.js';

export interface LazyPart<T> {
  /** A short name ("csv-export", "d3-shape"): the key of `offlineParts`, and in the console. */
  readonly name: string;
  /** The part once downloaded; undefined before (and while a test keeps it in `offlineParts`). */
  readonly value: T | undefined;
  /**
   * The part, downloaded now unless it is here or on its way. Never rejects: a failed download
   * gives a `part-not-loaded` problem worded in `language`, and the next call tries again.
   */
  load(language?: Language): Promise<Result<T>>;
}

/**
 * The one test seam: while a part's name is in this set, its downloads fail as a dropped
 * connection would, even when it was downloaded before (its `value` is then undefined).
 */
export const offlineParts = new Set<string>();

/**
 * What a visitor reads when a part could not be downloaded, and the retry button. Written
 * here rather than in the translated strings (`msg()`): those are a lazy part themselves (the
 * English chunk), and these words must be there when nothing else could be downloaded.
 */
const words: Record<Language, { missing: string; retry: string }> = {
  vi: { missing: 'Một phần của tiện ích này chưa tải được (mất kết nối mạng?).', retry: 'Thử lại' },
  en: { missing: 'Part of this widget could not be downloaded (is the connection down?).', retry: 'Try again' },
};

/** The sentence and the retry button's word, in `language`. */
export function partWords(language: Language): { missing: string; retry: string } {
  return words[language] ?? words[defaultLanguage];
}

/** The problem of a part that could not be downloaded (code `part-not-loaded`). */
export function partNotLoaded(language: Language = defaultLanguage): Problem {
  return { path: '', code: 'part-not-loaded', message: partWords(language).missing, severity: 'error' };
}

export function lazyPart<T>(name: string, download: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let loaded = false;
  /** The download on its way; forgotten once settled (a success lives on in `value`, a failure is tried again). */
  let pending: Promise<void> | undefined;
  const here = () => loaded && !offlineParts.has(name);
  const settled = () => void (pending = undefined);

  return {
    name,
    get value() {
      return here() ? value : undefined;
    },
    async load(language = defaultLanguage) {
      if (!here())
        await (pending ??= (offlineParts.has(name) ? Promise.reject(new TypeError(`offline: ${name}`)) : download())
          .then(
            (part) => void ((value = part), (loaded = true)),
            (error: unknown) => console.warn(`[lamtheo] could not download the part "${name}":`, error),
          )
          .then(settled, settled));
      return here()
        ? { ok: true, value: value as T, warnings: [] }
        : { ok: false, problems: [partNotLoaded(language)] };
    },
  };
}
