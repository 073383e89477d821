/**
 * Boundary geometry made safe to draw: rings rewound to the orientation d3-geo expects
 * (holes wound against their exterior, which SVG's nonzero fill also needs),
 * bad features reported with their index and left out (or repaired when the repair is
 * certain), so one broken ward never blanks the map. Planar maths on lon/lat: right for
 * ward- and district-sized shapes, which never cross the antimeridian or a pole.
 *
 * Why rewinding is needed: RFC 7946 files (the OpenStreetMap wards in shared/data/geo)
 * wind exterior rings counter-clockwise; d3-geo works on the sphere and reads such a ring
 * as "everything except this ward", which fills the whole box. d3 wants exterior rings
 * clockwise and holes counter-clockwise (in lon/lat with latitude up).
 */

export type Position = [number, number];
export type Ring = Position[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface AreaFeature {
  type: 'Feature';
  geometry: AreaGeometry;
  properties: Record<string, unknown>;
}

export type GeometryProblemCode =
  'no-geometry' | 'unsupported-geometry' | 'bad-coordinates' | 'unclosed-ring' | 'swapped-coordinates';

/** One thing wrong with a boundary feature; `index` is its place in `features`. */
export interface GeometryProblem {
  index: number;
  code: GeometryProblemCode;
  /** Whether the feature is still drawn (repaired) or left out. */
  drawn: boolean;
}

export interface CleanBoundaries {
  /** The drawable features, rewound, each with its index in the source file. */
  features: { index: number; feature: AreaFeature }[];
  problems: GeometryProblem[];
}

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/** Twice the signed planar area of a ring: positive when it runs counter-clockwise (latitude up). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** The ring running clockwise (`clockwise = true`) or counter-clockwise; a new array when reversed. */
export function orientRing(ring: Ring, clockwise: boolean): Ring {
  const isClockwise = ringArea(ring) < 0;
  return isClockwise === clockwise ? ring : ring.slice().reverse();
}

/** A polygon's rings as d3-geo wants them: the exterior clockwise, holes counter-clockwise. */
export function rewindPolygon(rings: Ring[]): Ring[] {
  return rings.map((ring, i) => orientRing(ring, i === 0));
}

/** Any Polygon or MultiPolygon rewound for d3-geo, whatever its winding was. */
export function rewindGeometry(geometry: AreaGeometry): AreaGeometry {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) };
}

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

const inWorld = ([lon, lat]: Position) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** The box around a list of positions. */
export function bboxOf(positions: Iterable<Position>): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/** Reads one ring: closes it when open (reported), refuses it when a position is not two finite numbers. */
function readRing(value: unknown, report: (code: GeometryProblemCode) => void): Ring | undefined {
  if (!Array.isArray(value) || !value.every(isPosition)) return (report('bad-coordinates'), undefined);
  const ring = value.map(([x, y]) => [x, y] as Position);
  const [first, last] = [ring[0], ring[ring.length - 1]];
  if (ring.length > 0 && (first[0] !== last[0] || first[1] !== last[1])) {
    report('unclosed-ring');
    ring.push([first[0], first[1]]);
  }
  if (ring.length < 4) return (report('bad-coordinates'), undefined);
  return ring;
}

function readPolygon(value: unknown, report: (code: GeometryProblemCode) => void): Ring[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return (report('bad-coordinates'), undefined);
  const rings = value.map((ring) => readRing(ring, report));
  return rings.every((r): r is Ring => r !== undefined) ? rings : undefined;
}

function readGeometry(value: unknown, report: (code: GeometryProblemCode) => void): AreaGeometry | undefined {
  if (value === null || typeof value !== 'object') return (report('no-geometry'), undefined);
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') {
    const rings = readPolygon(coordinates, report);
    return rings && { type, coordinates: rings };
  }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) return (report('bad-coordinates'), undefined);
    const polygons = coordinates.map((p) => readPolygon(p, report));
    return polygons.every((p): p is Ring[] => p !== undefined) ? { type, coordinates: polygons } : undefined;
  }
  return (report('unsupported-geometry'), undefined);
}

