import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/commendations/index.js';
import { playground } from './playground.js';
import { generateDataset } from '../test/fixtures/generate/generate.js';
import tanBinh from '../test/fixtures/tan-binh-2017.json';
import goVap from '../test/fixtures/go-vap-2007-2011.json';

interface TableArgs {
  data?: unknown;
  src?: string;
  columns: string;
  groupBy: '' | 'year' | 'level' | 'unit';
  width: string;
}

const csv = [
  'STT,Họ và tên,Chức vụ,Đơn vị,Hình thức,Cấp khen,Số quyết định,Ngày quyết định,Năm,Thành tích,Trạng thái',
  '1,Ví dụ Nguyễn Văn A,Bí thư chi bộ,Phường 3,Giấy khen,Quận ủy,12-QĐ/QU,19/05/2017,2017,Gương điển hình (dữ liệu ví dụ),',
  '2,Ví dụ Trần Thị B,Tổ trưởng tổ dân phố,Phường 7,Bằng khen,UBND quận,1436/QĐ-UBND,21/06/2017,2017,Gương điển hình (dữ liệu ví dụ),Đã thu hồi',
].join('\n');
const csvUrl = () => URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));

const meta: Meta<TableArgs> = {
  title: 'Widgets/Commendation table',
  component: 'lamtheo-commendation-table',
  args: { data: tanBinh, columns: '', groupBy: '', width: '100%' },
  argTypes: {
    groupBy: { control: 'select', options: ['', 'year', 'level', 'unit'] },
    columns: {
      control: 'text',
      description: 'stt recipient position unit form issuer decision year achievement status',
    },
  },
  render: ({ data, src, columns, groupBy, width }) =>
    html`<div style="width: ${width}">
      <lamtheo-commendation-table
        .data=${data}
        src=${src ?? ''}
        columns=${columns}
        group-by=${groupBy}
      ></lamtheo-commendation-table>
    </div>`,
};
export default meta;

type Story = StoryObj<TableArgs>;

/** Tân Bình 2015–2017 (seed 000): the awards the article names. */
export const TanBinh: Story = { name: 'Tân Bình 2017' };

/** Gò Vấp 2007–2011 (seed 003): the collectives the district praised; try "phuong 17". */
export const GoVap: Story = { name: 'Gò Vấp 2007–2011', args: { data: goVap } };

/**
 * 100,000 generated rows: only the rows in view are in the DOM. The first 250 rows show,
 * checked, with a note while the others are checked (about a second); the counts and the
 * CSV export appear once every row has passed.
 */
export const Large: Story = {
  name: '100,000 rows (generated)',
  args: { data: generateDataset({ seed: 2017, commendations: 100_000, spaces: 0 }), groupBy: '' },
};

/** A list kept in a spreadsheet, exported as CSV with Vietnamese headers. */
export const CsvSource: Story = {
  name: 'CSV source',
  render: () => html`<lamtheo-commendation-table src=${csvUrl()}></lamtheo-commendation-table>`,
};

/** 320 px of its own width: each row is a card. */
export const Narrow: Story = { args: { width: '320px' } };

/** Grouped by year, with counts. */
export const Grouped: Story = { args: { data: goVap, groupBy: 'level' } };

/** English page. */
export const English: Story = { decorators: [(story) => html`<div lang="en">${story()}</div>`] };

/** A file that is not there: a short message, the details for the administrator and "try again". */
export const Missing: Story = { name: 'Error: file not found', args: { data: undefined, src: '/khong-co.json' } };

/** A CSV with a bad year: the message names the line and column. */
export const ErrorInCsv: Story = {
  name: 'Error: bad CSV cell',
  render: () =>
    html`<lamtheo-commendation-table
      src=${URL.createObjectURL(new Blob([csv.replace(',2017,Gương', ',20x7,Gương')], { type: 'text/csv' }))}
    ></lamtheo-commendation-table>`,
};

/** No commendations in the data. */
export const Empty: Story = { args: { data: { version: 1, commendations: [] } } };

/**
 * Edit Gò Vấp's commendations as JSON in the Controls panel ("dataset"): the table and the
 * problems below it update as you type (try a date "31/02/2010").
 */
export const Playground: Story = playground(
  goVap,
  (data) => html`<lamtheo-commendation-table .data=${data}></lamtheo-commendation-table>`,
) as Story;
