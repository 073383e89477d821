/**
 * What the fuzz tests found, kept as plain tests with the shrunk counterexample, so that each
 * stays fixed whatever seed the fuzzing runs with.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/pledge/index.js';
import { readDataset } from '../../src/data/read.js';
import { until } from '../helpers/page.js';

const benTre = async () =>
  (await (await fetch(new URL('../fixtures/ben-tre-2016-2017.json', import.meta.url))).json()) as {
    pledgeTemplates: { id: string; headings: { id: string; title: string }[] }[];
  };

describe('found by fuzzing', () => {
  it('a pledge form given new data whose template has other headings keeps working (seed 2024)', async () => {
    // Counterexample: ben-tre-2016-2017.json with .pledgeTemplates[2].headings[1].id = "<b>x</b>",
    // template="quy-dinh-144-2024"; then the file as it was. The form kept the values made for
    // the first headings and threw "Cannot read properties of undefined (reading 'commitment')".
    const uncaught: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('unhandledrejection', onRejection);
    window.addEventListener('error', onError);
    const original = await benTre();
    const changed = structuredClone(original);
    changed.pledgeTemplates[2].headings[1].id = 'x-renamed';
    const form = document.createElement('lamtheo-pledge-form') as HTMLElement & { data: unknown; state: string };
    form.setAttribute('template', 'quy-dinh-144-2024');
    form.setAttribute('action', '/api/none');
    form.data = changed;
    document.body.append(form);
    try {
      await until(() => form.state === 'ready', 'the form with the first data');
      const field = form.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      field.value = 'Gương mẫu';
      field.dispatchEvent(new Event('input'));
      form.data = original;
      await until(
        () => form.shadowRoot!.querySelectorAll('textarea').length >= original.pledgeTemplates[2].headings.length,
        'the form with the headings of the new data',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(uncaught).to.deep.equal([]);
      expect(form.state).to.equal('ready');
      // What was typed under a heading that is still there stays.
      expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Gương mẫu');
    } finally {
      form.remove();
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
      localStorage.clear();
    }
  });

  it('a file nested too deeply is refused with the path of the place, not the whole file', async () => {
    const result = await readDataset('{"version":1,"metrics":[{"a":' + '['.repeat(200), 'en');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.problems[0].path).to.equal('metrics[0].a' + '[0]'.repeat(97));
  });

  it('data that is undefined is told in words, not as "undefined"', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const result = await readDataset(undefined, lang);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problems[0].message).not.to.match(/\bundefined\b/);
    }
  });
});
