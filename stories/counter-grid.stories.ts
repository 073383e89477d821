import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/counter/index.js';
import { playground } from './playground.js';
import { counterVariants, type CounterVariant } from '../src/components/counter/index.js';
import tanBinh from '../test/fixtures/tan-binh-2017.json';
import khoiCoQuan from '../test/fixtures/khoi-co-quan-tw-2018-2019.json';
import benTre from '../test/fixtures/ben-tre-2016-2017.json';
import goVap from '../test/fixtures/go-vap-2007-2011.json';
import quan11 from '../test/fixtures/quan-11-2022.json';

const fixtures = { tanBinh, khoiCoQuan, benTre, goVap, quan11 };
type FixtureName = keyof typeof fixtures;

interface GridArgs {
  fixture: FixtureName;
  data?: unknown;
  heading: string;
  variant: CounterVariant;
  metrics: string;
  tag: string;
  compact: boolean;
  noAnimation: boolean;
  width: string;
}

const meta: Meta<GridArgs> = {
  title: 'Widgets/Counter grid',
  component: 'lamtheo-counter-grid',
  args: {
    fixture: 'tanBinh',
    heading: 'Kết quả học tập và làm theo Bác',
    variant: 'plain',
    metrics: '',
    tag: '',
    compact: false,
    noAnimation: false,
    width: '100%',
  },
  argTypes: {
    fixture: { control: 'select', options: Object.keys(fixtures) },
    variant: { control: 'inline-radio', options: [...counterVariants] },
    width: { control: 'select', options: ['100%', '20em', '40em'] },
  },
  render: ({ fixture, data, heading, variant, metrics, tag, compact, noAnimation, width }) =>
    html`<div style="width: ${width}">
      <lamtheo-counter-grid
        .data=${data ?? fixtures[fixture]}
        heading=${heading}
        variant=${variant}
        metrics=${metrics}
        tag=${tag}
        ?compact=${compact}
        ?no-animation=${noAnimation}
      ></lamtheo-counter-grid>
    </div>`,
};
export default meta;

type Story = StoryObj<GridArgs>;

/** Tân Bình 2015–2017: every figure of the report. */
export const TanBinh: Story = { name: 'Tân Bình 2017' };

/** The Party Committee of Central Agencies, 5/2018–2/2019: shares, a reduction, percentages. */
export const KhoiCoQuan: Story = { name: 'Khối các cơ quan Trung ương', args: { fixture: 'khoiCoQuan' } };

/** Bến Tre 2016–2017: the pledge campaign in figures. */
export const BenTre: Story = { name: 'Bến Tre', args: { fixture: 'benTre', heading: 'Đăng ký làm theo' } };

/** Gò Vấp 2007–2011: commendations chosen by tag. */
export const GoVap: Story = { name: 'Gò Vấp (tag khen-thuong)', args: { fixture: 'goVap', tag: 'khen-thuong' } };

/** Quận 11, 2022: figures derived from the list of cultural spaces, with targets. */
export const Quan11: Story = { name: 'Quận 11', args: { fixture: 'quan11', variant: 'progress' } };

/** Chosen metrics, in the order named. */
export const Chosen: Story = {
  args: { metrics: 'dang-vien to-chuc-co-so-dang chuong-trinh-dot-pha so-tay-nhan-dien' },
};

/** Every variant, on every fixture, in a sidebar width and a page width. */
export const AllVariants: Story = {
  render: () =>
    html`${counterVariants.map(
      (variant) =>
        html`<h3>${variant}</h3>
          <div style="display: grid; grid-template-columns: 18em 1fr; gap: 2em; align-items: start">
            <lamtheo-counter-grid .data=${quan11} variant=${variant} compact heading="Quận 11"></lamtheo-counter-grid>
            <lamtheo-counter-grid
              .data=${goVap}
              variant=${variant}
              tag="khen-thuong"
              heading="Gò Vấp"
            ></lamtheo-counter-grid>
          </div>`,
    )}`,
};

/** The "Thống kê truy cập" box of a portal sidebar, its figures changing live. */
export const VisitCounter: Story = {
  name: 'Visit counter (live)',
  args: { width: '18em' },
  render: ({ width }) => {
    const grid = document.createElement('lamtheo-counter-grid');
    grid.setAttribute('variant', 'odometer');
    grid.setAttribute('heading', 'Thống kê truy cập');
    grid.setAttribute('heading-level', '3');
    grid.style.width = width;
    let counts = { online: 141, today: 2_314, month: 61_873, total: 9_661_330 };
    const update = () => {
      grid.data = {
        version: 1,
        metrics: [
          { id: 'dang-truy-cap', label: 'Đang truy cập', value: counts.online },
          { id: 'hom-nay', label: 'Hôm nay', value: counts.today },
          { id: 'thang-nay', label: 'Tháng này', value: counts.month },
          { id: 'tong', label: 'Tổng lượt truy cập', value: counts.total },
        ],
      };
      const visits = Math.round(Math.random() * 4);
      counts = {
        online: Math.max(1, counts.online + Math.round(Math.random() * 6) - 3),
        today: counts.today + visits,
        month: counts.month + visits,
        total: counts.total + visits,
      };
    };
    update();
    const timer = setInterval(() => (grid.isConnected ? update() : clearInterval(timer)), 2500);
    return grid;
  },
};

/** No metric has the tag: the empty view. */
export const Empty: Story = { name: 'Empty: no metric with the tag', args: { tag: 'khong-co' } };

/** An id that names no metric: the error view, with the id for the administrator. */
export const UnknownMetric: Story = { name: 'Error: unknown metric', args: { metrics: 'dang-vien khong-co' } };

/** A file that is not a dataset. */
export const BadFile: Story = { name: 'Error: not a dataset', args: { data: { version: 2, metrics: 'nhiều' } } };

/** While the file loads: an address that does not answer, so the loading view stays until the 15 s timeout. */
export const Loading: Story = {
  render: () => html`<lamtheo-counter-grid src="/storybook/never-answers.json" timeout="3600"></lamtheo-counter-grid>`,
};

/**
 * Edit Tân Bình's figures as JSON in the Controls panel ("dataset"): the grid and the problems
 * below it update as you type (try `"value": "11.368"` or a `"lable"`).
 */
export const Playground: Story = playground(
  tanBinh,
  (data) => html`<lamtheo-counter-grid .data=${data}></lamtheo-counter-grid>`,
) as Story;
