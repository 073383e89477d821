import { expect } from '@open-wc/testing';
import {
  boundaries,
  commendation,
  culturalSpace,
  dataset,
  metric,
  period,
  pledge,
  pledgeSubmission,
  pledgeTemplate,
  provenance,
  unit,
  type Dataset,
  type Metric,
} from '../../src/schema/index.js';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  expect(schema.safeParse(value).success, JSON.stringify(value).slice(0, 200)).to.equal(true);
const bad = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  expect(schema.safeParse(value).success, JSON.stringify(value).slice(0, 200)).to.equal(false);

describe('the schema parts', () => {
  it('accept a dataset with nothing but its version, and any single collection', () => {
    ok(dataset, { version: 1 });
    ok(dataset, { version: 1, units: [] });
    ok(dataset, { version: 1, metrics: [{ id: 'm', label: 'Đảng viên', value: 11368 }] });
    ok(dataset, { version: 1, spaces: [] });
    bad(dataset, { version: 2 });
  });

  it('fill in an exact count when a metric says nothing else', () => {
    const parsed = metric.parse({ id: 'dang-vien', label: 'Đảng viên', value: 11368, unit: 'đảng viên' }) as Metric;
    expect(parsed.qualifier).to.equal('exact');
    expect(parsed.kind).to.equal('count');
  });

  it('express "hơn 12.000", 24/40, 98,8 %, 215 → 117 and 440 = 138 + 124 + 115 + 28 + 35', () => {
    ok(metric, { id: 'a', label: 'Người học', value: 12000, qualifier: 'more-than' });
    ok(metric, { id: 'b', label: 'Cơ sở Đảng', value: 24, kind: 'share', target: { value: 40 } });
    ok(metric, { id: 'c', label: 'Đăng ký cá nhân', value: 98.8, kind: 'percent' });
    ok(metric, {
      id: 'd',
      label: 'Hội nghị',
      value: 117,
      previous: { value: 215, period: { type: 'year', year: 2017 } },
    });
    ok(metric, {
      id: 'e',
      label: 'Kết nạp',
      value: 440,
      breakdown: [138, 124, 115, 28, 35].map((value, i) => ({ label: `Nhóm ${i + 1}`, value })),
    });
    ok(metric, {
      id: 'f',
      label: 'Trend',
      value: 3,
      history: [
        { value: 1, period: { type: 'year', year: 2020 } },
        { value: 3, date: '2021-06' },
      ],
    });
  });

  it('express a year, a term, a range and part of a year', () => {
    ok(period, { type: 'year', year: 2017 });
    ok(period, { type: 'term', from: 2015, to: 2020, label: 'nhiệm kỳ 2015 – 2020' });
    ok(period, { type: 'range', from: '2018-05', to: '2019-02' });
    ok(period, { type: 'part-of-year', year: 2017, months: 6, label: '6 tháng đầu năm' });
    bad(period, { type: 'part-of-year', year: 2017, months: 13 });
    bad(period, { type: 'range', from: '2018-05', to: '2018-04' });
  });

  it('let a derived metric go without a value, counting or summing with filters', () => {
    ok(metric, { id: 'r', label: 'Cơ sở tôn giáo', derive: { count: 'spaces', where: { kind: 'religious-site' } } });
    ok(metric, {
      id: 's',
      label: 'Tổng',
      derive: { sum: 'commendations', field: 'year', where: { 'recipient.kind': 'collective' } },
    });
    bad(metric, { id: 't', label: 'Sai', derive: { count: 'people' } });
  });

  it('keep a unit code with its list and date, and a unit with no level above it', () => {
    ok(unit, {
      id: 'quan-11-phuong-3',
      name: 'Phường 3',
      kind: 'ward',
      code: { value: '27220', list: 'Danh mục đơn vị hành chính Việt Nam', listDate: '2024-11-01' },
      validTo: '2024-12-31',
      successors: ['phuong-binh-thoi'],
    });
    ok(unit, { id: 'phuong-sai-gon', name: 'Phường Sài Gòn', kind: 'ward', validFrom: '2025-07-01' });
    bad(unit, { id: 'x', name: 'X', kind: 'ward', validFrom: '2025-07-01', validTo: '2024-12-31' });
    bad(unit, { id: 'x', name: 'X', kind: 'village' });
  });

  it('describe a commendation by form, line, issuer level, decision and status', () => {
    const parsed = commendation.parse({
      id: 'c',
      recipient: { kind: 'individual', name: 'Trần Thị Bích', position: 'Tổ trưởng tổ dân phố 12', unit: 'Phường 7' },
      form: 'giay-khen',
      formLabel: 'Giấy khen của Chủ tịch UBND phường',
      line: 'state',
      issuer: { name: 'Chủ tịch UBND Phường 7', level: 'UBND phường' },
      decision: { number: '1436/QĐ-UBND', date: '2023-05-19' },
      year: 2023,
    });
    expect(parsed.status).to.equal('in-force');
    ok(commendation, { ...parsed, status: 'revoked', revokedBy: { number: '12/QĐ-UBND', date: '2024-01-02' } });
  });

  it('place a space by location, or an online space by url', () => {
    ok(culturalSpace, { id: 'a', name: 'Chùa Quan Âm', kind: 'religious-site', location: [106.6385, 10.7634] });
    ok(culturalSpace, { id: 'b', name: 'Trực tuyến', kind: 'online', url: 'http://www.danguyphuong4quan11.com' });
    ok(culturalSpace, {
      id: 'c',
      name: 'Trụ sở Quận ủy',
      kind: 'office',
      components: [{ name: 'Khu vực khánh tiết' }, { name: 'Khu vực văn hóa đọc – trưng bày' }],
      photos: [{ src: '/anh/khanh-tiet.jpg', alt: 'Tượng Bác ở khu vực khánh tiết' }],
      links: [{ label: 'Phim tư liệu', url: 'https://example.vn/phim' }],
    });
    bad(culturalSpace, { id: 'd', name: 'Trực tuyến', kind: 'online' });
  });

  it('hold pledge headings as data: three, five or any number', () => {
    ok(pledgeTemplate, { id: 't', year: 2024, headings: [{ id: 'a', title: 'Yêu nước, trung thành' }] });
    bad(pledgeTemplate, { id: 't', year: 2024, headings: [] });
    ok(pledge, {
      templateId: 't',
      year: 2024,
      person: { position: 'Bí thư Tỉnh ủy' },
      commitments: [{ headingId: 'a', commitment: 'x' }],
    });
    expect(
      pledge.parse({
        templateId: 't',
        year: 2024,
        person: { fullName: 'A' },
        commitments: [{ headingId: 'a', commitment: 'x' }],
      }).public,
    ).to.equal(false);
  });

  it('require a name in what a pledge form posts, and keep its texts short', () => {
    const body = {
      templateId: 't',
      year: 2024,
      person: { fullName: 'Lê Văn Tám' },
      commitments: [{ headingId: 'a', commitment: 'Đi làm đúng giờ' }],
    };
    ok(pledgeSubmission, body);
    bad(pledgeSubmission, { ...body, person: { position: 'Đảng viên' } });
    bad(pledgeSubmission, { ...body, commitments: [{ headingId: 'a', commitment: 'x'.repeat(2001) }] });
  });

  it('take boundaries inline or by url, with the property that links them to units', () => {
    ok(boundaries, {
      url: '/quan-11.geojson',
      unitProperty: 'code',
      matches: 'code',
      attribution: '© OpenStreetMap contributors',
    });
    ok(boundaries, {
      featureCollection: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: '27220' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [0, 0],
                  [1, 0],
                  [0, 1],
                  [0, 0],
                ],
              ],
            },
          },
        ],
      },
      unitProperty: 'code',
      attribution: 'OSM',
    });
    bad(boundaries, { unitProperty: 'code', attribution: 'OSM' });
  });

  it('need a publisher and the date the figures hold', () => {
    ok(provenance, {
      publisher: 'Ban Tuyên giáo Quận ủy Quận 11',
      asOf: '2022-10-31',
      source: { title: 'Bài viết', url: 'https://example.vn/bai', date: '2023-01-23', documentNumber: '05-CT/TW' },
    });
    bad(provenance, { publisher: 'X' });
  });

  it('infer types that widgets can use', () => {
    const data: Dataset = {
      version: 1,
      metrics: [{ id: 'm', label: 'x', value: 1, qualifier: 'exact', kind: 'count' }],
    };
    expect(data.metrics![0].kind).to.equal('count');
  });
});
