/**
 * A small dataset for the pledge tests, after seed 002 (Bến Tre, 2016–2017): the
 * classic three headings, a province committee, two district committees and their
 * cells, and two published pledges. The shared fixture ben-tre-2016-2017.json is used
 * where it exists.
 */
export const template = {
  id: 'ben-tre-2017',
  year: 2017,
  title: 'Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2017',
  theme:
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" trong nội bộ',
  guidance: 'Cụ thể, sát với nhiệm vụ từng người, ngắn, dễ nhớ, dễ làm và dễ kiểm tra, đánh giá kết quả thực hiện.',
  headings: [
    { id: 'tu-tuong', title: 'Về tư tưởng' },
    { id: 'dao-duc', title: 'Về đạo đức' },
    { id: 'phong-cach', title: 'Về phong cách' },
  ],
  requiredFields: ['unitId'],
  endpoint: { action: '/api/test-pledges' },
};

export const units = [
  { id: 'tinh-uy-ben-tre', name: 'Đảng bộ tỉnh Bến Tre', kind: 'party-committee' },
  { id: 'huyen-uy-chau-thanh', name: 'Đảng bộ huyện Châu Thành', kind: 'party-committee', parent: 'tinh-uy-ben-tre' },
  { id: 'thanh-uy-ben-tre', name: 'Đảng bộ thành phố Bến Tre', kind: 'party-committee', parent: 'tinh-uy-ben-tre' },
  { id: 'chi-bo-phuong-5', name: 'Chi bộ Phường 5', kind: 'party-cell', parent: 'thanh-uy-ben-tre' },
  { id: 'chi-bo-tan-thach', name: 'Chi bộ xã Tân Thạch', kind: 'party-cell', parent: 'huyen-uy-chau-thanh' },
];

export const pledges = [
  {
    templateId: 'ben-tre-2017',
    year: 2017,
    person: { fullName: 'Nguyễn Văn Hòa', position: 'Bí thư Chi bộ' },
    unitId: 'thanh-uy-ben-tre',
    cellId: 'chi-bo-phuong-5',
    commitments: [
      { headingId: 'tu-tuong', commitment: 'Kiên định lập trường, không dao động trước thông tin xấu độc.' },
      {
        headingId: 'dao-duc',
        commitment: 'Nói đi đôi với làm.',
        measures: 'Tự kiểm điểm hằng tháng',
        deadline: '2017-12-31',
      },
      { headingId: 'phong-cach', commitment: 'Gần dân, tiếp dân mỗi tuần.' },
    ],
    public: true,
  },
  {
    templateId: 'ben-tre-2017',
    year: 2017,
    person: { position: 'Bí thư Huyện ủy Châu Thành' },
    unitId: 'huyen-uy-chau-thanh',
    commitments: [
      { headingId: 'tu-tuong', commitment: 'Học tập chuyên đề năm 2017.' },
      { headingId: 'dao-duc', commitment: 'Giữ gìn phẩm chất đạo đức.' },
      { headingId: 'phong-cach', commitment: 'Đi cơ sở mỗi tháng.' },
    ],
    public: true,
  },
  {
    templateId: 'ben-tre-2017',
    year: 2017,
    person: { fullName: 'Trần Thị Bí Mật' },
    unitId: 'huyen-uy-chau-thanh',
    commitments: [
      { headingId: 'tu-tuong', commitment: 'x' },
      { headingId: 'dao-duc', commitment: 'y' },
      { headingId: 'phong-cach', commitment: 'z' },
    ],
    public: false,
  },
];

export const dataset = { version: 1, pledgeTemplates: [template], units, pledges };
