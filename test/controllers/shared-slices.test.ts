import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { generateDataset } from '../fixtures/generate/generate.js';
import { until } from '../helpers/page.js';
import '../../src/internal/dataset-element.js';
import '../../src/components/commendations/index.js';
import '../../src/components/counter/index.js';

describe('a big shared dataset, read in slices', () => {
  it('lets a table show its first rows while a counter on the same data waits for every record', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<lamtheo-dataset>
        <lamtheo-commendation-table columns="stt recipient year"></lamtheo-commendation-table>
        <lamtheo-counter metric="commendations-collective"></lamtheo-counter>
      </lamtheo-dataset>`,
      host,
    );
    const [dataset, table, counter] = ['lamtheo-dataset', 'lamtheo-commendation-table', 'lamtheo-counter'].map(
      (tag) => host.querySelector(tag) as HTMLElement & { data?: unknown; state?: string },
    );
    const seen: { tableRows: number; counterState?: string; counterValue?: string }[] = [];
    const observer = new MutationObserver(() => {
      if (!table.shadowRoot?.querySelector('[part~=checking]')) return;
      seen.push({
        tableRows: table.shadowRoot.querySelectorAll('tbody tr.row').length,
        counterState: counter.state,
        counterValue: counter.shadowRoot?.querySelector('[part~=value]')?.textContent ?? undefined,
      });
    });
    // Both join the dataset (their side of it downloads first), still without data: "no data".
    await until(() => table.state === 'empty' && counter.state === 'empty', 'the widgets to join the dataset');
    observer.observe(table.shadowRoot!, { subtree: true, childList: true });
    const data = generateDataset({ seed: 5, commendations: 12_000, spaces: 5 });
    dataset.data = data;
    await until(() => table.state === 'ready' && counter.state === 'ready', 'both widgets ready');
    observer.disconnect();
    try {
      const early = seen.find((s) => s.tableRows > 0);
      expect(early, 'the table showed rows while the rest was checked').to.exist;
      expect(early!.counterState, 'the counter never shows a figure counted on part of the records').to.equal(
        'loading',
      );
      expect(early!.counterValue).to.equal(undefined);
      const collectives = data.commendations!.filter((c) => c.recipient.kind === 'collective').length;
      const value = counter.shadowRoot!.querySelector('[part~=value]')!.textContent!.replace(/\./g, '');
      expect(Number(value)).to.equal(collectives);
    } finally {
      host.remove();
    }
  });
});
