import { expect } from '@open-wc/testing';

/*
 * Old portal scripts add enumerable properties to Object.prototype. zod walks plain objects
 * with for…in (src/schema/zod.ts says where), so before src/schema/zod.ts no schema could even
 * be built on such a page. Here the additions are made before any schema module is evaluated
 * (this file imports none statically; each test file runs in a page of its own).
 */
const FIXTURES = [
  'tan-binh-2017',
  'khoi-co-quan-tw-2018-2019',
  'ben-tre-2016-2017',
  'go-vap-2007-2011',
  'quan-11-2022',
];
type Added = Record<string, unknown>;
const proto = Object.prototype as unknown as Added;

describe('the schema on a page whose scripts added to Object.prototype', () => {
  let texts: Record<string, string>;
  let clean: Record<string, unknown>;

  before(async () => {
    texts = Object.fromEntries(
      await Promise.all(
        FIXTURES.map(async (name) => [name, await (await fetch(`/test/fixtures/${name}.json`)).text()] as const),
      ),
    );
    proto.clone = function () {};
    proto.cmsVersion = '2.3.1';
  });
  after(() => {
    delete proto.clone;
    delete proto.cmsVersion;
  });

  it('builds every schema and reads every fixture as on a clean page, leaving the additions as they were', async () => {
    const { checkDataset } = await import('../../src/data/check/check.js');
    const checkAll = async () =>
      Object.fromEntries(await Promise.all(FIXTURES.map(async (name) => [name, await checkDataset(texts[name])])));
    const results = await checkAll();
    // The additions are still there and still enumerable.
    const keys: string[] = [];
    for (const key in {}) keys.push(key);
    expect(keys).to.deep.equal(['clone', 'cmsVersion']);
    // Compared with the same reads once the additions are gone.
    delete proto.clone;
    delete proto.cmsVersion;
    clean = await checkAll();
    proto.clone = function () {};
    proto.cmsVersion = '2.3.1';
    for (const name of FIXTURES) {
      const result = results[name] as { ok: boolean };
      expect(result.ok, name).to.equal(true);
      expect(JSON.stringify(result), name).to.equal(JSON.stringify(clean[name]));
    }
  });

  it('checks a pledge (a discriminated union and loose objects) as on a clean page', async () => {
    const { validatePledgeSubmission } = await import('../../src/data/check/pledges.js');
    const { dataset } = await import('../../src/schema/dataset.js');
    const { safeParse } = await import('../../src/schema/zod.js');
    const data = safeParse(dataset, JSON.parse(texts['ben-tre-2016-2017']));
    expect(data.success).to.equal(true);
    const template = data.data!.pledgeTemplates![0];
    const submission = {
      templateId: template.id,
      year: template.year,
      person: { fullName: 'Phạm Thị Thu Hà', position: 'Bí thư Chi bộ khu phố 4' },
      commitments: template.headings.map((heading) => ({
        headingId: heading.id,
        commitment: 'Nói đi đôi với làm',
        measures: 'Họp chi bộ mỗi tháng',
        deadline: '2026-12-31',
      })),
    };
    const result = validatePledgeSubmission(submission, template);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    expect(Object.keys((result as { data: object }).data)).to.not.include('clone');
    expect(JSON.stringify(validatePledgeSubmission({ ...submission, person: {} }, template))).to.include(
      'thiếu trường bắt buộc',
    );
  });

  it('reads a big list in slices as on a clean page', async () => {
    const { generateDataset } = await import('../fixtures/generate/generate.js');
    const { readDataset } = await import('../../src/data/read.js');
    const d = generateDataset({ seed: 7, commendations: 4321, spaces: 10 });
    const doc = { version: 1, units: d.units, commendations: d.commendations! };
    let firsts = 0;
    const result = await readDataset(doc, 'vi', () => firsts++);
    delete proto.clone;
    delete proto.cmsVersion;
    const usual = await readDataset(doc, 'vi');
    proto.clone = function () {};
    proto.cmsVersion = '2.3.1';
    expect(firsts).to.equal(1);
    if (!result.ok || !usual.ok) throw new Error('the generated document is valid');
    expect(result.value.dataset.commendations).to.deep.equal(usual.value.dataset.commendations);
    expect(result.value.warnings).to.deep.equal(usual.value.warnings);
  });

  it('withPlainObjects hides the additions only while it runs, and puts them back after a throw', async () => {
    const { withPlainObjects } = await import('../../src/schema/zod.js');
    const inside = withPlainObjects(() => {
      const keys: string[] = [];
      for (const key in {}) keys.push(key);
      return keys;
    });
    expect(inside).to.deep.equal([]);
    expect(() =>
      withPlainObjects(() => {
        throw new Error('inside');
      }),
    ).to.throw('inside');
    const after: string[] = [];
    for (const key in {}) after.push(key);
    expect(after).to.deep.equal(['clone', 'cmsVersion']);
    expect(Object.getOwnPropertyDescriptor(Object.prototype, 'cmsVersion')).to.deep.equal({
      value: '2.3.1',
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });
});
