/**
 * From longitude and latitude to pixels: a Mercator projection fitted to the map's box (to
 * the wards, or without them to the spaces), computed once per size, and the screen points of
 * the spaces shown under the current zoom.
 *
 * The projection is d3-geo's `geoTransform` over the Mercator formula, not `geoMercator`: a
 * map of wards spans a few kilometres, where the sphere's curvature (d3's resampling and
 * clipping at the antimeridian) changes nothing visible, and leaving that machinery out
 * saves about 3 kB gzip. Drawing is planar, so the ring winding of the file cannot turn a
 * ward inside out (geometry.ts still rewinds rings so that holes wind against their
 * exterior, which SVG's nonzero fill needs to leave a hole empty).
 */
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { ZoomTransform } from 'd3-zoom';
import type { ScreenPoint } from './cluster.js';
import type { SpaceKind } from './kinds.js';
import type { MapModel } from './map-model.js';

export interface MapProjection {
  /** The box it was fitted to, `width`x`height`. */
  key: string;
  /** Unzoomed pixels of each placed space: x, y for each entry of `model.placed`. */
  xy: Float64Array;
  /** SVG path data of each ward, in the order of `model.wards`. */
  wardPaths: string[];
}

const RADIANS = Math.PI / 180;

/** Mercator's y in radians, pointing down like the screen (x is `lon * RADIANS`). */
const mercatorY = (lat: number) => -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));

/** Mercator in radians, y pointing down like the screen. */
function mercator(lon: number, lat: number): [number, number] {
  return [lon * RADIANS, mercatorY(lat)];
}

type Project = (lon: number, lat: number) => [number, number];

/** A d3-geo stream transform (for geoPath) that applies `project` to every point. */
const streamOf = (project: Project) =>
  geoTransform({
    point(this: { stream: { point(x: number, y: number): void } }, lon: number, lat: number) {
      const [x, y] = project(lon, lat);
      this.stream.point(x, y);
    },
  });

/** Pixels per radian when there is only one place to show (a few hundred metres across). */
const SINGLE_POINT_SCALE = 200000;

/** Mercator scaled by `scale` and moved by `tx`, `ty`: unzoomed pixels of the map's box. */
interface Fit {
  scale: number;
  tx: number;
  ty: number;
}

/** Scales and moves Mercator so that `shape` fills the box `[[x0, y0], [x1, y1]]`, centred. */
function fitMercator(shape: GeoPermissibleObjects, [[x0, y0], [x1, y1]]: [[number, number], [number, number]]): Fit {
  const [[a0, b0], [a1, b1]] = geoPath(streamOf(mercator)).bounds(shape);
  const k = Math.min((x1 - x0) / (a1 - a0 || Infinity), (y1 - y0) / (b1 - b0 || Infinity));
  const scale = Number.isFinite(k) && k > 0 ? k : SINGLE_POINT_SCALE;
  return { scale, tx: (x0 + x1) / 2 - (scale * (a0 + a1)) / 2, ty: (y0 + y1) / 2 - (scale * (b0 + b1)) / 2 };
}

export const projectionKey = (width: number, height: number) => `${width}x${height}`;

/**
 * Fits the wards (or, without them, the spaces) to the box and projects every placed space
 * once, into one Float64Array (no array per point: this runs for 10,000 spaces on first paint).
 */
export function projectMap(model: MapModel, width: number, height: number): MapProjection {
  const pad = Math.min(16, width / 20);
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [width - pad, height - pad],
  ];
  const { spaces, placed } = model;
  const shape: GeoPermissibleObjects = model.wards.length
    ? { type: 'FeatureCollection', features: model.wards.map((w) => w.feature) }
    : { type: 'MultiPoint', coordinates: placed.length ? placed.map((i) => spaces[i].location!) : [[106.65, 10.77]] };
  const { scale, tx, ty } = fitMercator(shape, extent);
  const xy = new Float64Array(placed.length * 2);
  for (let j = 0; j < placed.length; j++) {
    const [lon, lat] = spaces[placed[j]].location!;
    xy[2 * j] = lon * RADIANS * scale + tx;
    xy[2 * j + 1] = mercatorY(lat) * scale + ty;
  }
  const path = geoPath(streamOf((lon, lat) => [lon * RADIANS * scale + tx, mercatorY(lat) * scale + ty]));
  return { key: projectionKey(width, height), xy, wardPaths: model.wards.map((w) => path(w.feature) ?? '') };
}

/** The placed spaces whose kind is shown, in pixels of the zoomed view, ready for clustering. */
export function screenPoints(
  model: MapModel,
  xy: Float64Array,
  t: ZoomTransform,
  hidden: ReadonlySet<SpaceKind>,
): ScreenPoint[] {
  const { placed, spaces } = model;
  const { k, x, y } = t;
  const points: ScreenPoint[] = [];
  for (let j = 0; j < placed.length; j++) {
    const index = placed[j];
    const kind = spaces[index].kind;
    if (!hidden.has(kind)) points.push({ x: xy[2 * j] * k + x, y: xy[2 * j + 1] * k + y, kind, index });
  }
  return points;
}

/** Mercator fitted to a shape in a `width`x`height` box, both ways, with the path of a shape: for drawing and for clicks. */
export interface FittedMercator {
  project(lon: number, lat: number): [number, number];
  invert(x: number, y: number): [number, number];
  path(shape: GeoPermissibleObjects): string;
}

/** The map's own fit (the same padding as `projectMap`), for an editor that places spaces by clicking (src/studio). */
export function fittedMercator(shape: GeoPermissibleObjects, width: number, height: number): FittedMercator {
  const pad = Math.min(16, width / 20);
  const { scale, tx, ty } = fitMercator(shape, [
    [pad, pad],
    [width - pad, height - pad],
  ]);
  const project = (lon: number, lat: number): [number, number] => [
    lon * RADIANS * scale + tx,
    mercatorY(lat) * scale + ty,
  ];
  const path = geoPath(streamOf(project));
  return {
    project,
    invert: (x, y) => [
      (x - tx) / scale / RADIANS,
      (2 * Math.atan(Math.exp(-(y - ty) / scale)) - Math.PI / 2) / RADIANS,
    ],
    path: (s) => path(s) ?? '',
  };
}
