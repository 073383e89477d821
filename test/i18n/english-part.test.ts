import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/counter/index.js';
import '../../src/components/commendations/index.js';
import type { LamtheoElement } from '../../src/internal/base-element.js';
import { shadowText, until } from '../helpers/page.js';
import { partMissing, whenPartsFail } from '../helpers/parts.js';

const figures = {
  version: 1,
  metrics: [{ id: 'members', label: 'Đảng viên', value: 11368 }],
  provenance: { publisher: 'Quận ủy Tân Bình', asOf: '2017-12-31' },
};

// Its own test file (its own page): the English strings have not been downloaded before.
describe('an English widget whose English strings cannot be downloaded', () => {
  const parts = whenPartsFail();

  it('shows its data in Vietnamese, says why in English, and turns every English widget English after "Try again"', async () => {
    parts.offline('english');
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <lamtheo-counter metric="members" no-animation .data=${figures}></lamtheo-counter>
        <lamtheo-commendation-table .data=${{ version: 1, commendations: [] }}></lamtheo-commendation-table>
      </div>`,
    );
    const counter = page.querySelector<LamtheoElement>('lamtheo-counter')!;
    const table = page.querySelector<LamtheoElement>('lamtheo-commendation-table')!;
    await until(() => counter.state === 'ready' && table.state === 'empty', 'both shown');
    // The figure is there, in the only words there are (the source language)…
    expect(counter.shadowRoot!.querySelector('[part~=value]')!.textContent).to.equal('11,368');
    expect(shadowText(counter)).to.include('Nguồn số liệu');
    // …and the reader is told why, in English, with a retry.
    const note = await until(() => partMissing(counter.shadowRoot!), 'the note');
    expect(note.text).to.equal('Part of this widget could not be downloaded (is the connection down?). Try again');
    expect(partMissing(table.shadowRoot!)?.text).to.equal(note.text);
    await expect(counter).to.be.accessible();

    parts.online('english');
    note.retry.click();
    await until(() => shadowText(counter).includes('Source of the figures'), 'the counter in English');
    await until(() => shadowText(table).includes('No data to show yet.'), 'the table in English too');
    expect(partMissing(counter.shadowRoot!)).to.equal(undefined);
    expect(partMissing(table.shadowRoot!)).to.equal(undefined);
  });

  it('says nothing of the kind in a Vietnamese widget', async () => {
    parts.offline('english');
    const el = await fixture<LamtheoElement>(
      html`<lamtheo-counter metric="members" no-animation .data=${figures}></lamtheo-counter>`,
    );
    await until(() => el.state === 'ready', 'ready');
    expect(partMissing(el.shadowRoot!)).to.equal(undefined);
  });
});
