import { expect } from '@open-wc/testing';
import { lineStarts, locateJsonPath, locateJsonPaths, offsetToPosition } from '../../src/data/parse/json-position.js';

const TEXT = `{
  "version": 1,
  "units": [
    { "id": "phuong-3", "name": "Phường 3" },
    { "id": "phuong-7", "name": "Phường 7",
      "code": { "value": "27238", "listDate": "2024-11-01" } }
  ],
  "metrics": [{ "id": "m", "label": "Đảng viên", "value": 11368, "breakdown": [29, 15] }],
  "odd key": { "a\\"b": true }
}`;

describe('the JSON position mapper', () => {
  it('finds the value at a path', () => {
    expect(locateJsonPath(TEXT, ['version'])).to.include({ line: 2, column: 14 });
    expect(locateJsonPath(TEXT, ['units', 1, 'code', 'listDate'])).to.include({ line: 6, column: 47 });
    expect(locateJsonPath(TEXT, ['metrics', 0, 'breakdown', 1])).to.include({ line: 8, column: 84 });
  });

  it('finds list items and whole objects', () => {
    expect(locateJsonPath(TEXT, ['units', 0])).to.include({ line: 4, column: 5 });
    expect(locateJsonPath(TEXT, [])).to.include({ line: 1, column: 1 });
  });

  it('handles keys with spaces and escaped quotes', () => {
    expect(locateJsonPath(TEXT, ['odd key', 'a"b'])).to.include({ line: 9, column: 24 });
  });

  it('points a missing field at its nearest ancestor', () => {
    expect(locateJsonPath(TEXT, ['units', 0, 'kind'])).to.include({ line: 4, column: 5 });
    expect(locateJsonPath(TEXT, ['units', 9, 'name'])).to.include({ line: 3, column: 12 });
  });

  it('locates many paths in one pass', () => {
    const [a, b, c] = locateJsonPaths(TEXT, [
      ['metrics', 0, 'value'],
      ['units', 1, 'name'],
      ['units', 0, 'id'],
    ]);
    expect([a?.line, b?.line, c?.line]).to.deep.equal([8, 5, 4]);
  });

  it('copes with 10,000 levels of nesting', () => {
    const deep = '['.repeat(10000) + '1' + ']'.repeat(10000);
    expect(locateJsonPath(deep, new Array(10000).fill(0))).to.include({ line: 1, column: 10001 });
  });

  it('turns offsets into lines and columns', () => {
    const text = 'ab\ncd\n\nef';
    const starts = lineStarts(text);
    expect(starts).to.deep.equal([0, 3, 6, 7]);
    expect(offsetToPosition(text, 0, starts)).to.deep.equal({ line: 1, column: 1, offset: 0 });
    expect(offsetToPosition(text, 4, starts)).to.deep.equal({ line: 2, column: 2, offset: 4 });
    expect(offsetToPosition(text, 8)).to.deep.equal({ line: 4, column: 2, offset: 8 });
  });
});
