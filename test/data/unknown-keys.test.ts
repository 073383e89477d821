import { expect } from '@open-wc/testing';
import { scanParsed } from '../../src/data/check/scan.js';
import { closestKey, editDistance, schemaKeys } from '../../src/data/check/unknown-keys.js';
import { dataset } from '../../src/schema/index.js';

describe('unknown fields and pasted markup', () => {
  const known = schemaKeys(dataset);

  it('are recognised from every level of the schema', () => {
    for (const key of [
      'version',
      'metrics',
      'breakdown',
      'qualifier',
      'recipient',
      'revokedBy',
      'listDate',
      'headingId',
      'featureCollection',
      'unitProperty',
    ])
      expect(known.has(key), key).to.equal(true);
    expect(known.has('vaule')).to.equal(false);
  });

  it('measure small typing mistakes', () => {
    expect(editDistance('vaule', 'value')).to.equal(1);
    expect(editDistance('lable', 'label')).to.equal(1);
    expect(editDistance('Label', 'label')).to.equal(0);
    expect(editDistance('breakdown', 'breakdwon')).to.equal(1);
    expect(editDistance('qualifer', 'qualifier')).to.equal(1);
    expect(editDistance('a', 'featureCollection')).to.equal(4);
  });

  it('get a suggestion only when one is close', () => {
    expect(closestKey('vaule', known)).to.equal('value');
    expect(closestKey('qualifer', known)).to.equal('qualifier');
    expect(closestKey('lable', known)).to.equal('label');
    expect(closestKey('soLuong', known)).to.equal(undefined);
  });

  it('are found by comparing the input with what the schema kept', () => {
    const input = { version: 1, units: [{ id: 'a', name: 'A', kind: 'ward', ten: 'x' }], extra: { deep: 1 } };
    const output = dataset.parse(input);
    const issues = scanParsed(input, output, known, 'vi');
    expect(issues.map((i) => i.path)).to.deep.equal(['units[0].ten', 'extra']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('are not looked for inside GeoJSON, which keeps its own properties', () => {
    const input = {
      version: 1,
      boundaries: {
        featureCollection: {
          type: 'FeatureCollection',
          name: 'wards',
          features: [{ type: 'Feature', properties: { ten: 'Phường 3' }, geometry: null }],
        },
        unitProperty: 'ten',
        attribution: 'OSM',
      },
    };
    expect(scanParsed(input, dataset.parse(input), known, 'vi')).to.deep.equal([]);
  });

  it('are reported beside HTML or JavaScript found in text, in the order of the document', () => {
    const input = {
      version: 1,
      title: 'Xem <img src=x onerror=alert(1)>',
      units: [{ id: 'a', name: 'A', kind: 'ward', note: 'javascript:void(0)', extra: 1 }],
    };
    const issues = scanParsed(input, dataset.parse(input), known, 'en');
    expect(issues.map((i) => `${i.code} ${i.path}`)).to.deep.equal([
      'html-in-text title',
      'html-in-text units[0].note',
      'unknown-key units[0].extra',
    ]);
  });
});
