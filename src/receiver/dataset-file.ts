/**
 * The dataset file a receiver serves: its pledge templates and units (with `parent` links, for
 * which registrations a reviewer may see), re-read when the file changes. A change that does not
 * pass the checker keeps the last good file and is reported once.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkDataset } from '../data/check/check.js';
import type { NormalisedDataset } from '../data/normalise/normalise.js';
import type { PledgeTemplate } from '../schema/pledge-template.js';
import type { Unit } from '../schema/unit.js';

export interface DatasetView {
  readonly data: NormalisedDataset;
  /** The file as written (served again, without the defaults the checker fills in). */
  readonly raw: Record<string, unknown>;
  readonly templates: ReadonlyMap<string, PledgeTemplate>;
  readonly units: ReadonlyMap<string, Unit>;
  /** The unit and every unit under it (by `parent`), for a reviewer's scope. */
  subtree(unitId: string): string[];
  unitName(unitId: string | null | undefined): string | undefined;
}

export function viewOf(data: NormalisedDataset, raw: Record<string, unknown>): DatasetView {
  return {
    data,
    raw,
    templates: data.templatesById,
    units: data.unitsById,
    subtree(unitId) {
      const seen = new Set<string>();
      const walk = (id: string) => {
        if (seen.has(id)) return;
        seen.add(id);
        for (const c of data.childrenByParent.get(id) ?? []) walk(c.id);
      };
      walk(unitId);
      return [...seen];
    },
    unitName: (id) => (id ? data.unitsById.get(id)?.name : undefined),
  };
}

export type DatasetProblem = { file: string; messages: string[] };

/** Reads and checks a dataset file; throws a DatasetFileError with the checker's messages. */
export async function readDatasetFile(file: string): Promise<DatasetView> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DatasetFileError(file, [String((error as Error).message)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DatasetFileError(file, [String((error as Error).message)]);
  }
  const result = await checkDataset(json);
  if (!result.ok)
    throw new DatasetFileError(
      file,
      result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`),
    );
  return viewOf(result.value, json as Record<string, unknown>);
}

export class DatasetFileError extends Error {
  constructor(
    readonly file: string,
    readonly messages: string[],
  ) {
    super(`${file}: ${messages.join('; ')}`);
  }
}

/**
 * The current dataset of a file, checked again at most once a second when its size or time
 * changed. `onProblem` hears of a change that was refused (the last good dataset stays).
 */
export async function watchDataset(file: string, onProblem: (error: DatasetFileError) => void) {
  let view = await readDatasetFile(file);
  let stamp = stampOf(file);
  let checkedAt = Date.now();
  let reading: Promise<void> | undefined;
  return {
    async current(): Promise<DatasetView> {
      if (Date.now() - checkedAt >= 1000 && !reading) {
        checkedAt = Date.now();
        const now = stampOf(file);
        if (now !== stamp) {
          reading = readDatasetFile(file)
            .then((next) => {
              view = next;
              stamp = now;
            })
            .catch((error: DatasetFileError) => {
              stamp = now; // report a bad file once, not on every request
              onProblem(error);
            })
            .finally(() => (reading = undefined));
        }
      }
      if (reading) await reading;
      return view;
    },
  };
}

function stampOf(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
