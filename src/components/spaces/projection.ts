/**
 * From longitude and latitude to pixels: a Mercator projection fitted to the map's box (to
 * the wards, or without them to the spaces), computed once per size, and the screen points of
 * the spaces shown under the current zoom.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
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

export const projectionKey = (width: number, height: number) => `${width}x${height}`;

/** Fits the wards (or, without them, the spaces) to the box and projects every placed space once. */
export function projectMap(model: MapModel, width: number, height: number): MapProjection {
  const pad = Math.min(16, width / 20);
  const extent: [[number, number], [number, number]] = [
    [pad, pad],
    [width - pad, height - pad],
  ];
  const p: GeoProjection = geoMercator();
  const points = model.placed.map((i) => model.spaces[i].location!);
  if (model.wards.length)
    p.fitExtent(extent, { type: 'FeatureCollection', features: model.wards.map((w) => w.feature) });
  else if (points.length > 1) p.fitExtent(extent, { type: 'MultiPoint', coordinates: points });
  else
    p.scale(200000)
      .center(points[0] ?? [106.65, 10.77])
      .translate([width / 2, height / 2]);
  const xy = new Float64Array(model.placed.length * 2);
  points.forEach((lonLat, j) => {
    const [x, y] = p(lonLat) ?? [NaN, NaN];
    xy[2 * j] = x;
    xy[2 * j + 1] = y;
  });
  const path = geoPath(p);
  return { key: projectionKey(width, height), xy, wardPaths: model.wards.map((w) => path(w.feature) ?? '') };
}

/** The placed spaces whose kind is shown, in pixels of the zoomed view, ready for clustering. */
export function screenPoints(
  model: MapModel,
  xy: Float64Array,
  t: ZoomTransform,
  hidden: ReadonlySet<SpaceKind>,
): ScreenPoint[] {
  const points: ScreenPoint[] = [];
  model.placed.forEach((index, j) => {
    const kind = model.spaces[index].kind;
    if (!hidden.has(kind)) points.push({ x: t.applyX(xy[2 * j]), y: t.applyY(xy[2 * j + 1]), kind, index });
  });
  return points;
}
