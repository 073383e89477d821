/**
 * A seeded generator of large, realistic datasets (100,000 commendations, 10,000
 * spaces) for tests, stories and benchmarks. Same seed, same dataset, on every
 * machine. Framework-free; the result is valid against the schema. Generated data is
 * built in memory: never commit a generated file over 1 MB.
 */
import type { Dataset } from '../schema/dataset.js';
import type { Metric } from '../schema/metric.js';
import type { Unit } from '../schema/unit.js';
import { commendation, space } from './generate-records.js';
import { int, mulberry32, pad, personName, pick, type Random } from './generate-random.js';
import * as W from './generate-words.js';

export { mulberry32, personName };

/** [minLon, minLat, maxLon, maxLat] of Quận 11 (shared/data/geo/README.md). */
export const QUAN_11_BBOX: [number, number, number, number] = [106.634205, 10.753396, 106.6615, 10.778501];

export interface GenerateOptions {
  seed?: number;
  commendations?: number;
  spaces?: number;
  pledges?: number;
  wards?: number;
  bbox?: [number, number, number, number];
  /** Share of commendations that were revoked (default 0.01). */
  revokedShare?: number;
}

function units(wards: number): Unit[] {
  const list: Unit[] = [{ id: 'quan-mau', name: 'Quận Mẫu', kind: 'district', validTo: '2025-06-30' }];
  for (let n = 1; n <= wards; n++) {
    list.push({ id: `phuong-${n}`, name: `Phường ${n}`, kind: 'ward', parent: 'quan-mau', validTo: '2025-06-30' });
    list.push({
      id: `dang-bo-phuong-${n}`,
      name: `Đảng bộ Phường ${n}`,
      kind: 'party-committee',
      parent: `phuong-${n}`,
    });
  }
  W.SCHOOL_NAMES.forEach((name, i) => list.push({ id: `truong-${i + 1}`, name, kind: 'school', parent: 'quan-mau' }));
  return list;
}

const METRICS: Metric[] = [
  {
    id: 'spaces-total',
    label: 'Không gian văn hóa Hồ Chí Minh đã ra mắt',
    unit: 'không gian',
    qualifier: 'exact',
    kind: 'count',
    derive: { count: 'spaces' },
  },
  {
    id: 'spaces-religious',
    label: 'Cơ sở tôn giáo có không gian văn hóa',
    unit: 'cơ sở',
    qualifier: 'exact',
    kind: 'count',
    derive: { count: 'spaces', where: { kind: 'religious-site' } },
  },
  {
    id: 'commendations-collective',
    label: 'Tập thể được khen thưởng',
    unit: 'tập thể',
    qualifier: 'exact',
    kind: 'count',
    derive: { count: 'commendations', where: { 'recipient.kind': 'collective' } },
  },
  {
    id: 'commendations-revoked',
    label: 'Khen thưởng bị thu hồi',
    unit: 'quyết định',
    qualifier: 'exact',
    kind: 'count',
    derive: { count: 'commendations', where: { status: 'revoked' } },
  },
];

/** A dataset of the requested size; the same options always give the same dataset. */
export function generateDataset(options: GenerateOptions = {}): Dataset {
  const seed = options.seed ?? 1;
  const r = mulberry32(seed);
  const wards = Math.max(1, options.wards ?? 16);
  const bbox = options.bbox ?? QUAN_11_BBOX;
  const revokedShare = options.revokedShare ?? 0.01;
  const commendations = Array.from({ length: options.commendations ?? 1000 }, (_, i) =>
    commendation(r, i + 1, wards, revokedShare),
  );
  const spaces = Array.from({ length: options.spaces ?? 100 }, (_, i) => space(r, i + 1, wards, bbox));
  return {
    version: 1,
    title: `Dữ liệu mẫu (seed ${seed})`,
    provenance: {
      publisher: 'lamtheo – dữ liệu sinh tự động',
      asOf: '2024-12-31',
      note: `Sinh bởi generateDataset, seed ${seed}. Không phải số liệu thật.`,
    },
    units: units(wards),
    metrics: METRICS.map((m) => ({ ...m })),
    commendations,
    spaces,
    ...(options.pledges ? generatePledges(r, options.pledges, wards) : {}),
  };
}

function generatePledges(r: Random, count: number, wards: number): Pick<Dataset, 'pledgeTemplates' | 'pledges'> {
  const headings = [
    { id: 'tu-tuong', title: 'Học tập và làm theo tư tưởng Hồ Chí Minh' },
    { id: 'dao-duc', title: 'Học tập và làm theo đạo đức Hồ Chí Minh' },
    { id: 'phong-cach', title: 'Học tập và làm theo phong cách Hồ Chí Minh' },
  ];
  const template = { id: 'dang-ky-2024', year: 2024, headings };
  const pledges = Array.from({ length: count }, (_, i) => ({
    id: `dk-${pad(i + 1, 6)}`,
    templateId: template.id,
    year: 2024,
    person: { fullName: personName(r), position: pick(r, W.POSITIONS) },
    unitId: `phuong-${int(r, 1, wards)}`,
    commitments: headings.map((h) => ({
      headingId: h.id,
      commitment: `Thực hiện ${h.title.toLowerCase()} trong công việc hằng ngày.`,
    })),
    public: r() < 0.3,
  }));
  return { pledgeTemplates: [template], pledges };
}
