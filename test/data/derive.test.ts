import { expect } from '@open-wc/testing';
import '../../src/data/words/messages-all.js';
import { applyRule, deriveMetricValues, matchesWhere, readField } from '../../src/data/normalise/derive.js';
import { normaliseDataset, statedTotalOf } from '../../src/data/normalise/normalise.js';
import { dataset, type Dataset } from '../../src/schema/index.js';

const data = (input: unknown): Dataset => dataset.parse(input);

const SPACES = [
  { id: 'a', name: 'Chùa Quan Âm', kind: 'religious-site', unitId: 'p3', location: [106.64, 10.76], tags: ['chua'] },
  { id: 'b', name: 'Đình Đông Sơn', kind: 'religious-site' },
  { id: 'c', name: 'Phường 3', kind: 'ward-headquarters', unitId: 'p3', location: [106.64, 10.76] },
  { id: 'd', name: 'Trực tuyến', kind: 'online', url: 'http://www.danguyphuong4quan11.com', status: 'planned' },
];

describe('derived metrics', () => {
  it('read dotted fields through own properties only', () => {
    const record = { recipient: { kind: 'collective' }, tags: ['x'] };
    expect(readField(record, 'recipient.kind')).to.equal('collective');
    expect(readField(record, 'recipient.name')).to.equal(undefined);
    expect(readField(record, 'constructor')).to.equal(undefined);
    expect(readField(record, 'recipient.constructor.name')).to.equal(undefined);
    expect(readField(record, '__proto__')).to.equal(undefined);
  });

  it('match equality filters, list fields by membership, and null for a missing field', () => {
    expect(matchesWhere(SPACES[0], { kind: 'religious-site', unitId: 'p3' })).to.equal(true);
    expect(matchesWhere(SPACES[1], { kind: 'religious-site', unitId: 'p3' })).to.equal(false);
    expect(matchesWhere(SPACES[0], { tags: 'chua' })).to.equal(true);
    expect(matchesWhere(SPACES[1], { unitId: null })).to.equal(true);
    expect(matchesWhere(SPACES[1], undefined)).to.equal(true);
  });

  it('count the records of a collection that match', () => {
    const d = data({ version: 1, spaces: SPACES });
    expect(applyRule(d, { count: 'spaces' }).value).to.equal(4);
    expect(applyRule(d, { count: 'spaces', where: { kind: 'religious-site' } }).value).to.equal(2);
    expect(applyRule(d, { count: 'spaces', where: { status: 'active' } }).value).to.equal(3);
  });

  it('sum a numeric field and skip records where it is not a number', () => {
    const d = data({
      version: 1,
      commendations: [2016, 2017, 2017].map((year, i) => ({
        id: `c${i}`,
        recipient: { kind: 'collective', name: 'Tổ dân phố 12' },
        form: 'giay-khen',
        line: 'state',
        issuer: { name: 'UBND' },
        ...(i < 2 ? { year } : {}),
      })),
    });
    expect(applyRule(d, { sum: 'commendations', field: 'year' })).to.deep.equal({ value: 4033, skipped: 1 });
  });

  it('compute the value and warn with both numbers when the stated one differs', () => {
    const d = data({
      version: 1,
      spaces: SPACES,
      metrics: [
        {
          id: 'religious',
          label: 'Cơ sở tôn giáo',
          value: 1,
          derive: { count: 'spaces', where: { kind: 'religious-site' } },
        },
      ],
    });
    const { values, issues } = deriveMetricValues(d, 'en');
    expect(values.get('religious')).to.deep.equal({
      metricId: 'religious',
      value: 2,
      stated: 1,
      computed: 2,
      partial: false,
    });
    expect(issues.map((i) => [i.code, i.path, i.severity])).to.deep.equal([
      ['derived-mismatch', 'metrics[0].value', 'warning'],
    ]);
    expect(issues[0].message).to.equal('the stated number is 1 but the data counts 2; lamtheo shows 2');
  });

  it('keep the stated value, without a warning, when the records are fewer (a partial list)', () => {
    const d = data({
      version: 1,
      spaces: SPACES,
      metrics: [{ id: 'launched', label: 'Không gian đã ra mắt', value: 43, derive: { count: 'spaces' } }],
    });
    const { values, issues } = deriveMetricValues(d);
    expect(values.get('launched')).to.deep.equal({
      metricId: 'launched',
      value: 43,
      stated: 43,
      computed: 4,
      partial: true,
    });
    expect(issues).to.deep.equal([]);
    const n = normaliseDataset(d);
    expect(n.metricsById.get('launched')).to.include({ value: 43, derived: false, counted: 4 });
    expect(n.metricsById.get('launched')!.statedValue).to.equal(undefined);
    expect(statedTotalOf(n.dataset.metrics, 'spaces')?.id).to.equal('launched');
    expect(statedTotalOf(n.dataset.metrics, 'commendations')).to.equal(undefined);
  });

  it('say nothing when the stated value agrees', () => {
    const d = data({
      version: 1,
      spaces: SPACES,
      metrics: [{ id: 'n', label: 'Tất cả', value: 4, derive: { count: 'spaces' } }],
    });
    expect(deriveMetricValues(d).issues).to.deep.equal([]);
  });

  it('fall back to the stated value, with a warning, when the collection is missing', () => {
    const d = data({ version: 1, metrics: [{ id: 'n', label: 'Không gian', value: 43, derive: { count: 'spaces' } }] });
    const { values, issues } = deriveMetricValues(d);
    expect(values.get('n')!.value).to.equal(43);
    expect(issues.map((i) => i.code)).to.deep.equal(['derive-no-records']);
  });
});