function* positionsOf(geometry: AreaGeometry): Generator<Position> {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const rings of polygons) for (const ring of rings) yield* ring;
}

function swapped(geometry: AreaGeometry): AreaGeometry {
  const swapRing = (ring: Ring) => ring.map(([x, y]) => [y, x] as Position);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(swapRing) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(swapRing)) };
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];
const centre = (b: BBox): Position => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
const distance = (a: Position, b: Position) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Vietnam's mainland and islands lie within about 102–118°E, 7–24°N: the reference for one lone feature. */
const VIETNAM: BBox = [102, 7, 118, 24];

/**
 * Whether a feature's coordinates look like latitude/longitude written the wrong way round:
 * out of the world's range while the swapped pair is in range, or far from the other features
 * (their median centre, or Vietnam when there are fewer than three) while the swapped shape is near.
 */
function looksSwapped(box: BBox, reference: Position, tolerance: number): boolean {
  const corners: Position[] = [
    [box[0], box[1]],
    [box[2], box[3]],
  ];
  const swappedInWorld = corners.every(([x, y]) => inWorld([y, x]));
  if (!corners.every(inWorld)) return swappedInWorld;
  const here = centre(box);
  const there: Position = [here[1], here[0]];
  return swappedInWorld && distance(here, reference) > tolerance && distance(there, reference) <= tolerance;
}

/**
 * Reads a GeoJSON FeatureCollection's features into drawable, rewound features, reporting
 * every problem with the feature's index. Unclosed rings are closed and lat/lon swaps swapped
 * back (both still drawn); missing geometry, non-numbers and non-area types are left out.
 */
export function cleanBoundaries(features: readonly unknown[]): CleanBoundaries {
  const problems: GeometryProblem[] = [];
  const read: { index: number; geometry: AreaGeometry; properties: Record<string, unknown>; box: BBox }[] = [];
  features.forEach((value, index) => {
    const found: GeometryProblemCode[] = [];
    const feature = (value ?? {}) as { geometry?: unknown; properties?: unknown };
    const geometry = readGeometry(feature.geometry ?? null, (code) => found.push(code));
    const drawn = geometry !== undefined;
    for (const code of new Set(found)) problems.push({ index, code, drawn });
    if (!geometry) return;
    const properties = (
      feature.properties && typeof feature.properties === 'object' ? feature.properties : {}
    ) as Record<string, unknown>;
    read.push({ index, geometry, properties, box: bboxOf(positionsOf(geometry)) });
  });

  const inRange = read.filter(({ box }) => inWorld([box[0], box[1]]) && inWorld([box[2], box[3]]));
  const useOthers = inRange.length >= 3;
  const reference: Position = useOthers
    ? [median(inRange.map((f) => centre(f.box)[0])), median(inRange.map((f) => centre(f.box)[1]))]
    : centre(VIETNAM);
  const size = useOthers ? median(inRange.map(({ box }) => Math.max(box[2] - box[0], box[3] - box[1]))) : 0;
  const tolerance = useOthers ? Math.max(1, size * 20) : 12;

  const clean: CleanBoundaries['features'] = [];
  for (const { index, geometry, properties, box } of read) {
    let drawable = geometry;
    if (looksSwapped(box, reference, tolerance)) {
      problems.push({ index, code: 'swapped-coordinates', drawn: true });
      drawable = swapped(geometry);
    } else if (!inWorld([box[0], box[1]]) || !inWorld([box[2], box[3]])) {
      problems.push({ index, code: 'bad-coordinates', drawn: false });
      continue;
    }
    clean.push({ index, feature: { type: 'Feature', geometry: rewindGeometry(drawable), properties } });
  }
  problems.sort((a, b) => a.index - b.index);
  return { features: clean, problems };
}
