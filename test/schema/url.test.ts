import { expect } from '@open-wc/testing';
import { isSafeUrl, isWebUrl, urlScheme } from '../../src/schema/url.js';

describe('links from data', () => {
  it('allow http, https, mailto and tel', () => {
    for (const url of [
      'http://www.danguyphuong4quan11.com',
      'https://quan11.hochiminhcity.gov.vn/',
      'mailto:btg@example.vn',
      'tel:+842838555555',
    ])
      expect(isSafeUrl(url), url).to.equal(true);
  });

  it('allow relative paths on the same site', () => {
    for (const url of ['/anh/chua-quan-am.jpg', 'anh/chua.jpg', '../du-lieu.json', '?trang=2', '#muc-3'])
      expect(isSafeUrl(url), url).to.equal(true);
  });

  it('refuse javascript:, data:, vbscript: and file: in any case and however hidden', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])
      expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
  });

  it('refuse an empty link', () => {
    expect(isSafeUrl('')).to.equal(false);
    expect(isSafeUrl('   ')).to.equal(false);
  });

  it('read the scheme the browser would read', () => {
    expect(urlScheme(' java\nscript:x')).to.equal('javascript:');
    expect(urlScheme('HTTPS://x')).to.equal('https:');
    expect(urlScheme('/a:b')).to.equal('');
  });

  it('take only full http and https addresses as web addresses', () => {
    expect(isWebUrl('http://www.danguyphuong4quan11.com')).to.equal(true);
    expect(isWebUrl('https://example.vn/a?b=c')).to.equal(true);
    expect(isWebUrl('www.danguyphuong4quan11.com')).to.equal(false);
    expect(isWebUrl('/trang')).to.equal(false);
    expect(isWebUrl('mailto:a@b.vn')).to.equal(false);
    expect(isWebUrl('http://')).to.equal(false);
  });
});
