import { expect } from '@open-wc/testing';
import { localiseIssues } from '../../src/data/words/issues.js';
import { hasMessages } from '../../src/data/words/messages.js';
import { validateDataset } from '../../src/data/check/validate-core.js';
import { validateJsonTextLazy } from '../../src/data/check/validate-lazy.js';

// This file imports only the lean path: no catalogue is registered until one is needed.
describe('validation for widget bundles', () => {
  it('loads no words when the data is valid', async () => {
    const result = await validateJsonTextLazy(
      '{"version": 1, "metrics": [{"id": "m", "label": "Đảng viên", "value": 11368}]}',
      { lang: 'vi' },
    );
    expect(result.ok).to.equal(true);
    expect(hasMessages('vi')).to.equal(false);
    expect(hasMessages('en')).to.equal(false);
  });

  it('words issues by their code until a catalogue is loaded', () => {
    const result = validateDataset({ version: 99 }, { lang: 'en' });
    if (result.ok) throw new Error('version 99 should fail');
    expect(result.errors[0].message).to.equal('unsupported-version "version"');
  });

  it('loads the words of the requested language only when there is something to say', async () => {
    const result = await validateJsonTextLazy('{"version": 99}', { lang: 'en' });
    if (result.ok) throw new Error('version 99 should fail');
    expect(result.errors[0].message).to.equal('version 99 is not supported yet; lamtheo reads version 1');
    expect(hasMessages('en')).to.equal(true);
    expect(hasMessages('vi')).to.equal(false);
  });

  it('words the same issues again in another language once loaded', async () => {
    await validateJsonTextLazy('{"version": 99}', { lang: 'vi' });
    const result = validateDataset({ version: 99 }, { lang: 'en' });
    if (result.ok) throw new Error('version 99 should fail');
    expect(localiseIssues(result.errors, 'vi')[0].message).to.equal(
      'phiên bản 99 chưa được hỗ trợ; lamtheo hiểu phiên bản 1',
    );
  });
});
