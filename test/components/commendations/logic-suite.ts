// Plain-function tests of the table's logic; imported by commendation-table.test.ts so the
// family runs in one browser page (a second page is hidden, and hidden pages get no
// animation frames, scroll events or ResizeObserver callbacks).
import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { generateDataset } from '../../fixtures/generate/generate.js';
import type { Commendation } from '../../../src/schema/index.js';
import { parseColumns } from '../../../src/components/commendations/columns.js';
import { prepareRows, RowsPreparer } from '../../../src/components/commendations/rows.js';
import { buildSome, searchIndex } from '../../../src/components/commendations/search-index.js';
import { CommendationTableModel } from '../../../src/components/commendations/table-model.js';
import { filterRows, groupRows, noCriteria, summarize } from '../../../src/components/commendations/query.js';
import {
  columnRanks,
  sortedOrder,
  vietnameseCollator,
  vietnameseSortKey,
} from '../../../src/components/commendations/sort.js';
import { commendationsCsv } from '../../../src/components/commendations/csv-export.js';
import { csvDate, isCsvSource, readCommendationCsv } from '../../../src/components/commendations/csv-source.js';
import { decodeView, encodeView, readHash, writeHash } from '../../../src/components/commendations/url-state.js';
import { sourceKind } from '../../../src/components/commendations/source-reader.js';

const award = (name: string, extra: Partial<Commendation> = {}): Commendation => ({
  id: name,
  recipient: { kind: 'individual', name },
  form: 'giay-khen',
  line: 'party',
  issuer: { name: 'Ban Thường vụ Quận ủy Tân Bình', level: 'Quận ủy' },
  status: 'in-force',
  ...extra,
});

const names = (records: Commendation[], order: ArrayLike<number>) =>
  Array.from(order, (i) => records[i].recipient.name);

describe('the columns attribute', () => {
  it('keeps the order given and reports unknown ids', () => {
    expect(parseColumns('year stt recipient foo stt')).to.deep.equal({
      columns: ['year', 'stt', 'recipient'],
      unknown: ['foo'],
    });
  });
  it('falls back to the default columns when empty', () => {
    expect(parseColumns('').columns).to.include.members(['stt', 'recipient', 'decision', 'achievement']);
  });
});

