import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import type { MapModel } from '../../../src/components/spaces/map-model.js';
import { projectMap, screenPoints } from '../../../src/components/spaces/projection.js';

type Ring = [number, number][];
const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

function model(rings: Ring[][], locations: [number, number][]): MapModel {
  return {
    spaces: locations.map((location, i) => ({ id: `s${i}`, name: `S${i}`, kind: 'school', location })),
    placed: locations.map((_, i) => i),
    wards: rings.map((coordinates) => ({
      feature: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } },
    })),
  } as unknown as MapModel;
}

/** Every vertex of SVG path data "M x,yL x,y…Z…", as [x, y]. */
const vertices = (d: string) => [...d.matchAll(/[ML]([-\d.e]+),([-\d.e]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('projectMap', () => {
  it('fits the wards inside the box with a margin, north up, one closed subpath per ring', () => {
    const outer = square(106.64, 10.75, 0.02);
    const hole = square(106.645, 10.755, 0.005).reverse();
    const { wardPaths } = projectMap(model([[outer, hole], [square(106.66, 10.75, 0.01)]], []), 400, 300);
    expect(wardPaths).to.have.length(2);
    expect(wardPaths[0].match(/M/g)).to.have.length(2);
    expect(wardPaths[0].match(/Z/g)).to.have.length(2);
    const all = wardPaths.flatMap(vertices);
    const xs = all.map(([x]) => x);
    const ys = all.map(([, y]) => y);
    expect(Math.min(...xs)).to.be.closeTo(16, 0.01);
    expect(Math.max(...xs)).to.be.closeTo(384, 0.01);
    expect(Math.min(...ys)).to.be.at.least(16 - 1e-9);
    expect(Math.max(...ys)).to.be.at.most(284 + 1e-9);
    // The first vertex of the outer ring is its south-west corner: left, and below the north-east one.
    const [[x0, y0], , [x2, y2]] = vertices(wardPaths[0]);
    expect(x0).to.be.lessThan(x2);
    expect(y0).to.be.greaterThan(y2);
  });

  it('puts each space at its pixel, inside its ward', () => {
    const { xy, wardPaths } = projectMap(model([[square(106.64, 10.75, 0.02)]], [[106.65, 10.76]]), 400, 400);
    const [[left, bottom], , [right, top]] = vertices(wardPaths[0]);
    expect(xy[0]).to.be.closeTo((left + right) / 2, 0.01);
    expect(xy[1]).to.be.within(top, bottom);
  });

  it('fits the spaces when there are no wards, and centres a single space', () => {
    const two = projectMap(
      model(
        [],
        [
          [106.6, 10.7],
          [106.7, 10.8],
        ],
      ),
      200,
      200,
    );
    for (const v of two.xy) expect(v).to.be.within(10 - 1e-9, 190 + 1e-9);
    const one = projectMap(model([], [[106.6, 10.7]]), 200, 100);
    expect([...one.xy]).to.deep.equal([100, 50]);
  });

  it('moves screen points with the zoom and leaves out hidden kinds', () => {
    const m = model(
      [],
      [
        [106.6, 10.7],
        [106.7, 10.8],
      ],
    );
    const { xy } = projectMap(m, 200, 200);
    const zoomed = screenPoints(m, xy, zoomIdentity.translate(10, 20).scale(2), new Set());
    expect(zoomed[1].x).to.be.closeTo(xy[2] * 2 + 10, 1e-9);
    expect(zoomed[1].y).to.be.closeTo(xy[3] * 2 + 20, 1e-9);
    expect(screenPoints(m, xy, zoomIdentity, new Set(['school']))).to.have.length(0);
  });
});
