import { expect } from '@open-wc/testing';
import { geoContains } from 'd3-geo';
import { cleanBoundaries, type AreaGeometry } from '../../../src/components/spaces/geometry/geometry.js';
import { wardLocator } from '../../../src/components/spaces/geometry/ward-locator.js';
import { quan11Geojson } from './q11.js';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('finding the ward that holds a point', () => {
  const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] as never };
  const twoIslands: AreaGeometry = {
    type: 'MultiPolygon',
    coordinates: [[square(20, 0, 2)], [square(30, 0, 2)]] as never,
  };
  const locate = wardLocator([withHole, twoIslands]);

  it('gives the position of the shape holding the point', () => {
    expect(locate(1, 1)).to.equal(0);
    expect(locate(31, 1)).to.equal(1);
    expect(locate(21, 1)).to.equal(1);
  });

  it('leaves out holes and places outside every shape', () => {
    expect(locate(5, 5)).to.equal(-1);
    expect(locate(25, 1)).to.equal(-1);
    expect(locate(-1, 5)).to.equal(-1);
  });

  it("agrees with d3-geo's spherical geoContains on the rewound wards of Quận 11", async () => {
    const { features } = cleanBoundaries((await quan11Geojson()).features);
    const geometries = features.map((f) => f.feature.geometry);
    const locateWard = wardLocator(geometries);
    let inAWard = 0;
    for (let i = 0; i < 60; i++) {
      for (let j = 0; j < 60; j++) {
        const point: [number, number] = [106.634 + (i * 0.0276) / 60, 10.753 + (j * 0.0256) / 60];
        const expected = geometries.findIndex((g) => geoContains(g as never, point));
        expect(locateWard(point[0], point[1]), `${point}`).to.equal(expected);
        if (expected >= 0) inAWard++;
      }
    }
    expect(inAWard).to.be.greaterThan(1000);
  });
});
