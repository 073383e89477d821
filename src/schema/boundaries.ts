/**
 * Boundaries for the map: a GeoJSON FeatureCollection given inline or by url, and the
 * feature property that links each feature to a unit. Geometry is checked loosely
 * (type and coordinate arrays); the map handles either ring winding.
 */
import * as z from './zod.js';
import { LIMITS, safeUrl, text } from './primitives.js';

export const geometryTypes = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
] as const;

export const geometry = z.looseObject({
  type: z.enum(geometryTypes),
  coordinates: z.optional(z.array(z.unknown())),
  geometries: z.optional(z.array(z.unknown())),
});

export const feature = z.looseObject({
  type: z.literal('Feature'),
  geometry: z.nullable(geometry),
  properties: z.nullable(z.record(z.string(), z.unknown())),
});

export const featureCollection = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(feature),
});

export const boundaries = z
  .object({
    featureCollection: z.optional(featureCollection),
    url: z.optional(safeUrl),
    /** The feature property holding the unit's id or code: `"code"` in quan-11.geojson. */
    unitProperty: text(LIMITS.short),
    /** Whether that property holds `units[].id` or `units[].code.value`. */
    matches: z._default(z.enum(['id', 'code']), 'id'),
    /** Shown on the map: "© OpenStreetMap contributors". */
    attribution: text(),
    attributionUrl: z.optional(safeUrl),
  })
  .check(
    z.refine((b) => (b.featureCollection === undefined) !== (b.url === undefined), {
      params: { code: 'boundaries-one-of' },
    }),
  );

export type Geometry = z.infer<typeof geometry>;
export type Feature = z.infer<typeof feature>;
export type FeatureCollection = z.infer<typeof featureCollection>;
export type Boundaries = z.infer<typeof boundaries>;
