/// <reference types="vite/client" />
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/studio/editors.js';
import quan11 from '../test/fixtures/quan-11-2022.json?raw';
import benTre from '../test/fixtures/ben-tre-2016-2017.json?raw';

/**
 * The studio's two editors on their own: the commendation grid (paste rows from Excel, or open
 * a .csv or .xlsx file) and the map of cultural spaces (click on a ward to place one). In the
 * studio, `<lamtheo-studio>` hands them the draft and takes their `lamtheo-studio-edit` events.
 */
type Json = Record<string, unknown>;
const q11 = JSON.parse(quan11) as Json;
const bt = JSON.parse(benTre) as Json;

/** What the studio's shell does with an edit: the editor gets the new value back. */
const keep = (event: Event) => {
  const target = event.target as HTMLElement & { value: unknown };
  target.value = (event as CustomEvent<{ value: unknown }>).detail.value;
};

/** A header row and three rows, as Excel puts them on the clipboard, one column not recognised. */
const pasted = [
  'STT\tHọ và tên\tHình thức\tCơ quan khen\tNgày QĐ\tNăm\tGhi chú',
  '1\tNguyễn Thị Hằng\tGiấy khen\tUBND phường 5\t21/05/2018\t2017\t',
  '2\tTrần Văn Đức\tGiấy khen\tUBND phường 5\t31/02/2017\t2017\tkiểm tra lại',
  '3\tChi bộ khu phố 4\tBằng khen của Thành ủy\tThành ủy\t03/06/2018\t2017\t',
].join('\n');

function pasteInto(el: Element | null): void {
  const area = el?.shadowRoot?.querySelector('textarea');
  if (!area) return;
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', pasted);
  area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, composed: true, cancelable: true }));
}

const meta: Meta = { title: 'Studio/Editors', parameters: { layout: 'padded' } };
export default meta;

export const RecordsEmpty: StoryObj = {
  render: () => html`<lamtheo-studio-records @lamtheo-studio-edit=${keep}></lamtheo-studio-records>`,
};

export const RecordsFromDataset: StoryObj = {
  render: () =>
    html`<lamtheo-studio-records
      .value=${bt.commendations}
      .draft=${bt}
      @lamtheo-studio-edit=${keep}
    ></lamtheo-studio-records>`,
};

export const RecordsPastedWithUnknownColumn: StoryObj = {
  render: () => html`<lamtheo-studio-records @lamtheo-studio-edit=${keep}></lamtheo-studio-records>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('lamtheo-studio-records');
    await customElements.whenDefined('lamtheo-studio-records');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    pasteInto(el);
  },
};

export const RecordsEnglish: StoryObj = {
  render: () =>
    html`<lamtheo-studio-records
      lang="en"
      .value=${bt.commendations}
      @lamtheo-studio-edit=${keep}
    ></lamtheo-studio-records>`,
};

export const SpacesQuan11Empty: StoryObj = {
  render: () =>
    html`<lamtheo-studio-spaces .draft=${q11} .value=${[]} @lamtheo-studio-edit=${keep}></lamtheo-studio-spaces>`,
};

export const SpacesQuan11Placed: StoryObj = {
  render: () =>
    html`<lamtheo-studio-spaces
      .draft=${q11}
      .value=${q11.spaces}
      @lamtheo-studio-edit=${keep}
    ></lamtheo-studio-spaces>`,
};

export const SpacesEnglishNoBoundaries: StoryObj = {
  render: () =>
    html`<lamtheo-studio-spaces
      lang="en"
      .draft=${{ version: 1 }}
      .value=${[{ id: 'a', name: 'Nhà văn hóa phường', kind: 'other', location: [106.65, 10.765] }]}
      @lamtheo-studio-edit=${keep}
    ></lamtheo-studio-spaces>`,
};
