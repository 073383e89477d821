import { expect } from '@open-wc/testing';
import '../../src/data/words/messages-all.js';
import { depthExceededAt, parseJsonText } from '../../src/data/parse/json-text.js';
import { findJsonSyntaxError } from '../../src/data/parse/json-syntax.js';

describe('reading the text of a dataset file', () => {
  it('returns the object of a valid file', () => {
    const read = parseJsonText('{"version": 1, "title": "Quận 11"}');
    expect(read.ok).to.equal(true);
    if (read.ok) expect(read.value).to.deep.equal({ version: 1, title: 'Quận 11' });
  });

  it('drops a byte order mark and says so', () => {
    const read = parseJsonText('\uFEFF{"version": 1}');
    expect(read.ok).to.equal(true);
    if (read.ok) {
      expect(read.text.startsWith('{')).to.equal(true);
      expect(read.warnings.map((w) => w.code)).to.deep.equal(['bom']);
    }
  });

  it('refuses text longer than the limit before parsing it', () => {
    const read = parseJsonText('{"version": 1, "title": "' + 'x'.repeat(200) + '"}', { maxLength: 100 });
    expect(read.ok).to.equal(false);
    if (!read.ok) {
      expect(read.errors[0].code).to.equal('too-large');
      expect(read.errors[0].message).to.include('tối đa 100 ký tự');
    }
  });

  it('refuses nesting deeper than the limit with the path, line and column of the first bracket too deep', () => {
    const read = parseJsonText('{\n "a": [[[[1]]]]\n}', { maxDepth: 3 });
    expect(read.ok).to.equal(false);
    if (!read.ok) {
      const { code, path, line, column } = read.errors[0];
      expect([code, path, line, column]).to.deep.equal(['too-deep', 'a[0][0]', 2, 9]);
    }
    // Keys with brackets, commas and quotes in them, items before, and a file cut after the place.
    const tricky = parseJsonText('{"x]":[1,{"a,\\"b":"[{"},[[[[[', { maxDepth: 4 });
    expect(tricky.ok).to.equal(false);
    if (!tricky.ok) expect(tricky.errors[0].path).to.equal('["x]"][2][0][0]');
  });

  it('ignores brackets inside strings when measuring nesting', () => {
    expect(depthExceededAt('{"a": "[[[[[[[[", "b": "\\"[[[["}', 2)).to.equal(-1);
    expect(depthExceededAt('[[[', 2)).to.equal(2);
  });

  it('reads 10,000 levels of nesting in a string without overflowing the stack', () => {
    const text = '{"v":"' + '['.repeat(10000) + '"}';
    expect(parseJsonText(text).ok).to.equal(true);
  });

  it('speaks English when asked', () => {
    const read = parseJsonText('', { lang: 'en' });
    if (!read.ok) expect(read.errors[0].message).to.equal('the file is empty: there is no JSON in it');
  });
});

describe('finding where JSON text goes wrong', () => {
  const reasonOf = (text: string) => findJsonSyntaxError(text)?.reason;

  it('finds nothing wrong in valid JSON of every kind', () => {
    for (const text of [
      '{}',
      '[]',
      '0',
      '-1.5e3',
      '"a\\u00e9\\n"',
      'true',
      'null',
      '{"a":[1,{"b":null}],"c":"d"}',
      ' \n{ } \n',
    ])
      expect(findJsonSyntaxError(text), text).to.equal(null);
  });

  it('names each kind of mistake', () => {
    expect(reasonOf('{"a": 1 "b": 2}')).to.equal('missing-comma');
    expect(reasonOf('[1, 2,]')).to.equal('trailing-comma');
    expect(reasonOf('{"a": 1,}')).to.equal('trailing-comma');
    expect(reasonOf('{"a" 1}')).to.equal('missing-colon');
    expect(reasonOf('{"a": "b')).to.equal('unterminated-string');
    expect(reasonOf('{"a": "b\\x"}')).to.equal('bad-escape');
    expect(reasonOf('{"a": "b\u0001"}')).to.equal('control-char');
    expect(reasonOf("{'a': 1}")).to.equal('single-quote');
    expect(reasonOf('{"a": 1} // note')).to.equal('comment');
    expect(reasonOf('{"a": 01}')).to.equal('bad-number');
    expect(reasonOf('{"a": 1.}')).to.equal('bad-number');
    expect(reasonOf('{"a": True}')).to.equal('bad-literal');
    expect(reasonOf('{a: 1}')).to.equal('key-not-string');
    expect(reasonOf('{"a": 1}}')).to.equal('extra-content');
    expect(reasonOf('{"a": [1, 2}')).to.equal('unexpected-char');
    expect(reasonOf('{"a": ')).to.equal('unexpected-end');
  });

  it('points at the offending character', () => {
    expect(findJsonSyntaxError('{"a": 1 "b": 2}')?.offset).to.equal(8);
    expect(findJsonSyntaxError('{"a": [1, 2}')).to.deep.equal({ offset: 11, reason: 'unexpected-char', found: '}' });
  });

  it('survives 100,000 open brackets', () => {
    expect(reasonOf('['.repeat(100000))).to.equal('unexpected-end');
  });
});
