import { expect } from '@open-wc/testing';
import { safeDefine } from '../../src/internal/base-element.js';

describe('safeDefine', () => {
  it('defines a new tag', () => {
    class First extends HTMLElement {}
    expect(safeDefine('lamtheo-test-first', First)).to.equal(true);
    expect(customElements.get('lamtheo-test-first')).to.equal(First);
  });

  it('skips a tag that another copy already defined, with one warning and no exception', () => {
    class Original extends HTMLElement {}
    class Copy extends HTMLElement {}
    safeDefine('lamtheo-test-twice', Original);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(safeDefine('lamtheo-test-twice', Copy)).to.equal(false);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('lamtheo-test-twice')).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.include('already defined');
  });
});
