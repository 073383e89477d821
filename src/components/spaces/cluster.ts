/**
 * Grid clustering in screen space: markers closer than about one cell merge into a cluster
 * that counts its members by kind; as the map zooms in, the same points spread over more
 * cells and clusters split. O(n) per call with no index to build, so it can run on every
 * zoom frame for 10,000 points (a supercluster-style tree would pay off only far beyond).
 */

export interface ScreenPoint {
  /** Position in pixels on the current view. */
  x: number;
  y: number;
  kind: string;
  /** The point's index in the caller's list (a space's index). */
  index: number;
}

export interface Cluster {
  /** Mean position of the members, in pixels. */
  x: number;
  y: number;
  /** Indices of the members, in input order; `members[0]` identifies the cluster. */
  members: number[];
  /** How many members of each kind, in order of first appearance. */
  counts: Map<string, number>;
}

/**
 * Groups points by the grid cell of `cellSize` pixels they fall in. Points outside the view
 * (`width`×`height` plus one cell of margin) are skipped. A cell holding one point gives a
 * cluster of one, which callers draw as a plain marker.
 */
export function clusterPoints(
  points: readonly ScreenPoint[],
  cellSize: number,
  width = Infinity,
  height = Infinity,
): Cluster[] {
  const cells = new Map<number, Cluster & { sx: number; sy: number }>();
  const order: (Cluster & { sx: number; sy: number })[] = [];
  for (const p of points) {
    if (p.x < -cellSize || p.y < -cellSize || p.x > width + cellSize || p.y > height + cellSize) continue;
    const key = Math.floor(p.x / cellSize) * 1_000_003 + Math.floor(p.y / cellSize);
    let cell = cells.get(key);
    if (!cell) {
      cell = { x: 0, y: 0, sx: 0, sy: 0, members: [], counts: new Map() };
      cells.set(key, cell);
      order.push(cell);
    }
    cell.sx += p.x;
    cell.sy += p.y;
    cell.members.push(p.index);
    cell.counts.set(p.kind, (cell.counts.get(p.kind) ?? 0) + 1);
  }
  return order.map(({ sx, sy, members, counts }) => ({
    x: sx / members.length,
    y: sy / members.length,
    members,
    counts,
  }));
}

/** The cluster that now holds `member`, to keep focus on it when its old cluster split. */
export function clusterHolding(clusters: readonly Cluster[], member: number): Cluster | undefined {
  return clusters.find((c) => c.members.includes(member));
}

/** The cluster under a pixel, nearest first, within `radius` pixels (for clicks on the canvas). */
export function clusterAt(clusters: readonly Cluster[], x: number, y: number, radius: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestDistance = radius * radius;
  for (const c of clusters) {
    const d = (c.x - x) ** 2 + (c.y - y) ** 2;
    if (d <= bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/**
 * Whether zooming in (up to `maxZoom`) would split the cluster: some member lies more than
 * 4 px from the first at that zoom. `xy` holds unzoomed positions, x then y, per slot;
 * `slotOf[index]` is a point's slot.
 */
export function canSplit(cluster: Cluster, xy: ArrayLike<number>, slotOf: ArrayLike<number>, maxZoom: number): boolean {
  const b = slotOf[cluster.members[0]];
  return cluster.members.some((m) => {
    const a = slotOf[m];
    return Math.hypot(xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]) * maxZoom > 4;
  });
}
