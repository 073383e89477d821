import { expect } from '@open-wc/testing';
import { generateDataset } from '../fixtures/generate/generate.js';
import { PARSE_IN_SLICES_FROM, readDataset, type LoadedDataset, type ReadProgress } from '../../src/data/read.js';
import { FIRST_SLICE, SLICE, readInSlices } from '../../src/data/check/read-in-slices.js';
import { validateDatasetLazy } from '../../src/data/check/validate-lazy.js';
import { parseJsonInSlices } from '../../src/data/parse/json-slices.js';
import { MAX_DEPTH } from '../../src/data/parse/json-limits.js';

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

describe('parsing a long text in slices', () => {
  /** Records whose strings hold what a scanner could mistake for structure. */
  const tricky = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      name: i % 7 ? `Tên ${i}` : `a,]}"[{\\ \u0022 ${i}: "x"`,
      tags: i % 5 ? [i, [i + 1, { deep: [] }]] : [],
    }));

  it('gives exactly what JSON.parse gives: values, key order, escapes, keys such as __proto__', async () => {
    const text =
      '{ "title" : "Danh sách [1], {2}",\n  "comm\\u0065ndations":\n' +
      JSON.stringify(tricky(3456), null, 2) +
      ',\n "__proto__": ' +
      JSON.stringify(tricky(2100)) +
      ', "small": [1, 2, 3], "after": {"x": [' +
      JSON.stringify(tricky(3)) +
      ']} }\n';
    const sliced = await parseJsonInSlices(text);
    const whole = JSON.parse(text) as Record<string, unknown>;
    expect(sliced).to.deep.equal(whole);
    expect(Object.keys(sliced!)).to.deep.equal(Object.keys(whole));
    expect(Object.keys(sliced!)).to.include('__proto__');
    expect(Object.getPrototypeOf(sliced)).to.equal(Object.prototype);
    expect((sliced!.commendations as unknown[]).length).to.equal(3456);
  });

  it('gives nothing for what the usual read must explain (it then says what is wrong, and where)', async () => {
    const good = JSON.stringify({ version: 1, commendations: tricky(2500) });
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const bad = {
      'a key given twice': good.slice(0, -1) + ', "commendations": []}',
      'a truncated text': good.slice(0, good.length - 5000),
      'a trailing comma in the long array': good.replace(/\]\}$/, ',]}'),
      'a missing comma between two records': good.replace('},{"id":"c1500"', '} {"id":"c1500"'),
      'nesting deeper than the limit': good.slice(0, -1) + `, "deep": ${nested(MAX_DEPTH + 1)}}`,
      'a byte order mark': '\ufeff' + good,
      'an array at the top': `[${good}]`,
      'text after the object': good + ' {}',
    };
    for (const [what, text] of Object.entries(bad)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (
        what !== 'a key given twice' &&
        !what.startsWith('nesting') &&
        !what.startsWith('a byte') &&
        !what.startsWith('an array')
      )
        expect(parsed, `${what}: not JSON`).to.equal(undefined);
      expect(await parseJsonInSlices(text), what).to.equal(undefined);
    }
  });

  it('reads a long text for a table as the usual read does, problems with their line and column', async () => {
    const doc = big(9000);
    const text = JSON.stringify(doc, null, 1);
    expect(text.length).to.be.greaterThan(PARSE_IN_SLICES_FROM);
    const { result, firsts } = await readWithFirst(text);
    const usual = await readDataset(text, 'vi');
    if (!result.ok || !usual.ok) throw new Error('the generated document is valid');
    expect(firsts).to.have.length(1);
    expect(result.value.dataset).to.deep.equal(usual.value.dataset);
    expect(result.warnings).to.deep.equal(usual.warnings);

    doc.commendations[8123]!.id = doc.commendations[5]!.id;
    const twice = JSON.stringify(doc, null, 1);
    const withError = (await readWithFirst(twice)).result;
    expect(withError).to.deep.equal(await readDataset(twice, 'vi'));
    if (withError.ok) throw new Error('two records with one id must fail');
    const problem = withError.problems.find((p) => p.path === 'commendations[8123].id');
    const idAt = twice.indexOf(
      `"id": "${doc.commendations[5]!.id}"`,
      twice.indexOf(`"id": "${doc.commendations[8122]!.id}"`),
    );
    expect(problem?.line).to.equal(twice.slice(0, idAt).split('\n').length);
  });

  it('reports a broken long text the usual way, with its place', async () => {
    const text = JSON.stringify(big(9000), null, 1);
    const at = text.lastIndexOf('"id": "') + 7; // in the last record of the long array
    const broken = text.slice(0, at) + '\u0001' + text.slice(at);
    const { result } = await readWithFirst(broken);
    const usual = await readDataset(broken, 'vi');
    expect(result.ok).to.equal(false);
    expect(result).to.deep.equal(usual);
  });
});
