import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/check/check.js';
import { localiseIssues } from '../../src/data/words/issues.js';
import { hasMessages } from '../../src/data/words/messages.js';

/** The modules this page has downloaded whose path holds `part`. */
const downloaded = (part: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));

// This file imports only checkDataset: no words are registered until there is a problem to word.
describe('checkDataset', () => {
  it('downloads no words when the data is valid', async () => {
    const result = await checkDataset(
      '{"version": 1, "metrics": [{"id": "m", "label": "Đảng viên", "value": 11368}]}',
      { lang: 'en' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.metricsById.get('m')!.value).to.equal(11368);
    expect(result.warnings).to.deep.equal([]);
    expect(hasMessages('vi')).to.equal(false);
    expect(hasMessages('en')).to.equal(false);
    expect(downloaded('problem-words')).to.deep.equal([]);
    expect(downloaded('en-problems')).to.deep.equal([]);
  });

  it('words problems in Vietnamese without downloading the English', async () => {
    const result = await checkDataset({ version: 99 }, { lang: 'vi' });
    if (result.ok) throw new Error('version 99 should fail');
    expect(result.problems[0].message).to.equal('phiên bản 99 chưa được hỗ trợ; lamtheo hiểu phiên bản 1');
    expect(downloaded('problem-words')).to.have.length(1);
    expect(downloaded('en-problems')).to.deep.equal([]);
    expect(hasMessages('en')).to.equal(false);
  });

  it('words problems in the language asked for, whatever the page’s, with their place in the text', async () => {
    expect(document.documentElement.lang).to.not.equal('en');
    const result = await checkDataset(
      '{\n  "version": 1,\n  "metrics": [{ "id": "m", "label": "x", "value": -1 }]\n}',
      {
        lang: 'en',
      },
    );
    if (result.ok) throw new Error('a negative count should fail');
    expect(result.problems[0]).to.include({
      path: 'metrics[0].value',
      code: 'too-small',
      message: 'must be 0 or more (it is -1)',
      line: 3,
    });
    expect(hasMessages('en')).to.equal(true);
    expect(downloaded('en-problems')).to.have.length(1);
  });

  it('words the same problems again in the other language from their code and params', async () => {
    const result = await checkDataset({ version: 99 }, { lang: 'en' });
    if (result.ok) throw new Error('version 99 should fail');
    expect(result.problems[0].message).to.equal('version 99 is not supported yet; lamtheo reads version 1');
    expect(localiseIssues(result.problems, 'vi')[0].message).to.equal(
      'phiên bản 99 chưa được hỗ trợ; lamtheo hiểu phiên bản 1',
    );
  });

  it('explains text that is not JSON, by line and column, and never throws on anything', async () => {
    const result = await checkDataset('{"version": 1,,}', { lang: 'vi' });
    if (result.ok) throw new Error('two commas should fail');
    expect(result.problems[0]).to.include({ code: 'invalid-json', line: 1 });
    for (const input of [undefined, null, 0, '', '[]', 'null', [], () => 1, Symbol('x'), { version: 1, metrics: 5 }]) {
      const checked = await checkDataset(input, { lang: 'en' });
      expect(checked.ok, String(input)).to.equal(false);
      if (!checked.ok) expect(checked.problems[0].message, String(input)).to.be.a('string').that.is.not.empty;
    }
  });
});
