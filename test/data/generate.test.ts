import { expect } from '@open-wc/testing';
import { generateDataset, mulberry32, personName, QUAN_11_BBOX } from '../fixtures/generate/generate.js';
import { checkDataset } from '../../src/data/check/check.js';

describe('the seeded dataset generator', () => {
  it('draws the same numbers from the same seed and different ones from another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).to.deep.equal(first);
    expect(c()).to.not.equal(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).to.equal(true);
  });

  it('makes the same dataset from the same options', () => {
    const options = { seed: 7, commendations: 500, spaces: 100, pledges: 20 };
    expect(JSON.stringify(generateDataset(options))).to.equal(JSON.stringify(generateDataset(options)));
    expect(JSON.stringify(generateDataset({ ...options, seed: 8 }))).to.not.equal(
      JSON.stringify(generateDataset(options)),
    );
  });

  it('makes as many records as asked: 100,000 commendations and 10,000 spaces', () => {
    const d = generateDataset({ seed: 1, commendations: 100_000, spaces: 10_000 });
    expect(d.commendations).to.have.length(100_000);
    expect(d.spaces).to.have.length(10_000);
    expect(new Set(d.commendations!.map((c) => c.id)).size).to.equal(100_000);
  });

  it('makes data that lamtheo accepts, with no warnings', async () => {
    const result = await checkDataset(generateDataset({ seed: 3, commendations: 2000, spaces: 500, pledges: 50 }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.warnings).to.deep.equal([]);
  });

  it('writes Vietnamese names with a family name, a middle name and a given name', () => {
    const r = mulberry32(5);
    for (let i = 0; i < 50; i++) expect(personName(r).split(' ')).to.have.length(3);
    const names = generateDataset({ seed: 2, commendations: 300, spaces: 0 }).commendations!.map(
      (c) => c.recipient.name,
    );
    expect(
      names.some((n) => /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i.test(n)),
    ).to.equal(true);
  });

  it('revokes a small share of awards, each with its revoking decision', () => {
    const d = generateDataset({ seed: 4, commendations: 5000, spaces: 0 });
    const revoked = d.commendations!.filter((c) => c.status === 'revoked');
    expect(revoked.length).to.be.within(20, 100);
    expect(revoked.every((c) => c.revokedBy?.number)).to.equal(true);
  });

  it('puts spaces inside the bounding box, and online spaces at a url instead', () => {
    const bbox: [number, number, number, number] = [106.6, 10.7, 106.7, 10.8];
    const spaces = generateDataset({ seed: 9, commendations: 0, spaces: 2000, bbox }).spaces!;
    for (const s of spaces) {
      if (s.kind === 'online') expect(s.url).to.match(/^https:\/\//);
      else {
        const [lon, lat] = s.location!;
        expect(lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3], s.id).to.equal(true);
      }
    }
    const q11 = generateDataset({ seed: 9, commendations: 0, spaces: 50 }).spaces!.find((s) => s.location)!;
    expect(q11.location![0]).to.be.within(QUAN_11_BBOX[0], QUAN_11_BBOX[2]);
  });

  it('derives its counters from its own records', async () => {
    const result = await checkDataset(generateDataset({ seed: 11, commendations: 1000, spaces: 200 }));
    if (!result.ok) throw new Error('generated data should be valid');
    expect(result.value.metricsById.get('spaces-total')!.value).to.equal(200);
    const revoked = result.value.dataset.commendations!.filter((c) => c.status === 'revoked').length;
    expect(result.value.metricsById.get('commendations-revoked')!.value).to.equal(revoked);
  });
});
