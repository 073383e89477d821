import { expect } from '@open-wc/testing';
import { checkDataset } from '../../src/data/read.js';
import { freshId, getAt, numberValue, pathText, setAt } from '../../src/studio/edit.js';
import { exportFileName, exportText, schemaUrlFor } from '../../src/studio/export.js';
import { starter, starterNames } from '../../src/studio/starters.js';
import { embedsFor } from '../../src/studio/embeds.js';

describe('studio logic', () => {
  it('sets a value at a path without changing the draft it was given, creating lists and objects', () => {
    const draft = { version: 1, metrics: [{ id: 'a', label: 'A', value: 1 }] };
    const next = setAt(draft, ['metrics', 0, 'target', 'value'], 40) as typeof draft;
    expect(next).to.deep.equal({ version: 1, metrics: [{ id: 'a', label: 'A', value: 1, target: { value: 40 } }] });
    expect(draft.metrics[0]).to.deep.equal({ id: 'a', label: 'A', value: 1 });
    expect(setAt({}, ['metrics', 0, 'breakdown', 1, 'value'], 8)).to.deep.equal({
      metrics: [{ breakdown: [undefined, { value: 8 }] }],
    });
  });

  it('removes a key or a list item when the value is undefined', () => {
    const draft = { metrics: [{ id: 'a', unit: 'lớp' }, { id: 'b' }] };
    expect(setAt(draft, ['metrics', 0, 'unit'], undefined)).to.deep.equal({ metrics: [{ id: 'a' }, { id: 'b' }] });
    expect(setAt(draft, ['metrics', 0], undefined)).to.deep.equal({ metrics: [{ id: 'b' }] });
  });

  it('keeps __proto__ as data, never as a prototype', () => {
    const next = setAt({}, ['__proto__', 'polluted'], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(next)).to.equal(Object.prototype);
    expect(getAt(next, ['__proto__', 'polluted'])).to.equal(true);
  });

  it('writes paths as the checker does', () => {
    expect(pathText(['metrics', 0, 'target', 'value'])).to.equal('metrics[0].target.value');
    expect(pathText(['spaces', 2, 'a-b'])).to.equal('spaces[2]["a-b"]');
  });

  it('reads numbers as a Vietnamese administrator writes them, and keeps what is not a number for the checker', () => {
    expect(numberValue('11.368')).to.equal(11368);
    expect(numberValue('1.234.567')).to.equal(1234567);
    expect(numberValue('98,8')).to.equal(98.8);
    expect(numberValue(' 24 ')).to.equal(24);
    expect(numberValue('')).to.equal(undefined);
    expect(numberValue('hơn 12.000')).to.equal('hơn 12.000');
    expect(freshId('chi-so', ['chi-so-1', 'chi-so-2'])).to.equal('chi-so-3');
  });

  it('offers starters that the checker accepts with no problem at all', async () => {
    for (const name of starterNames) {
      const result = await checkDataset(starter(name));
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.problems)}`).to.equal(true);
      expect(result.ok && result.warnings, name).to.deep.equal([]);
    }
    expect(starter('figures')).to.not.equal(starter('figures'));
  });

  it('exports $schema first, from the script address, pretty-printed with a final newline', () => {
    expect(schemaUrlFor('https://cdn.example/lamtheo/dist/lamtheo.js?v=2')).to.equal(
      'https://cdn.example/lamtheo/dist/lamtheo.schema.json',
    );
    const text = exportText({ version: 1, title: 'Quận 11' }, '/lamtheo.schema.json');
    expect(text).to.equal('{\n  "$schema": "/lamtheo.schema.json",\n  "version": 1,\n  "title": "Quận 11"\n}\n');
    expect(JSON.parse(exportText({ $schema: './mine.json', version: 1 }, 'x')).$schema).to.equal('./mine.json');
    expect(exportFileName('', 'Không gian văn hóa Quận 11')).to.equal('khong-gian-van-hoa-quan-11.json');
    expect(exportFileName('so-lieu.json', 'x')).to.equal('so-lieu.json');
  });

  it('offers a widget for each thing the data can show', () => {
    const keys = (name: Parameters<typeof starter>[0]) => embedsFor(starter(name), 'vi').map((e) => e.key);
    expect(keys('blank')).to.deep.equal([]);
    expect(keys('figures')).to.deep.equal([
      'counter-grid',
      'counter:to-chuc-co-so-dang',
      'counter:dang-vien',
      'counter:nguoi-hoc-chuyen-de',
      'counter:van-ban-chi-dao',
    ]);
    expect(embedsFor(starter('figures'), 'vi')[2].fallback).to.equal('Đảng viên: 11.368 đảng viên');
    expect(keys('commendations')).to.deep.equal(['commendation-table']);
    expect(keys('pledge')).to.deep.equal(['pledge-form:dang-ky-2017']);
    expect(keys('spaces')).to.deep.equal(['counter:khong-gian-da-ra-mat', 'space-map']);
  });
});
