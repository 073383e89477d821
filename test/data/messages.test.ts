import { expect } from '@open-wc/testing';
import '../../src/data/words/messages-all.js';
import { capIssues, formatPath, localiseIssues, makeIssue, parsePath } from '../../src/data/words/issues.js';
import { formatCount } from '../../src/data/words/message-format.js';
import { message, type MessageCode, type MessageParams } from '../../src/data/words/messages.js';
import { qualifierFromWord } from '../../src/data/normalise/qualifiers.js';

/**
 * Every code with params that take each of its wordings (TypeScript refuses this table while a
 * code is missing from it): each must read as plain words in Vietnamese and in English.
 */
const cases: Record<MessageCode, MessageParams[]> = {
  'empty-file': [{}],
  'invalid-json': [
    ...['unexpected-end', 'unexpected-char', 'missing-comma', 'trailing-comma', 'missing-colon'].map((reason) => ({
      line: 3,
      column: 5,
      reason,
    })),
    ...['unterminated-string', 'bad-escape', 'control-char', 'single-quote', 'comment', 'bad-number'].map((reason) => ({
      line: 3,
      column: 5,
      reason,
      found: '"x"',
    })),
    ...['bad-literal', 'key-not-string', 'extra-content', 'unknown'].map((reason) => ({ line: 1, column: 2, reason })),
  ],
  'not-an-object': [{ found: 'array' }, { found: 'string' }, { found: 'number' }],
  'too-deep': [{ limit: 64 }],
  'too-large': [
    { size: 20000000, limit: 10485760, unit: 'bytes' },
    { size: 20000000, limit: 10485760, unit: 'chars' },
  ],
  bom: [{}],
  unreadable: [
    { reason: 'missing' },
    { reason: 'not-utf8' },
    { reason: 'directory' },
    { reason: 'x', detail: 'EIO' },
    {},
  ],
  'missing-version': [{}],
  'unsupported-version': [{ version: 2 }],
  required: [{}],
  'wrong-type': [
    ...['string', 'number', 'int', 'boolean', 'object', 'array'].map((expected) => ({ expected, received: 'null' })),
    { expected: 'number', received: 'string', value: '"11.368"', numberLike: true },
    { expected: 'string', received: 'number', value: 5 },
    { expected: 'number', received: 'nan' },
    { expected: 'number', received: 'infinite' },
  ],
  'too-small': [{ origin: 'string' }, { origin: 'array', minimum: 1 }, { minimum: 0, actual: -1 }, { minimum: 0 }],
  'too-big': [
    { origin: 'string', maximum: 200, actual: 300 },
    { origin: 'array', maximum: 100, actual: 200 },
    { maximum: 1, actual: 2 },
    { maximum: 1 },
  ],
  'invalid-option': [{ value: '"x"', options: 'a, b' }, { options: 'a, b' }],
  invalid: [{}, { detail: 'x' }],
  blank: [{}],
  'invalid-date': [
    { value: '"2019-02-30"', problem: 'day' },
    { value: '"2019-13-01"', problem: 'month' },
    { value: '"x"' },
  ],
  'unsafe-url': [{ value: '"javascript:x"' }],
  'web-url': [{ value: '"x"' }],
  'date-order': [{}],
  'derive-one-of': [{}],
  'derive-sum-field': [{}],
  'value-or-derive': [{}],
  'share-needs-target': [{}],
  'revoked-status': [{}],
  'online-needs-url': [{}],
  'online-no-location': [{}],
  'person-name-or-position': [{}],
  'boundaries-one-of': [{}],
  'location-swapped': [{ first: 10.7, second: 106.6 }],
  'location-range': [{}],
  'duplicate-id': [{ id: 'u1', first: 'units[0]' }],
  'unknown-reference': [{ id: 'u9', collection: 'units' }],
  'breakdown-sum': [{ sum: 10, value: 12 }],
  'derived-mismatch': [{ stated: 4, computed: 5 }],
  'derive-no-records': [{ collection: 'spaces' }],
  'derive-not-number': [{ field: 'amount', count: 2 }],
  'unknown-key': [{ key: 'nmae' }, { key: 'nmae', suggestion: 'name' }],
  'html-in-text': [{ value: '"<b>"' }],
  'space-without-location': [{}],
  'missing-commitment': [{ heading: 'H1' }],
  'unknown-heading': [{ headingId: 'h9' }],
  'duplicate-heading': [{ headingId: 'h1' }],
  'required-field': [{ field: 'fullName' }],
  'template-mismatch': [{ field: 'year', expected: '2017', actual: '2018' }],
  'more-issues': [
    { count: 3, severity: 'error' },
    { count: 3, severity: 'warning' },
  ],
};

