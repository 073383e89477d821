import { expect } from '@open-wc/testing';
import type { Issue } from '../../src/data/words/issues.js';
import { checkDataset } from '../../src/data/check/check.js';
import { dataset, type Dataset, type Metric } from '../../src/schema/index.js';

const FIXTURES = [
  'tan-binh-2017',
  'khoi-co-quan-tw-2018-2019',
  'ben-tre-2016-2017',
  'go-vap-2007-2011',
  'quan-11-2022',
] as const;

const texts = new Map<string, string>();
async function text(name: string): Promise<string> {
  if (!texts.has(name))
    texts.set(name, await (await fetch(new URL(`../fixtures/${name}.json`, import.meta.url))).text());
  return texts.get(name)!;
}
async function data(name: string): Promise<Dataset> {
  return dataset.parse(JSON.parse(await text(name)));
}
const byId = (d: Dataset) => new Map((d.metrics ?? []).map((m) => [m.id, m]));
const partsOf = (m: Metric | undefined) => m?.breakdown?.map((p) => p.value);

/** The articles' figures, metric id → value (and qualifier when not exact). */
const FIGURES: Record<(typeof FIXTURES)[number], [string, number, string?][]> = {
  'tan-binh-2017': [
    ['to-chuc-co-so-dang', 44],
    ['chi-bo-truc-thuoc', 473],
    ['dang-vien', 11368],
    ['dang-vien-nghi-huu', 5805],
    ['van-ban-chi-dao', 16],
    ['chuong-trinh-dot-pha', 122],
    ['lop-noi-dung-co-ban', 38],
    ['lop-moi-quan-he', 4],
    ['lop-ton-trong-dan', 12],
    ['lop-hai-tac-pham', 18],
    ['nguoi-hoc-cac-lop', 12000, 'more-than'],
    ['lop-boi-duong-6-thang', 6],
    ['nguoi-hoc-6-thang', 1300, 'nearly'],
    ['don-vi-co-chuyen-muc', 11],
    ['tai-lieu-tham-khao', 4235],
    ['so-tay-nhan-dien', 13000],
    ['bai-sinh-hoat', 23],
    ['dot-trien-lam-anh', 3],
    ['dem-van-nghe', 7],
    ['quan-khen-tap-the', 18],
    ['quan-khen-ca-nhan', 48],
    ['de-nghi-thanh-pho-tap-the', 1],
    ['de-nghi-thanh-pho-ca-nhan', 2],
    ['co-so-tuyen-duong-tap-the', 283],
    ['co-so-tuyen-duong-ca-nhan', 738],
    ['tac-pham-du-giai', 17],
    ['bieu-hien-suy-thoai', 27],
  ],
  'khoi-co-quan-tw-2018-2019': [
    ['tin-bai-truyen-thong', 537],
    ['tin-bai-tap-chi', 600, 'more-than'],
    ['dang-uy-co-chuyen-san', 34],
    ['bai-du-thi', 200, 'more-than'],
    ['noi-dung-dot-pha', 4],
    ['hoi-nghi-truc-tuyen', 31],
    ['hoi-nghi-truyen-thong', 117],
    ['giam-van-ban', 12],
    ['to-chuc-ctxh-hoan-thanh-tot', 100],
  ],
  'ben-tre-2016-2017': [
    ['to-ndtq-nhan-bao', 1600],
    ['kiem-tra-ban-thuong-vu', 2],
    ['kiem-tra-co-so', 41],
    ['bieu-hien-suy-thoai', 27],
  ],
  'go-vap-2007-2011': [
    ['lop-quan-triet', 162],
    ['dang-vien-tham-gia', 95, 'more-than'],
    ['cbcc-tham-gia', 98],
    ['lop-chuc-sac-ton-giao', 4],
    ['hoi-thi', 73],
    ['luot-thi-sinh', 4800, 'more-than'],
    ['chuong-trinh-hanh-dong', 100],
    ['ban-dang-ky-ca-nhan', 98.8],
    ['co-so-lam-diem', 4],
    ['don-vi-lam-diem-them', 8],
    ['co-so-tuyen-duong-tap-the', 117],
    ['co-so-tuyen-duong-ca-nhan', 1130],
    ['quan-tuyen-duong-tap-the', 114],
    ['quan-tuyen-duong-ca-nhan', 150],
    ['guong-dien-hinh-lanh-dao', 43],
    ['ket-nap-dang', 440],
    ['de-bat-bo-nhiem', 79],
    ['quy-hoach', 257],
    ['luot-truy-cap', 43425325],
    ['luot-xem-bai', 9638],
  ],
  'quan-11-2022': [
    ['spaces-launched', 43],
    ['party-bases-with-space', 24],
    ['wards-with-space', 16],
    ['religious-sites-with-space', 4],
    ['online-spaces', 1],
    ['luot-truy-cap', 37423284],
    ['luot-xem-bai', 279],
  ],
};