describe('searching and filtering rows', () => {
  const records = [
    award('Đảng bộ Phường 17', { recipient: { kind: 'collective', name: 'Đảng bộ Phường 17' }, year: 2011 }),
    award('Nguyễn Văn An', {
      recipient: { kind: 'individual', name: 'Nguyễn Văn An', unit: 'Quận Tân Bình' },
      year: 2017,
    }),
    award('Trần Thị Đào', { year: 2017, form: 'bang-khen', line: 'state', status: 'revoked' }),
  ];
  const rows = prepareRows(records).rows;
  const all = sortedOrder(columnRanks(rows, 'stt'), 'ascending');
  const find = (query: string) => names(records, filterRows(rows, all, { ...noCriteria, query }));

  it('finds "Tân Bình" typed without tone marks and "Phường 17" as "phuong 17"', () => {
    expect(find('tan binh')).to.include('Nguyễn Văn An');
    expect(find('phuong 17')).to.deep.equal(['Đảng bộ Phường 17']);
    expect(find('PHƯỜNG 17')).to.deep.equal(['Đảng bộ Phường 17']);
  });

  it('matches "đ" when "d" is typed', () => {
    expect(find('dao')).to.deep.equal(['Trần Thị Đào']);
  });

  it('filters by year, form, line, kind and status', () => {
    const by = (filter: Partial<typeof noCriteria>) =>
      names(records, filterRows(rows, all, { ...noCriteria, ...filter }));
    expect(by({ year: '2017' })).to.deep.equal(['Nguyễn Văn An', 'Trần Thị Đào']);
    expect(by({ form: 'bang-khen' })).to.deep.equal(['Trần Thị Đào']);
    expect(by({ line: 'state' })).to.deep.equal(['Trần Thị Đào']);
    expect(by({ kind: 'collective' })).to.deep.equal(['Đảng bộ Phường 17']);
    expect(by({ status: 'revoked' })).to.deep.equal(['Trần Thị Đào']);
    expect(by({ unit: 'Quận Tân Bình' })).to.deep.equal(['Nguyễn Văn An']);
    expect(by({ year: '2017', status: 'in-force' })).to.deep.equal(['Nguyễn Văn An']);
  });

  it('counts collectives, individuals and revoked awards', () => {
    expect(summarize(rows, all)).to.deep.equal({ collectives: 1, individuals: 2, revoked: 1 });
    expect(prepareRows(records).totals).to.deep.equal({ collectives: 1, individuals: 2, revoked: 1 });
  });

  it('offers each filter its distinct values, in a stable order', () => {
    const { options } = prepareRows(records);
    expect(options.years).to.deep.equal([2017, 2011]);
    expect(options.forms).to.deep.equal(['giay-khen', 'bang-khen']);
    expect(options.kinds).to.deep.equal(['collective', 'individual']);
    expect(options.units).to.deep.equal(['Quận Tân Bình']);
    expect(options.statuses).to.deep.equal(['in-force', 'revoked']);
  });

  it('gives the view of the whole list, of a search and of groups, with their summaries', () => {
    const model = new CommendationTableModel(records);
    const all = model.view(noCriteria, undefined, '');
    expect(Array.from(all.items)).to.deep.equal([0, 1, 2]);
    expect(all.summary).to.deep.equal({ collectives: 1, individuals: 2, revoked: 1 });
    const found = model.view({ ...noCriteria, query: 'phuong 17' }, undefined, '');
    expect(Array.from(found.shown)).to.deep.equal([0]);
    expect(found.summary).to.deep.equal({ collectives: 1, individuals: 0, revoked: 0 });
    const byYear = model.view(noCriteria, { column: 'year', direction: 'descending' }, 'year');
    expect(byYear.groups.map((g) => g.key)).to.deep.equal(['2017', '2011']);
  });

  it('groups by year, newest first, with counts', () => {
    const { items, groups } = groupRows(rows, all, 'year', vietnameseCollator().compare);
    expect(groups).to.deep.equal([
      { key: '2017', count: 2 },
      { key: '2011', count: 1 },
    ]);
    expect(Array.from(items)).to.deep.equal([-1, 1, 2, -2, 0]);
  });
});