/** Letters only Vietnamese writes: an English message holding one has lost its English. */
const vietnameseLetters = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('messages', () => {
  for (const [code, variants] of Object.entries(cases) as [MessageCode, MessageParams[]][]) {
    it(`word ${code} in Vietnamese and, in every variant, in English`, () => {
      for (const params of variants) {
        for (const segments of [['name'], []]) {
          const vi = message('vi', code, params, segments);
          const en = message('en', code, params, segments);
          const seen = JSON.stringify({ params, vi, en });
          expect(vi, seen).to.be.a('string');
          expect(vi, seen).to.not.be.oneOf(['', code, `${code} "name"`]);
          expect(en, seen).to.not.be.oneOf(['', vi]);
          expect(en, seen).to.not.match(vietnameseLetters);
          expect(en, seen).to.not.include('undefined');
          expect(vi, seen).to.not.include('undefined');
        }
      }
    });
  }

  it('differ between the two languages', () => {
    expect(message('vi', 'required', {}, ['name'])).to.equal('thiếu trường bắt buộc "name"');
    expect(message('en', 'required', {}, ['name'])).to.equal('the required field "name" is missing');
  });

  it('put the parts where each language puts them', () => {
    const reference = { id: 'u9', collection: 'units' };
    expect(message('vi', 'unknown-reference', reference)).to.equal('không có mục nào trong "units" có mã "u9"');
    expect(message('en', 'unknown-reference', reference)).to.equal('there is no item with the id "u9" in "units"');
    const json = { line: 3, column: 5, reason: 'missing-comma', found: '"b"' };
    expect(message('en', 'invalid-json', json)).to.equal(
      'invalid JSON at line 3, column 5: a comma is missing between two items (found "b")',
    );
  });

  it('are worded again in the other language from their code and params', () => {
    const issue = makeIssue('derived-mismatch', ['metrics', 3, 'value'], { stated: 4, computed: 11368 }, 'vi');
    expect(issue.message).to.equal('số ghi là 4 nhưng đếm trong dữ liệu được 11.368; lamtheo hiển thị 11.368');
    expect(localiseIssues([issue], 'en')[0].message).to.equal(
      'the stated number is 4 but the data counts 11,368; lamtheo shows 11,368',
    );
  });

  it('write counts the way each language does, and years as years', () => {
    expect(formatCount(10485760, 'vi')).to.equal('10.485.760');
    expect(formatCount(10485760, 'en')).to.equal('10,485,760');
    expect(formatCount(98.8, 'vi')).to.equal('98,8');
    expect(formatCount(1900, 'vi')).to.equal('1900');
  });
});

describe('issue paths', () => {
  it('read like JSON paths', () => {
    expect(formatPath(['commendations', 12, 'decision', 'date'])).to.equal('commendations[12].decision.date');
    expect(formatPath([])).to.equal('');
    expect(formatPath(['odd key', 0, 'a"b'])).to.equal('["odd key"][0]["a\\"b"]');
  });

  it('read back into keys and indexes', () => {
    for (const path of [['commendations', 12, 'decision', 'date'], ['odd key', 0, 'a"b'], ['__proto__'], []])
      expect(parsePath(formatPath(path))).to.deep.equal(path);
  });

  it('are capped with a count of the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => makeIssue('blank', ['units', i, 'name'], {}, 'vi'));
    const capped = capIssues(many, 10, 'vi');
    expect(capped).to.have.length(11);
    expect(capped[10].message).to.equal('còn 2 lỗi khác không liệt kê ở đây');
  });
});

describe('qualifier words', () => {
  it('map hơn, trên, gần and khoảng to qualifiers', () => {
    expect(qualifierFromWord('hơn')).to.equal('more-than');
    expect(qualifierFromWord('Trên')).to.equal('more-than');
    expect(qualifierFromWord('gần')).to.equal('nearly');
    expect(qualifierFromWord('khoảng')).to.equal('about');
    expect(qualifierFromWord('ít nhất')).to.equal('at-least');
    expect(qualifierFromWord('dưới')).to.equal('less-than');
    expect(qualifierFromWord('đúng')).to.equal('exact');
  });
});
