import { expect } from '@open-wc/testing';
import { clusterAt, clusterHolding, clusterPoints, type ScreenPoint } from '../../../src/components/spaces/cluster.js';

const points: ScreenPoint[] = [
  { x: 10, y: 10, kind: 'school', index: 0 },
  { x: 20, y: 14, kind: 'school', index: 1 },
  { x: 30, y: 30, kind: 'park', index: 2 },
  { x: 200, y: 200, kind: 'office', index: 3 },
];

describe('clustering markers on a grid', () => {
  it('merges points in one cell and counts them by kind', () => {
    const clusters = clusterPoints(points, 44);
    expect(clusters.map((c) => c.members)).to.deep.equal([[0, 1, 2], [3]]);
    expect([...clusters[0].counts]).to.deep.equal([
      ['school', 2],
      ['park', 1],
    ]);
    expect(clusters[0].x).to.equal(20);
  });

  it('splits a cluster when the same points are spread by zooming in', () => {
    const zoomed = points.map((p) => ({ ...p, x: p.x * 4, y: p.y * 4 }));
    const clusters = clusterPoints(zoomed, 44);
    expect(clusters.length).to.be.greaterThan(2);
    expect(clusterHolding(clusters, 2)?.members).to.not.include(0);
  });

  it('skips points well outside the view', () => {
    expect(clusterPoints(points, 44, 100, 100).map((c) => c.members)).to.deep.equal([[0, 1, 2]]);
  });

  it('finds the cluster under a click, nearest first, within a radius', () => {
    const clusters = clusterPoints(points, 44);
    expect(clusterAt(clusters, 198, 203, 10)?.members).to.deep.equal([3]);
    expect(clusterAt(clusters, 120, 120, 10)).to.equal(undefined);
  });
});
