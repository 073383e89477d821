import { expect } from '@open-wc/testing';
import { validatePledgeAgainstTemplate, validatePledgeSubmission } from '../../src/data/check/pledges.js';
import { pledgeTemplate, type PledgeTemplate } from '../../src/schema/index.js';

const FIVE: PledgeTemplate = pledgeTemplate.parse({
  id: 'quy-dinh-144-2024',
  year: 2024,
  headings: [
    { id: 'yeu-nuoc', title: 'Yêu nước, trung thành' },
    { id: 'ban-linh', title: 'Bản lĩnh, đổi mới' },
    { id: 'can-kiem', title: 'Cần kiệm liêm chính' },
    { id: 'doan-ket', title: 'Đoàn kết, kỷ cương' },
    { id: 'guong-mau', title: 'Gương mẫu, học tập suốt đời' },
  ],
  requiredFields: ['position', 'deadline'],
});

const answer = (headingId: string) => ({ headingId, commitment: 'Nói đi đôi với làm', deadline: '2024-12-31' });
const full = {
  templateId: 'quy-dinh-144-2024',
  year: 2024,
  person: { fullName: 'Phạm Thị Thu Hà', position: 'Bí thư Chi bộ khu phố 4' },
  commitments: FIVE.headings.map((h) => answer(h.id)),
};

describe('checking a pledge against its form', () => {
  it('accepts one commitment for each of the five standards', () => {
    expect(validatePledgeAgainstTemplate(full, FIVE)).to.deep.equal([]);
  });

  it('names each heading left without a commitment', () => {
    const issues = validatePledgeAgainstTemplate(
      { ...full, commitments: [answer('yeu-nuoc'), { ...answer('ban-linh'), commitment: '  ' }] },
      FIVE,
    );
    expect(issues.filter((i) => i.code === 'missing-commitment').map((i) => i.message)).to.deep.equal([
      'chưa ghi nội dung đăng ký cho mục "Bản lĩnh, đổi mới"',
      'chưa ghi nội dung đăng ký cho mục "Cần kiệm liêm chính"',
      'chưa ghi nội dung đăng ký cho mục "Đoàn kết, kỷ cương"',
      'chưa ghi nội dung đăng ký cho mục "Gương mẫu, học tập suốt đời"',
    ]);
  });

  it('refuses headings the form does not have, and a heading answered twice', () => {
    const issues = validatePledgeAgainstTemplate(
      { ...full, commitments: [...full.commitments, answer('phong-cach'), answer('yeu-nuoc')] },
      FIVE,
      { lang: 'en' },
    );
    expect(issues.map((i) => `${i.code} ${i.path}`)).to.deep.equal([
      'unknown-heading commitments[5].headingId',
      'duplicate-heading commitments[6].headingId',
    ]);
  });

  it('asks for the fields the form requires', () => {
    const issues = validatePledgeAgainstTemplate(
      {
        ...full,
        person: { fullName: 'Phạm Thị Thu Hà' },
        commitments: full.commitments.map((c, i) =>
          i === 0 ? { headingId: c.headingId, commitment: c.commitment } : c,
        ),
      },
      FIVE,
    );
    expect(issues.map((i) => `${i.code} ${i.path}`)).to.deep.equal([
      'required-field person.position',
      'required-field commitments[0].deadline',
    ]);
  });

  it('refuses a pledge for another form or year, with paths under the given prefix', () => {
    const issues = validatePledgeAgainstTemplate({ ...full, templateId: 'khac', year: 2023 }, FIVE, {
      path: ['pledges', 2],
    });
    expect(issues.map((i) => i.path)).to.deep.equal(['pledges[2].templateId', 'pledges[2].year']);
  });
});

describe('validating what a pledge form posts', () => {
  it('accepts a complete submission', () => {
    const result = validatePledgeSubmission(full, FIVE);
    expect(result.ok).to.equal(true);
  });

  it('refuses a submission without a name, in the requested language, without throwing', () => {
    const result = validatePledgeSubmission({ ...full, person: { position: 'Đảng viên' } }, FIVE, { lang: 'en' });
    expect(result.ok).to.equal(false);
    if (!result.ok)
      expect(result.errors.map((e) => [e.path, e.message])).to.deep.equal([
        ['person.fullName', 'the required field "fullName" is missing'],
      ]);
  });

  it('turns garbage into issues', () => {
    for (const body of [null, 'x', [], { templateId: 1 }, { ...full, commitments: 'all' }]) {
      const result = validatePledgeSubmission(body, FIVE);
      expect(result.ok).to.equal(false);
    }
  });
});