/** Ray casting on the exterior ring. */
function inside([x, y]: number[], ring: number[][]): boolean {
  let c = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

describe('the fixtures built from the five articles', () => {
  for (const name of FIXTURES) {
    it(`${name} is valid against the zod schema`, async () => {
      const parsed = dataset.safeParse(JSON.parse(await text(name)));
      expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).to.equal(true);
    });

    it(`${name} passes lamtheo's checks, with warnings only where the article contradicts itself`, async () => {
      const result = await checkDataset(await text(name), { lang: 'vi' });
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      const codes = result.warnings.map((w: Issue) => `${w.code} ${w.path}`);
      const expected =
        name === 'quan-11-2022'
          ? [
              'space-without-location spaces[0]',
              'space-without-location spaces[18]',
              'derived-mismatch metrics[3].value',
            ]
          : [];
      expect(codes.sort()).to.deep.equal(expected.sort());
    });

    it(`${name} carries the article's figures`, async () => {
      const metrics = byId(await data(name));
      for (const [id, value, qualifier] of FIGURES[name]) {
        expect(metrics.get(id)?.value, id).to.equal(value);
        expect(metrics.get(id)?.qualifier, id).to.equal(qualifier ?? 'exact');
      }
    });

    it(`${name} names its source and the date its figures hold`, async () => {
      const d = await data(name);
      expect(d.provenance?.source?.title).to.be.a('string');
      expect(d.provenance?.asOf).to.match(/^\d{4}/);
      expect(d.lang).to.equal('vi');
    });
  }

  it('keep breakdowns that add up to their totals', async () => {
    const tanBinh = byId(await data('tan-binh-2017'));
    expect(partsOf(tanBinh.get('to-chuc-co-so-dang'))).to.deep.equal([29, 15]);
    expect(partsOf(tanBinh.get('van-ban-chi-dao'))).to.deep.equal([4, 1, 11]);
    expect(partsOf(tanBinh.get('chuong-trinh-dot-pha'))).to.deep.equal([6, 116]);
    const goVap = byId(await data('go-vap-2007-2011'));
    expect(partsOf(goVap.get('ket-nap-dang'))).to.deep.equal([138, 124, 115, 28, 35]);
    expect(partsOf(goVap.get('quy-hoach'))).to.deep.equal([174, 83]);
  });

  it('keep targets, previous values and periods as the articles state them', async () => {
    const khoi = byId(await data('khoi-co-quan-tw-2018-2019'));
    expect(khoi.get('dang-uy-co-chuyen-san')?.target?.value).to.equal(61);
    expect(khoi.get('hoi-nghi-truyen-thong')?.previous?.value).to.equal(215);
    expect(khoi.get('tin-bai-truyen-thong')?.period).to.deep.include({ type: 'range', from: '2018-05', to: '2019-02' });
    const tanBinh = byId(await data('tan-binh-2017'));
    expect(tanBinh.get('nguoi-hoc-6-thang')?.period).to.deep.include({ type: 'part-of-year', year: 2017, months: 6 });
    expect(tanBinh.get('van-ban-chi-dao')?.period).to.deep.include({ type: 'term', from: 2015, to: 2020 });
    const q11 = byId(await data('quan-11-2022'));
    expect(q11.get('party-bases-with-space')?.target?.value).to.equal(40);
    expect(q11.get('wards-with-space')?.target?.value).to.equal(16);
  });

  it('count five religious sites in Quận 11 where the article states four', async () => {
    const result = await checkDataset(await text('quan-11-2022'), { lang: 'vi' });
    if (!result.ok) throw new Error('quan-11-2022 should be valid');
    const metric = result.value.metricsById.get('religious-sites-with-space')!;
    expect(metric.value).to.equal(5);
    expect(metric.statedValue).to.equal(4);
    expect(result.value.metricsById.get('wards-with-space')!.value).to.equal(16);
  });

  it('hold the Bến Tre pledge forms with three and five headings, and the leaders’ pledges', async () => {
    const d = await data('ben-tre-2016-2017');
    expect(d.pledgeTemplates!.map((t) => t.headings.length)).to.deep.equal([3, 3, 5]);
    expect(d.pledgeTemplates![0].headings.map((h) => h.id)).to.deep.equal(['tu-tuong', 'dao-duc', 'phong-cach']);
    expect(d.pledgeTemplates![2].basis).to.include('144-QĐ/TW');
    expect(d.pledges!.find((p) => p.submittedAt === '2016-06-30')?.person.position).to.equal('Bí thư Tỉnh ủy Bến Tre');
    expect(d.pledges!.filter((p) => p.public)).to.have.length(2);
  });

  it('link the Quận 11 wards to the boundary features by their official codes', async () => {
    const d = await data('quan-11-2022');
    const wards = d.units!.filter((u) => u.kind === 'ward');
    expect(wards).to.have.length(16);
    const featureCodes = d.boundaries!.featureCollection!.features.map((f) => f.properties!.code).sort();
    expect(wards.map((u) => u.code!.value).sort()).to.deep.equal(featureCodes);
    expect(wards.every((u) => u.validTo === '2024-12-31' && u.code!.listDate === '2024-11-01')).to.equal(true);
  });

  it('place every located Quận 11 space inside the polygon of its ward', async () => {
    const d = await data('quan-11-2022');
    const codeOf = new Map(d.units!.map((u) => [u.id, u.code?.value]));
    const ringOf = new Map(
      d.boundaries!.featureCollection!.features.map((f) => [
        f.properties!.code as string,
        (f.geometry!.coordinates as number[][][])[0],
      ]),
    );
    const located = d.spaces!.filter((s) => s.location);
    expect(located).to.have.length(20);
    for (const s of located) expect(inside(s.location!, ringOf.get(codeOf.get(s.unitId!)!)!), s.id).to.equal(true);
  });

  it('give Phường 4 its online space by url and the district committee its two zones', async () => {
    const d = await data('quan-11-2022');
    const online = d.spaces!.filter((s) => s.kind === 'online');
    expect(online.map((s) => [s.unitId, s.url])).to.deep.equal([
      ['quan-11-phuong-4', 'http://www.danguyphuong4quan11.com'],
    ]);
    expect(d.spaces!.find((s) => s.id === 'kg-quan-uy-quan-11')!.components).to.have.length(2);
    const religious = d.spaces!.filter((s) => s.kind === 'religious-site').map((s) => s.name);
    expect(religious).to.deep.equal([
      'Chùa Quan Âm',
      'Đình Đông Sơn',
      'Chùa Giác Hoằng',
      'Chùa Vạn Phước',
      'Tịnh thất Vạn Đức',
    ]);
  });

  it('name the Gò Vấp collectives the article holds up as examples', async () => {
    const d = await data('go-vap-2007-2011');
    expect(d.commendations!.map((c) => c.recipient.name)).to.deep.equal([
      'Đảng bộ phường 17',
      'Đảng bộ Công an quận',
      'Chi bộ Chi cục Thuế',
      'Bệnh viện Gò Vấp',
      'Đảng bộ Cơ quan đảng – đoàn thể',
      'Đảng bộ Cơ quan chính quyền',
    ]);
  });
});
