import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import quan11 from '../test/fixtures/quan-11-2022.json';

/**
 * `<lamtheo-dataset>` loads one dataset for the widgets inside it (one request for all), and
 * every widget shows the same messages when the data is wrong. These stories show the data
 * contract at work; the format itself is documented on the "Format" page beside them.
 */
const meta: Meta = {
  title: 'Data/Dataset',
  component: 'lamtheo-dataset',
};
export default meta;

type Story = StoryObj;

/** Three widgets under one `<lamtheo-dataset>`: the figures, the map and the spaces come from one file. */
export const SharedByThreeWidgets: Story = {
  render: () =>
    html`<lamtheo-dataset .data=${quan11}>
      <lamtheo-counter metric="wards-with-space"></lamtheo-counter>
      <lamtheo-counter metric="religious-sites-with-space"></lamtheo-counter>
      <lamtheo-space-map style="block-size: 28em"></lamtheo-space-map>
    </lamtheo-dataset>`,
};

/** What an administrator sees when the file has mistakes: the place in the file and what to do. */
export const MistakesExplained: Story = {
  render: () =>
    html`<lamtheo-counter
      metric="dang-vien"
      .data=${{
        version: 1,
        metrics: [
          { id: 'dang-vien', label: 'Đảng viên', value: '11.368' },
          { id: 'lop', label: 'Lớp bồi dưỡng', value: 38, period: { type: 'year', year: 20017 } },
        ],
        commendations: [
          {
            id: 'k1',
            recipient: { kind: 'individual', name: 'Nguyễn Văn A' },
            form: 'giay-khen',
            line: 'state',
            issuer: { name: 'UBND quận' },
            decision: { number: '12/QĐ-UBND', date: '2017-02-31' },
          },
        ],
      }}
    ></lamtheo-counter>`,
};

/** The same mistakes, for an English page. */
export const MistakesExplainedInEnglish: Story = {
  render: () => html`<div lang="en">${MistakesExplained.render!({}, {} as never)}</div>`,
};

/** A file that is not JSON at all (a missing comma). */
export const NotJson: Story = {
  render: () =>
    html`<lamtheo-counter
      metric="a"
      .data=${'{ "version": 1, "metrics": [ { "id": "a", "label": "Đảng viên" "value": 3 } ] }'}
    ></lamtheo-counter>`,
};

/** A file written for a newer version of lamtheo. */
export const NewerVersion: Story = {
  render: () => html`<lamtheo-counter metric="a" .data=${{ version: 99, metrics: [] }}></lamtheo-counter>`,
};
