import { wardLocator } from '../../../src/components/spaces/geometry/ward-locator.js';
import { expect } from '@open-wc/testing';
import {
  cleanBoundaries,
  orientRing,
  ringArea,
  rewindGeometry,
  type Ring,
} from '../../../src/components/spaces/geometry/geometry.js';

const ccwSquare: Ring = [
  [106.6, 10.7],
  [106.7, 10.7],
  [106.7, 10.8],
  [106.6, 10.8],
  [106.6, 10.7],
];
const cwSquare: Ring = ccwSquare.slice().reverse();
const polygon = (ring: unknown) => ({
  type: 'Feature',
  properties: {},
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const square = (x: number, y: number): Ring => [
  [x, y],
  [x + 0.01, y],
  [x + 0.01, y + 0.01],
  [x, y + 0.01],
  [x, y],
];

describe('geometry: rewinding rings for d3-geo', () => {
  it('measures a counter-clockwise ring as positive and a clockwise one as negative', () => {
    expect(ringArea(ccwSquare)).to.be.greaterThan(0);
    expect(ringArea(cwSquare)).to.be.lessThan(0);
  });

  it('turns an RFC 7946 exterior ring clockwise and its hole counter-clockwise', () => {
    const hole: Ring = [
      [106.62, 10.72],
      [106.62, 10.74],
      [106.64, 10.74],
      [106.64, 10.72],
      [106.62, 10.72],
    ];
    const g = rewindGeometry({ type: 'Polygon', coordinates: [ccwSquare, hole] });
    expect(ringArea(g.coordinates[0] as Ring)).to.be.lessThan(0);
    expect(ringArea(g.coordinates[1] as Ring)).to.be.greaterThan(0);
  });

  it('leaves a ring that already runs the right way untouched', () => {
    expect(orientRing(cwSquare, true)).to.equal(cwSquare);
  });

  it('rewinds every polygon of a MultiPolygon', () => {
    const g = rewindGeometry({ type: 'MultiPolygon', coordinates: [[ccwSquare], [cwSquare]] });
    expect(g.coordinates.map((p) => ringArea((p as Ring[])[0]) < 0)).to.deep.equal([true, true]);
  });

  it('tells whether a point lies inside a polygon, minding holes', () => {
    const locate = wardLocator([{ type: 'Polygon', coordinates: [ccwSquare] }]);
    expect(locate(106.65, 10.75)).to.equal(0);
    expect(locate(106.75, 10.75)).to.equal(-1);
  });
});

describe('geometry: reading boundaries with mistakes', () => {
  it('leaves out a feature with no geometry and reports its index', () => {
    const { features, problems } = cleanBoundaries([
      polygon(ccwSquare),
      { type: 'Feature', properties: {}, geometry: null },
    ]);
    expect(features.map((f) => f.index)).to.deep.equal([0]);
    expect(problems).to.deep.equal([{ index: 1, code: 'no-geometry', drawn: false }]);
  });

  it('closes an unclosed ring, reports it and still draws the feature', () => {
    const { features, problems } = cleanBoundaries([polygon(ccwSquare.slice(0, 4))]);
    expect(features).to.have.length(1);
    expect(features[0].feature.geometry.coordinates[0]).to.have.length(5);
    expect(problems).to.deep.equal([{ index: 0, code: 'unclosed-ring', drawn: true }]);
  });

  it('leaves out a feature whose coordinates are not numbers', () => {
    const bad = ccwSquare.map((p, i) => (i === 2 ? [NaN, 10.8] : p));
    const text = ccwSquare.map((p, i) => (i === 1 ? ['106.7', '10.7'] : p));
    const { features, problems } = cleanBoundaries([polygon(bad), polygon(text), polygon(ccwSquare)]);
    expect(features.map((f) => f.index)).to.deep.equal([2]);
    expect(problems.map((p) => [p.index, p.code])).to.deep.equal([
      [0, 'bad-coordinates'],
      [1, 'bad-coordinates'],
    ]);
  });

  it('swaps back a feature written latitude first (out of range) and says so', () => {
    const swapped = ccwSquare.map(([x, y]) => [y, x]);
    const { features, problems } = cleanBoundaries([polygon(swapped)]);
    expect(problems).to.deep.equal([{ index: 0, code: 'swapped-coordinates', drawn: true }]);
    expect(features[0].feature.geometry.coordinates[0][0][0]).to.be.closeTo(106.6, 1e-9);
  });

  it('swaps back a feature far from the others when the swapped shape is near them', () => {
    const wards = [square(106.6, 10.7), square(106.62, 10.7), square(106.64, 10.72), square(106.61, 10.73)];
    const odd = square(106.63, 10.71).map(([x, y]) => [y, x]);
    const input = [...wards.map(polygon), polygon(odd)];
    const { problems } = cleanBoundaries(input);
    expect(problems).to.deep.equal([{ index: 4, code: 'swapped-coordinates', drawn: true }]);
  });

  it('does not report well-formed wards from the shared files', async () => {
    const fc = await (await fetch(new URL('../../fixtures/geo/quan-11.geojson', import.meta.url))).json();
    const { features, problems } = cleanBoundaries(fc.features);
    expect(problems).to.deep.equal([]);
    expect(features).to.have.length(16);
    expect(features.every((f) => ringArea(f.feature.geometry.coordinates[0] as Ring) < 0)).to.equal(true);
  });

  it('refuses Points and LineStrings as boundaries without failing the rest', () => {
    const point = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106.6, 10.7] } };
    const { features, problems } = cleanBoundaries([point, polygon(ccwSquare)]);
    expect(features.map((f) => f.index)).to.deep.equal([1]);
    expect(problems[0]).to.deep.equal({ index: 0, code: 'unsupported-geometry', drawn: false });
  });
});
