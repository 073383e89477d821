/**
 * Everything the map draws, computed once per dataset (and boundaries file): drawable wards
 * with their coverage, the spaces with a place, the online ones, the ones whose place is not
 * known, and the problems found in the geometry. Every space of the data is in the list (and
 * in every count); only the drawing needs a location. Pure: no DOM, no projection (that
 * depends on the element's size).
 */
import { cleanBoundaries, type GeometryProblem } from './geometry/geometry.js';
import { statedTotalOf } from '../../data/normalise/normalise.js';
import type { LoadedDataset } from '../../data/read.js';
import type { CulturalSpace } from '../../schema/index.js';
import { assignSpaces, coverageSummary, linkWards, type FeatureLink, type Ward } from './coverage.js';

export interface MapModel {
  spaces: readonly CulturalSpace[];
  wards: Ward[];
  /** For each space, its ward's position in `wards`, or -1. */
  wardOfSpace: Int32Array;
  /** Indices of the spaces with a location, drawn as markers. */
  placed: number[];
  /** For each space, its position in `placed`, or -1. */
  placedAt: Int32Array;
  /** Indices of the online spaces (kind `online`, no location): listed with their link. */
  online: number[];
  /** Indices of the other spaces without a location: listed, marked "chưa có vị trí trên bản đồ". */
  unplaced: number[];
  /**
   * The figure the data states for all its spaces when its list holds fewer (a partial list:
   * the article says 43 were launched and names 23), so the map says "23 trong số 43".
   */
  statedTotal?: number;
  problems: GeometryProblem[];
  /** Where `problems[].index` points in the file: `boundaries.featureCollection.features` or the url. */
  problemBase: string;
  attribution?: { text: string; url?: string };
  summary: ReturnType<typeof coverageSummary>;
}

/** A parsed boundaries file from `boundaries="url"` or `dataset.boundaries.url`. */
export interface LoadedBoundaries {
  url: string;
  features: readonly unknown[];
}

/** The attribution the shared ward files require when the data names none. */
export const osmAttribution = { text: '© OpenStreetMap contributors', url: 'https://www.openstreetmap.org/copyright' };

/** Reads the `features` of a GeoJSON FeatureCollection parsed from a file, or undefined when it is not one. */
export function featuresOf(value: unknown): readonly unknown[] | undefined {
  const fc = value as { type?: unknown; features?: unknown } | null;
  return fc && fc.type === 'FeatureCollection' && Array.isArray(fc.features) ? fc.features : undefined;
}

/**
 * Builds the model. Boundaries come from `loaded` (the file named by the element's
 * `boundaries` attribute or the dataset's `boundaries.url`), else the dataset's inline
 * `featureCollection`.
 */
export function buildMapModel(data: LoadedDataset, loaded?: LoadedBoundaries): MapModel {
  const { dataset, unitsById } = data;
  const spaces = dataset.spaces ?? [];
  const b = dataset.boundaries;
  const inline = b?.featureCollection?.features;
  const features = loaded?.features ?? inline ?? [];
  const { features: clean, problems } = cleanBoundaries(features);
  const link: FeatureLink = b ? { unitProperty: b.unitProperty, matches: b.matches } : {};
  const wards = linkWards(clean, dataset.units ?? [], link);
  const wardOfSpace = assignSpaces(wards, spaces, unitsById);
  const placed: number[] = [];
  const online: number[] = [];
  const unplaced: number[] = [];
  const placedAt = new Int32Array(spaces.length).fill(-1);
  spaces.forEach((s, i) => {
    if (s.location) placedAt[i] = placed.push(i) - 1;
    else (s.kind === 'online' ? online : unplaced).push(i);
  });
  const attribution = b?.attribution
    ? { text: b.attribution, url: b.attributionUrl }
    : features.length > 0
      ? osmAttribution
      : undefined;
  return {
    spaces,
    wards,
    wardOfSpace,
    placed,
    placedAt,
    online,
    unplaced,
    statedTotal: statedTotalOf(dataset.metrics, 'spaces')?.value,
    problems,
    problemBase: loaded ? `${loaded.url} features` : 'boundaries.featureCollection.features',
    attribution,
    summary: coverageSummary(wards),
  };
}