describe('normalising a dataset', () => {
  const d = data({
    version: 1,
    units: [
      { id: 'q11', name: 'Quận 11', kind: 'district', validTo: '2025-06-30' },
      { id: 'p3', name: 'Phường 3', kind: 'ward', parent: 'q11' },
      { id: 'constructor', name: 'Đơn vị tên lạ', kind: 'other', parent: 'q11' },
    ],
    spaces: SPACES,
    metrics: [
      { id: 'all', label: 'Tất cả', derive: { count: 'spaces' } },
      { id: 'stated', label: 'Đảng viên', value: 11368 },
      { id: 'wrong', label: 'Tôn giáo', value: 1, derive: { count: 'spaces', where: { kind: 'religious-site' } } },
      {
        id: 'parts',
        label: 'Kết nạp',
        value: 440,
        breakdown: [
          { label: 'a', value: 400 },
          { label: 'b', value: 41 },
        ],
      },
    ],
  });
  const n = normaliseDataset(d, { lang: 'vi' });

  it('fill derived values in and keep the stated value that differed', () => {
    expect(n.metricsById.get('all')).to.include({ value: 4, derived: true });
    expect(n.metricsById.get('stated')).to.include({ value: 11368, derived: false });
    expect(n.metricsById.get('wrong')).to.include({ value: 2, derived: true, statedValue: 1 });
    expect(n.dataset.metrics!.map((m) => m.value)).to.deep.equal([4, 11368, 2, 440]);
  });

  it('leave the input unchanged', () => {
    expect(d.metrics![0].value).to.equal(undefined);
    expect(d.metrics![2].value).to.equal(1);
  });

  it('index units, spaces and children in Maps, where "constructor" is an ordinary id', () => {
    expect(n.unitsById.get('constructor')?.name).to.equal('Đơn vị tên lạ');
    expect(n.unitsById.get('toString')).to.equal(undefined);
    expect(n.childrenByParent.get('q11')!.map((u) => u.id)).to.deep.equal(['p3', 'constructor']);
    expect(n.spacesByUnit.get('p3')!.map((s) => s.id)).to.deep.equal(['a', 'c']);
    expect(n.spacesById.size).to.equal(4);
  });

  it('warn about derived mismatches, parts that do not add up and unknown units', () => {
    expect(n.warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal([
      'derived-mismatch metrics[2].value',
      'breakdown-sum metrics[3].breakdown',
    ]);
    const withUnknown = normaliseDataset(data({ version: 1, units: [], spaces: [SPACES[0]] }));
    expect(withUnknown.warnings.map((w) => `${w.code} ${w.path}`)).to.deep.equal([
      'unknown-reference spaces[0].unitId',
    ]);
  });
});
