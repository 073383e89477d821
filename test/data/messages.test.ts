import { expect } from '@open-wc/testing';
import '../../src/data/words/messages-all.js';
import { capIssues, formatPath, makeIssue, parsePath } from '../../src/data/words/issues.js';
import { formatCount } from '../../src/data/words/message-format.js';
import { message, type MessageCode } from '../../src/data/words/messages.js';
import { messagesEn } from '../../src/data/words/messages-en.js';
import { messagesVi } from '../../src/data/words/messages-vi.js';
import { qualifierFromWord, qualifierWords } from '../../src/data/normalise/qualifiers.js';

describe('messages', () => {
  it('exist for every code in Vietnamese and in English', () => {
    expect(Object.keys(messagesVi).sort()).to.deep.equal(Object.keys(messagesEn).sort());
    for (const code of Object.keys(messagesVi) as MessageCode[]) {
      expect(message('vi', code, {}, ['field']), code)
        .to.be.a('string')
        .and.not.equal('');
      expect(message('en', code, {}, ['field']), code)
        .to.be.a('string')
        .and.not.equal('');
    }
  });

  it('differ between the two languages', () => {
    expect(message('vi', 'required', {}, ['name'])).to.equal('thiếu trường bắt buộc "name"');
    expect(message('en', 'required', {}, ['name'])).to.equal('the required field "name" is missing');
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

  it('read back for display in both languages', () => {
    expect(qualifierWords['more-than']).to.deep.equal({ vi: 'hơn', en: 'more than' });
    expect(qualifierWords.exact.vi).to.equal('');
  });
});
