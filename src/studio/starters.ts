/**
 * What an administrator can start from: a blank dataset, or a small real one for each use,
 * taken from the campaign reports the fixtures come from (test/fixtures/, DOMAIN.md), so that
 * every form has an example to overwrite and every preview shows something true. Each starter
 * passes the checker (test/studio/starters.test.ts).
 */

/** The uses the studio offers a starter for, in the order shown. */
export const starterNames = ['blank', 'figures', 'commendations', 'pledge', 'spaces'] as const;
export type StarterName = (typeof starterNames)[number];

const publisherNote = 'Ví dụ của lamtheo: hãy thay bằng số liệu, nguồn và ngày của đơn vị mình.';

/** A fresh copy of a starter, for the studio to edit. */
export function starter(name: StarterName): Record<string, unknown> {
  return structuredClone(starters[name]);
}

const starters: Record<StarterName, Record<string, unknown>> = {
  blank: { version: 1 },

  // Tân Bình, 2015–2017 (shared/seeds/000_…): a breakdown, a share, "hơn 12.000", a term.
  figures: {
    version: 1,
    title: 'Kết quả học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    lang: 'vi',
    provenance: {
      publisher: 'Ban Tuyên giáo Quận ủy Tân Bình',
      source: {
        title:
          'Ban Tuyên giáo Tân Bình nhiều sáng tạo trong việc tổ chức học tập và làm theo đạo đức, phong cách Hồ Chí Minh',
      },
      asOf: '2017-06',
      note: publisherNote,
    },
    units: [{ id: 'dang-bo-quan-tan-binh', name: 'Đảng bộ quận Tân Bình', kind: 'party-committee' }],
    metrics: [
      {
        id: 'to-chuc-co-so-dang',
        label: 'Tổ chức cơ sở Đảng',
        value: 44,
        unit: 'tổ chức',
        about: 'dang-bo-quan-tan-binh',
        breakdown: [
          { label: 'Đảng bộ cơ sở', value: 29 },
          { label: 'Chi bộ cơ sở', value: 15 },
        ],
      },
      { id: 'dang-vien', label: 'Đảng viên', value: 11368, unit: 'đảng viên', about: 'dang-bo-quan-tan-binh' },
      {
        id: 'nguoi-hoc-chuyen-de',
        label: 'Cán bộ, đảng viên dự các lớp học tập chuyên đề',
        value: 12000,
        qualifier: 'more-than',
        unit: 'người',
        period: { type: 'year', year: 2017 },
      },
      {
        id: 'van-ban-chi-dao',
        label: 'Văn bản chỉ đạo, hướng dẫn thực hiện Chỉ thị 05-CT/TW',
        value: 16,
        unit: 'văn bản',
        period: { type: 'term', from: 2015, to: 2020, label: 'nhiệm kỳ 2015 – 2020' },
      },
    ],
  },

  // Tân Bình 2016 (shared/seeds/000_…): awards of the party line, with issuer and level.
  commendations: {
    version: 1,
    title: 'Khen thưởng trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    lang: 'vi',
    provenance: { publisher: 'Ban Tuyên giáo Quận ủy Tân Bình', asOf: '2017-06', note: publisherNote },
    commendations: [
      {
        id: 'kt-1',
        recipient: { kind: 'collective', name: 'Ban Tuyên giáo Quận ủy Tân Bình' },
        form: 'bang-khen',
        formLabel: 'Bằng khen của Thành ủy',
        line: 'party',
        issuer: { name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'Thành ủy' },
        year: 2016,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ công tác tuyên giáo năm 2016',
      },
      {
        id: 'kt-2',
        recipient: { kind: 'collective', name: 'Ban Tuyên giáo Quận ủy Tân Bình' },
        form: 'danh-hieu',
        formLabel: 'Nhất cụm thi đua I',
        line: 'party',
        issuer: { name: 'Ban Tuyên giáo Thành ủy Thành phố Hồ Chí Minh', level: 'Thành ủy' },
        year: 2016,
      },
    ],
  },

  // Bến Tre (shared/seeds/002_…) and Quy định 144-QĐ/TW: the classic three headings.
  pledge: {
    version: 1,
    title: 'Đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    lang: 'vi',
    provenance: { publisher: 'Ban Tuyên giáo Tỉnh ủy Bến Tre', asOf: '2017-04', note: publisherNote },
    pledgeTemplates: [
      {
        id: 'dang-ky-2017',
        year: 2017,
        theme: 'Tôn trọng dân, vì dân phục vụ',
        title: 'Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        basis: 'Chỉ thị 05-CT/TW',
        headings: [
          { id: 'tu-tuong', title: 'Học tập và làm theo tư tưởng Hồ Chí Minh' },
          { id: 'dao-duc', title: 'Học tập và làm theo đạo đức Hồ Chí Minh' },
          { id: 'phong-cach', title: 'Học tập và làm theo phong cách Hồ Chí Minh' },
        ],
        requiredFields: ['position', 'measures'],
        guidance:
          'Nội dung đăng ký phải cụ thể, sát với nhiệm vụ từng người, ngắn, dễ nhớ, dễ làm và dễ kiểm tra, đánh giá kết quả thực hiện.',
      },
    ],
  },

  // Quận 11, 2022 (shared/seeds/004_…): a ward space, a pagoda, the online space of Phường 4.
  spaces: {
    version: 1,
    title: 'Không gian văn hóa Hồ Chí Minh',
    lang: 'vi',
    provenance: { publisher: 'Ban Tuyên giáo Quận ủy Quận 11', asOf: '2022-10-31', note: publisherNote },
    units: [
      { id: 'quan-11-phuong-1', name: 'Phường 1', kind: 'ward' },
      { id: 'quan-11-phuong-3', name: 'Phường 3', kind: 'ward' },
      { id: 'quan-11-phuong-4', name: 'Phường 4', kind: 'ward' },
    ],
    metrics: [
      {
        id: 'khong-gian-da-ra-mat',
        label: 'Không gian văn hóa Hồ Chí Minh đã ra mắt',
        unit: 'không gian',
        derive: { count: 'spaces' },
      },
    ],
    spaces: [
      {
        id: 'kg-phuong-1',
        name: 'Không gian văn hóa Hồ Chí Minh Phường 1',
        kind: 'ward-headquarters',
        unitId: 'quan-11-phuong-1',
        location: [106.639182, 10.756777],
      },
      {
        id: 'kg-chua-quan-am',
        name: 'Chùa Quan Âm',
        kind: 'religious-site',
        unitId: 'quan-11-phuong-3',
        location: [106.639123, 10.763832],
      },
      {
        id: 'kg-truc-tuyen-phuong-4',
        name: 'Không gian văn hóa Hồ Chí Minh trực tuyến của Đảng bộ Phường 4',
        kind: 'online',
        unitId: 'quan-11-phuong-4',
        url: 'http://www.danguyphuong4quan11.com',
      },
    ],
  },
};
