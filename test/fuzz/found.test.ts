/**
 * What the fuzz tests found, kept as plain tests with the shrunk counterexample, so that each
 * stays fixed whatever seed the fuzzing runs with.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/pledge/index.js';
import '../../src/components/counter/index.js';
import '../../src/components/commendations/index.js';
import { readDataset } from '../../src/data/read.js';
import { until } from '../helpers/page.js';

const benTre = async () =>
  (await (await fetch(new URL('../fixtures/ben-tre-2016-2017.json', import.meta.url))).json()) as {
    pledgeTemplates: { id: string; headings: { id: string; title: string }[] }[];
  };

describe('found by fuzzing', () => {
  // First: before any other test has loaded the English words (the race needs their download).
  /** The words of a widget's listed problems, once its error view is shown. */
  async function problemWords(widget: HTMLElement & { state: string }): Promise<string> {
    await until(() => widget.state === 'error' && widget.shadowRoot?.querySelector('.problems li'), 'the error view');
    return widget.shadowRoot!.querySelector('.problems li')!.textContent!;
  }

  it('a page that switches language while the data is read tells its problems in the new language (seed 132026)', async () => {
    // Counterexample: khoi-co-quan-tw-2018-2019.json with a 1 MB $schema, lang="vi", switched to
    // "en" at once: the read started in Vietnamese finished after the switch, and the English
    // view listed "quá dài: 1.048.576 ký tự, tối đa 2000".
    // The English strings of the widgets are loaded already (an English widget on the page): the
    // switch is seen at once, while the Vietnamese read is still under way.
    const english = document.createElement('div');
    english.lang = 'en';
    const other = document.createElement('lamtheo-counter') as HTMLElement & { data: unknown; state: string };
    other.setAttribute('metric', 'a');
    other.data = { version: 1, metrics: [{ id: 'a', label: 'A', value: 1 }] };
    english.append(other);
    document.body.append(english);
    await until(() => other.state === 'ready', 'an English counter');
    english.remove();

    const wrapper = document.createElement('div');
    wrapper.lang = 'vi';
    const grid = document.createElement('lamtheo-counter-grid') as HTMLElement & { data: unknown; state: string };
    const doc = await (await fetch(new URL('../fixtures/khoi-co-quan-tw-2018-2019.json', import.meta.url))).json();
    grid.data = { ...doc, $schema: 'x'.repeat(1 << 20) };
    wrapper.append(grid);
    document.body.append(wrapper);
    try {
      wrapper.lang = 'en';
      await until(() => grid.state === 'error', 'the error');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await problemWords(grid)).to.include('too long');
    } finally {
      wrapper.remove();
    }
  });

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

  it('widgets in a <lamtheo-dataset> tell its problems again when the page switches language', async () => {
    // Counterexample: go-vap-2007-2011.json with a 1 MB $schema given to a <lamtheo-dataset>
    // in lang="EN", then the page switched to "vi": the problems stayed in English.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const dataset = document.createElement('lamtheo-dataset') as HTMLElement & { data: unknown };
    const counter = document.createElement('lamtheo-counter') as HTMLElement & { state: string };
    counter.setAttribute('metric', 'a');
    dataset.data = { version: 1, $schema: 'x'.repeat(3000), metrics: [{ id: 'a', label: 'A', value: 1 }] };
    dataset.append(counter);
    wrapper.append(dataset);
    document.body.append(wrapper);
    try {
      expect(await problemWords(counter)).to.include('too long');
      wrapper.lang = 'vi';
      await until(
        () => counter.shadowRoot!.querySelector('.problems li')?.textContent?.includes('quá dài'),
        'the problems in Vietnamese',
      );
    } finally {
      wrapper.remove();
    }
  });

  it('a widget whose page switches language before its first update reads in the new language (seed 132026)', async () => {
    // Counterexample: go-vap-2007-2011.json with "$schema": {} in a <lamtheo-commendation-table>,
    // lang="vi" switched to "en" at once: the first update saw new data and the new language
    // together, kept the read started in Vietnamese, and the English view listed "phải là chữ …".
    const doc = await (await fetch(new URL('../fixtures/go-vap-2007-2011.json', import.meta.url))).json();
    const wrapper = document.createElement('div');
    wrapper.lang = 'vi';
    const table = document.createElement('lamtheo-commendation-table') as HTMLElement & {
      data: unknown;
      state: string;
    };
    table.data = { ...doc, $schema: {} };
    wrapper.append(table);
    document.body.append(wrapper);
    try {
      wrapper.lang = 'en';
      expect(await problemWords(table)).to.include('must be text');
    } finally {
      wrapper.remove();
    }
  });
});
