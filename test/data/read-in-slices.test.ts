import { expect } from '@open-wc/testing';
import { generateDataset } from '../fixtures/generate/generate.js';
import { readDataset, type LoadedDataset, type ReadProgress } from '../../src/data/read.js';
import { FIRST_SLICE, SLICE, readInSlices } from '../../src/data/check/read-in-slices.js';
import { validateDatasetLazy } from '../../src/data/check/validate-lazy.js';

const big = (commendations: number) => {
  const d = generateDataset({ seed: 7, commendations, spaces: 10 });
  return { version: 1, units: d.units, commendations: d.commendations! };
};

async function readWithFirst(value: unknown) {
  const firsts: { data: LoadedDataset; progress: ReadProgress }[] = [];
  const result = await readDataset(value, 'vi', (data, progress) => firsts.push({ data, progress }));
  return { result, firsts };
}

describe('reading a big document in slices', () => {
  it('hands over the first slice, checked, and then the whole document, as the usual read gives it', async () => {
    const doc = big(SLICE * 2 + 123);
    const { result, firsts } = await readWithFirst(doc);
    expect(firsts).to.have.length(1);
    expect(firsts[0].data.dataset.commendations).to.have.length(FIRST_SLICE);
    expect(firsts[0].progress).to.deep.equal({ checked: FIRST_SLICE, total: SLICE * 2 + 123 });

    const usual = await readDataset(doc, 'vi');
    if (!result.ok || !usual.ok) throw new Error('the generated document is valid');
    expect(result.value.dataset.commendations).to.have.length(SLICE * 2 + 123);
    expect(result.value.dataset.commendations).to.deep.equal(usual.value.dataset.commendations);
    expect(result.value.warnings).to.deep.equal(usual.value.warnings);
  });

  it('finds unknown fields and pasted markup in every slice, in the order and places of the usual read', async () => {
    const doc = big(SLICE * 2 + 123) as Record<string, unknown> & { commendations: Record<string, unknown>[] };
    doc.commendations[10]!.vaule = 1; // in the first slice
    const recipient = doc.commendations[SLICE + 7]!.recipient as { name: string };
    recipient.name = `${recipient.name}<script>x</script>`;
    doc.commendations[SLICE * 2 + 100]!.unknownField = true;
    doc.zzz = 'after the big collection';
    doc.aaa = 'a key of the document before it';
    // The checker's own results: readDataset hands widgets the data and the warnings of normalising.
    let firsts = 0;
    const result = await readInSlices(doc, undefined, 'vi', () => firsts++);
    expect(firsts).to.equal(1);
    const usual = await validateDatasetLazy(doc, { lang: 'vi' });
    if (!result?.ok || !usual.ok) throw new Error('unknown fields and markup are warnings');
    const paths = result.warnings.map((w) => w.path);
    expect(paths).to.include.members([
      'commendations[10].vaule',
      `commendations[${SLICE + 7}].recipient.name`,
      `commendations[${SLICE * 2 + 100}].unknownField`,
      'zzz',
      'aaa',
    ]);
    expect(result.warnings).to.deep.equal(usual.warnings);
    const byId = (r: typeof usual) => (r.ok ? [...r.normalised.commendationsById] : []);
    expect(byId(result)).to.deep.equal(byId(usual));
  });

  it('gives nothing early for a document without a big collection', async () => {
    const { result, firsts } = await readWithFirst(big(SLICE));
    expect(result.ok).to.equal(true);
    expect(firsts).to.have.length(0);
  });

  it('reports a bad record after the first slice with its place, as the usual read does', async () => {
    const doc = big(SLICE + 2000);
    (doc.commendations[SLICE + 1500] as { year: unknown }).year = 'hai nghìn';
    const { result, firsts } = await readWithFirst(doc);
    expect(firsts).to.have.length(1);
    if (result.ok) throw new Error('a year in words must fail');
    expect(result.problems.map((p) => p.path)).to.include(`commendations[${SLICE + 1500}].year`);
  });

  it('finds a duplicate id across two slices', async () => {
    const doc = big(SLICE + 10);
    doc.commendations[SLICE + 5].id = doc.commendations[3].id;
    const { result } = await readWithFirst(doc);
    if (result.ok) throw new Error('two records with one id must fail');
    expect(result.problems.some((p) => p.path === `commendations[${SLICE + 5}].id`)).to.equal(true);
  });

  it('gives line and column in the file for a problem found after the first slice', async () => {
    const doc = big(SLICE + 10);
    doc.commendations[SLICE + 2].id = doc.commendations[1].id;
    const text = JSON.stringify(doc, null, 1);
    const { result, firsts } = await readWithFirst(text);
    expect(firsts).to.have.length(1);
    if (result.ok) throw new Error('two records with one id must fail');
    const problem = result.problems.find((p) => p.path === `commendations[${SLICE + 2}].id`);
    const idAt = text.indexOf(
      `"id": "${doc.commendations[1].id}"`,
      text.indexOf(`"id": "${doc.commendations[SLICE + 1].id}"`),
    );
    expect(problem?.line).to.equal(text.slice(0, idAt).split('\n').length);
  });

  it('stops checking slices once the read is no longer wanted (the widget left the page)', async () => {
    const controller = new AbortController();
    const result = await readDataset(big(SLICE * 3), 'vi', () => controller.abort(), controller.signal);
    // Nobody reads an abandoned result: no data, and no problem to report.
    expect(result).to.deep.equal({ ok: false, problems: [] });
  });
});