describe('sorting', () => {
  const records = ['Phường 17', 'Phường 3', 'Đình Đông Sơn', 'Dương Văn Bé', 'Ánh', 'an', 'Ăn'].map((n) => award(n));
  const rows = prepareRows(records).rows;

  it('orders names by Vietnamese collation, numbers inside names as numbers', () => {
    const order = names(records, sortedOrder(columnRanks(rows, 'recipient'), 'ascending'));
    expect(order).to.deep.equal([...records.map((r) => r.recipient.name)].sort(vietnameseCollator().compare));
    expect(order.indexOf('Phường 3')).to.be.lessThan(order.indexOf('Phường 17'));
    expect(order.indexOf('Dương Văn Bé')).to.be.lessThan(order.indexOf('Đình Đông Sơn'));
  });

  it('gives the same order as Intl.Collator("vi") with precomputed keys, on 3,000 generated names', () => {
    const generated = generateDataset({ seed: 7, commendations: 3000, spaces: 0 }).commendations!;
    const list = [...new Set(generated.map((c) => c.recipient.name))];
    const byKey = [...list].sort((a, b) => {
      const ka = vietnameseSortKey(a);
      const kb = vietnameseSortKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    expect(byKey).to.deep.equal([...list].sort(vietnameseCollator().compare));
  });

  it('sorts numbers and dates, putting missing values last both ways', () => {
    const dated = [
      award('a', { year: 2011, decision: { number: '1', date: '2011-05-01' } }),
      award('b', { year: 2017, decision: { number: '2', date: '2017-01-02' } }),
      award('c'),
    ];
    const datedRows = prepareRows(dated).rows;
    expect(names(dated, sortedOrder(columnRanks(datedRows, 'year'), 'descending'))).to.deep.equal(['b', 'a', 'c']);
    expect(names(dated, sortedOrder(columnRanks(datedRows, 'decision'), 'ascending'))).to.deep.equal(['a', 'b', 'c']);
    expect(names(dated, sortedOrder(columnRanks(datedRows, 'stt'), 'descending'))).to.deep.equal(['c', 'b', 'a']);
  });
});

describe('CSV', () => {
  it('exports the rows shown with a BOM and headers that read back', async () => {
    const records = [
      award('Nguyễn Văn An', {
        year: 2017,
        decision: { number: '1436/QĐ-UBND', date: '2017-05-19' },
        status: 'revoked',
      }),
      award('=HYPERLINK("http://x")'),
    ];
    const rows = prepareRows(records).rows;
    const text = commendationsCsv(rows, [1, 0], 'vi');
    expect(text.startsWith('\uFEFF')).to.equal(true);
    const table = csvParseRows(text.slice(1));
    expect(table[0].slice(0, 3)).to.deep.equal(['STT', 'Loại', 'Tên']);
    expect(table[1][2]).to.equal(`'=HYPERLINK("http://x")`);
    const back = await readCommendationCsv(text, 'vi');
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const [first, second] = back.value.dataset.commendations!;
    expect(first.recipient.name).to.equal('=HYPERLINK("http://x")');
    expect(second).to.deep.include({ year: 2017, status: 'revoked', form: 'giay-khen', line: 'party' });
    expect(second.decision).to.deep.equal({ number: '1436/QĐ-UBND', date: '2017-05-19' });
  });

  it('reads a spreadsheet list with Vietnamese headers, separated by semicolons', async () => {
    const text = [
      'STT;Họ và tên;Chức vụ;Đơn vị;Hình thức;Cấp khen;Số quyết định;Ngày quyết định;Năm;Thành tích',
      '1;Lê Thị Hoa;Bí thư chi bộ;Phường 3;Bằng khen của Ban Thường vụ Thành ủy;Thành ủy;12-QĐ/TU;19/5/2017;2017;"Gương mẫu,\ntận tụy"',
    ].join('\r\n');
    const result = await readCommendationCsv(text, 'vi');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [c] = result.value.dataset.commendations!;
    expect(c.recipient).to.deep.include({
      kind: 'individual',
      name: 'Lê Thị Hoa',
      position: 'Bí thư chi bộ',
      unit: 'Phường 3',
    });
    expect(c).to.deep.include({
      form: 'bang-khen',
      formLabel: 'Bằng khen của Ban Thường vụ Thành ủy',
      line: 'party',
      year: 2017,
    });
    expect(c.achievement).to.equal('Gương mẫu,\ntận tụy');
  });

  it('reports bad cells by line and column, counting quoted line breaks', async () => {
    const text =
      'Tên tập thể,Hình thức,Cấp khen,Năm,Ngày quyết định\n"Chi bộ\nKhu phố 1",Giấy khen,Quận ủy,2017,\nChi bộ 2,Giấy khen,Quận ủy,20x7,31/02/2017\n';
    const result = await readCommendationCsv(text, 'vi');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).to.deep.equal(['dòng 4, cột Ngày quyết định', 'dòng 4, cột Năm']);
    expect(await readCommendationCsv('Tên,Năm\nA,2017', 'en')).to.deep.include({ ok: false });
  });

  it('is recognised by extension, content type or header', () => {
    expect(isCsvSource('', { url: '/danh-sach.csv?v=2' })).to.equal(true);
    expect(isCsvSource('', { url: '/api/list', contentType: 'text/csv; charset=utf-8' })).to.equal(true);
    expect(isCsvSource('Họ và tên,Hình thức\n', { url: '/list' })).to.equal(true);
    expect(isCsvSource('{"version":1}', { url: '/list' })).to.equal(false);
    expect(isCsvSource('Số QĐ,Năm\n', { url: '/list' })).to.equal(false);
    expect(csvDate('21/05/2018')).to.equal('2018-05-21');
    expect(csvDate('2018-5-1')).to.equal('2018-05-01');
    expect(csvDate('31/02/2018')).to.equal(undefined);
  });
});

describe('the kind of text fetched from src', () => {
  it('is told by the URL, the content type or the first bytes, and left open otherwise', () => {
    expect(sourceKind('{}', { url: '/danh-sach.csv' })).to.equal('csv');
    expect(sourceKind('', { url: '/x', contentType: 'text/csv' })).to.equal('csv');
    expect(sourceKind('', { url: '/data.json?v=1' })).to.equal('json');
    expect(sourceKind('', { url: '/x', contentType: 'application/json; charset=utf-8' })).to.equal('json');
    expect(sourceKind('\uFEFF  [1]', { url: '/x' })).to.equal('json');
    expect(sourceKind('Họ và tên,Năm', { url: '/x' })).to.equal('unknown');
  });
});

describe('the view in the URL hash', () => {
  it('round-trips search, filters, sort and grouping, and leaves other keys alone', () => {
    const view = {
      criteria: { ...noCriteria, query: 'tân bình', year: '2017' },
      sort: { column: 'year' as const, direction: 'descending' as const },
      groupBy: 'level' as const,
    };
    const hash = writeHash('#noi-dung&lamtheo-x=q%3Dold', 'lamtheo-a', encodeView(view));
    expect(hash.startsWith('#noi-dung&')).to.equal(true);
    expect(decodeView(readHash(hash, 'lamtheo-a'))).to.deep.equal(view);
    expect(readHash(hash, 'lamtheo-x')).to.equal('q=old');
    expect(writeHash('#lamtheo-a=q%3Dx', 'lamtheo-a', '')).to.equal('');
  });
});

describe('a long list prepared a piece at a time', () => {
  const data = generateDataset({ seed: 11, commendations: 7_321, spaces: 0, revokedShare: 0.05 });
  const records = data.commendations!;
  const unitsById = new Map(data.units!.map((u) => [u.id, u]));
  /** A `more()` that allows `n` pieces, then says stop. */
  const pieces = (n: number) => () => n-- > 0;

  it('gives the same rows, filter choices and counts as prepared at once', () => {
    const preparer = new RowsPreparer(records, unitsById);
    let tasks = 0;
    while (!preparer.step(pieces(2))) tasks++;
    expect(tasks, 'several tasks for 7,321 rows at 2,000 a task').to.equal(3);
    const sliced = preparer.result();
    const whole = prepareRows(records, unitsById);
    expect(sliced.rows).to.deep.equal(whole.rows);
    expect(sliced.options).to.deep.equal(whole.options);
    expect(sliced.totals).to.deep.equal(whole.totals);
    expect(sliced.rows.some((row) => row.unitName !== '')).to.equal(true);
  });

  it('builds the same search index a slice of rows at a time as at once, and a search finds the same rows', () => {
    const rows = prepareRows(records, unitsById).rows;
    const again = prepareRows(records, unitsById).rows; // another list of rows: its own index
    let calls = 0;
    while (!buildSome(rows, pieces(1))) calls++;
    expect(calls, 'a field of 7,321 rows takes more than one slice').to.be.greaterThan(9);
    const sliced = searchIndex(rows);
    const whole = searchIndex(again);
    expect(sliced.fields.map((f) => f!.values)).to.deep.equal(whole.fields.map((f) => f!.values));
    expect(sliced.fields.map((f) => Array.from(f!.ids))).to.deep.equal(whole.fields.map((f) => Array.from(f!.ids)));
    const all = sortedOrder(columnRanks(rows, 'stt'), 'ascending');
    const query = rows[4321].record.recipient.name;
    const found = Array.from(filterRows(rows, all, { ...noCriteria, query }));
    expect(found).to.include(4321);
    expect(found).to.deep.equal(Array.from(filterRows(again, all, { ...noCriteria, query })));
  });
});
