import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/counter/index.js';
import { counterVariants, type CounterVariant } from '../src/components/counter/index.js';
import tanBinh from '../test/fixtures/tan-binh-2017.json';
import khoiCoQuan from '../test/fixtures/khoi-co-quan-tw-2018-2019.json';
import goVap from '../test/fixtures/go-vap-2007-2011.json';
import quan11 from '../test/fixtures/quan-11-2022.json';

/** Figures from the seeds (test/fixtures), plus a history that no seed gives, to show the sparkline. */
const withHistory = {
  version: 1,
  provenance: khoiCoQuan.provenance,
  metrics: [
    {
      id: 'tin-bai',
      label: 'Tin, bài về mô hình, gương tiêu biểu (số liệu minh họa theo quý)',
      value: 537,
      unit: 'tin, bài',
      period: { type: 'range', from: '2018-05', to: '2019-02' },
      history: [
        { value: 96, label: 'Quý 2/2018' },
        { value: 241, label: 'Quý 3/2018' },
        { value: 402, label: 'Quý 4/2018' },
        { value: 537, label: 'Quý 1/2019' },
      ],
    },
  ],
};

interface CounterArgs {
  metric: string;
  data?: unknown;
  variant: CounterVariant;
  compact: boolean;
  noAnimation: boolean;
  label?: string;
}

const meta: Meta<CounterArgs> = {
  title: 'Widgets/Counter',
  component: 'lamtheo-counter',
  args: { metric: 'dang-vien', data: tanBinh, variant: 'plain', compact: false, noAnimation: false },
  argTypes: {
    metric: { control: 'select', options: [...tanBinh.metrics.map((m) => m.id), 'khong-co'] },
    variant: { control: 'inline-radio', options: [...counterVariants] },
  },
  render: ({ metric, data, variant, compact, noAnimation, label }) =>
    html`<lamtheo-counter
      metric=${metric}
      .data=${data}
      variant=${variant}
      ?compact=${compact}
      ?no-animation=${noAnimation}
      label=${label ?? ''}
    ></lamtheo-counter>`,
};
export default meta;

type Story = StoryObj<CounterArgs>;

/** A figure from the dataset, formatted for Vietnamese: 11.368, counting up once when it comes into view. */
export const Ready: Story = {};

/** Inside an element with `lang="en"` the number reads 11,368 and the messages are English. */
export const English: Story = {
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** Every variant side by side: plain, progress (a ring for the target), odometer (rolling digits). */
export const Variants: Story = {
  render: ({ data }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 2em">
      ${counterVariants.map(
        (variant) =>
          html`<lamtheo-counter
            style="width: 16em"
            metric="dang-vien-nghi-huu"
            variant=${variant}
            .data=${data}
          ></lamtheo-counter>`,
      )}
    </div>`,
};

/** "hơn 12.000" (more than), "gần 1.300" (nearly), "ít nhất 3" (at least). */
export const Qualifiers: Story = {
  render: ({ data }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 2em">
      ${['nguoi-hoc-cac-lop', 'nguoi-hoc-6-thang', 'bieu-hien-thao-luan'].map(
        (id) => html`<lamtheo-counter style="width: 18em" metric=${id} .data=${data}></lamtheo-counter>`,
      )}
    </div>`,
};

/** Quận 11: 24 of 40 base party organisations have a cultural space: 24/40, 60%. */
export const Target: Story = { args: { data: quan11, metric: 'party-bases-with-space', variant: 'progress' } };

/** Central agencies, 2018: in-person conferences cut from 215 to 117 (−46%). */
export const Change: Story = { args: { data: khoiCoQuan, metric: 'hoi-nghi-truyen-thong' } };

/** Gò Vấp 2007–2009: 440 people admitted to the party, and the five groups they came from. */
export const Breakdown: Story = { args: { data: goVap, metric: 'ket-nap-dang' } };

/** A history drawn as a sparkline; screen readers hear every point from its label. */
export const History: Story = { args: { data: withHistory, metric: 'tin-bai' } };

/** Derived from the records: the file says 4 religious sites, its list names 5; the details say so. */
export const Derived: Story = { args: { data: quan11, metric: 'religious-sites-with-space' } };

/** Only the figure, its label and its target: for narrow sidebars. */
export const Compact: Story = { args: { data: quan11, metric: 'wards-with-space', compact: true } };

/** A live figure: the value changes every 2 seconds; the digits roll and the change is announced once. */
export const Live: Story = {
  args: { variant: 'odometer', metric: 'dang-truy-cap' },
  render: ({ variant }) => {
    const counter = document.createElement('lamtheo-counter');
    counter.setAttribute('metric', 'dang-truy-cap');
    counter.setAttribute('variant', variant);
    let value = 141;
    const update = () => {
      counter.data = { version: 1, metrics: [{ id: 'dang-truy-cap', label: 'Đang truy cập', value }] };
      value += Math.round(Math.random() * 6) - 2;
    };
    update();
    const timer = setInterval(() => (counter.isConnected ? update() : clearInterval(timer)), 2000);
    return counter;
  },
};

/** What an administrator pastes into the portal: the data in a `<script type="application/json">` child. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: ({ metric, data }) => {
    const counter = document.createElement('lamtheo-counter');
    counter.setAttribute('metric', metric);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data, null, 2);
    counter.append(script);
    return counter;
  },
};

/** While the file loads: an address that does not answer, so the loading view stays until the 15 s timeout. */
export const Loading: Story = {
  render: () =>
    html`<lamtheo-counter metric="dang-vien" src="/storybook/never-answers.json" timeout="3600"></lamtheo-counter>`,
};

/** A metric id the dataset does not have: a short message, and the details for the administrator. */
export const UnknownMetric: Story = {
  name: 'Error: unknown metric',
  args: { metric: 'khong-co' },
};

/** Bad data: a negative count and a value written as text; each problem has its place in the file. */
export const BadData: Story = {
  name: 'Error: bad data',
  args: {
    metric: 'x',
    data: {
      version: 1,
      metrics: [
        { id: 'x', label: 'Đảng viên', value: -3 },
        { id: 'y', label: 'Lớp học', value: '12.000' },
      ],
    },
  },
};

/** No data yet: the empty view, never a blank box. */
export const NoData: Story = {
  name: 'Empty: no data',
  args: { data: undefined },
};
