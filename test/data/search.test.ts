import { expect } from '@open-wc/testing';
import { foldForSearch, matchesFolded } from '../../src/data/words/search.js';

const finds = (text: string, query: string) => matchesFolded(foldForSearch(text), foldForSearch(query));

describe('tone-insensitive search', () => {
  it('finds "Tân Bình" when typed without tone marks and in any case', () => {
    expect(finds('Quận Tân Bình', 'tan binh')).to.equal(true);
    expect(finds('Quận Tân Bình', 'TAN BINH')).to.equal(true);
  });

  it('finds "Phường 17" from "phuong 17" and treats đ as d', () => {
    expect(finds('Đảng ủy Phường 17', 'phuong 17')).to.equal(true);
    expect(finds('Đảng ủy Phường 17', 'dang uy')).to.equal(true);
    expect(finds('Đình Đông Sơn', 'dinh dong son')).to.equal(true);
  });

  it('matches words in any order but requires all of them', () => {
    expect(finds('Chùa Giác Hoằng, Phường 7', 'phuong 7 chua')).to.equal(true);
    expect(finds('Chùa Giác Hoằng, Phường 7', 'chua van phuoc')).to.equal(false);
  });

  it('folds composed and decomposed input alike', () => {
    expect(foldForSearch('Ho\u0300a')).to.equal(foldForSearch('Hòa'));
    expect(foldForSearch('Hoà')).to.equal('hoa');
  });

  it('lets an empty query match everything', () => {
    expect(finds('anything', '   ')).to.equal(true);
  });
});
