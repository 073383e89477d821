/// <reference types="vite/client" />
import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/spaces/index.js';
import { playground } from './playground.js';
import { generateDataset } from '../test/fixtures/generate/generate.js';
import quan11 from '../test/fixtures/geo/quan-11.geojson?raw';
import tanBinh from '../test/fixtures/geo/tan-binh.geojson?raw';
import goVap from '../test/fixtures/geo/go-vap.geojson?raw';

/**
 * Ward boundaries: test/fixtures/geo (copies of shared/data/geo), OpenStreetMap as of 2018-01-01,
 * ODbL, "© OpenStreetMap contributors". Quận 11 spaces: seed 004 (end of October 2022).
 */
type Json = Record<string, unknown>;
const geo = (text: string) => JSON.parse(text) as { type: 'FeatureCollection'; features: Json[] };
const osm = {
  unitProperty: 'code',
  matches: 'code',
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
};

/** Units for the wards of a file, linked by GSO code. */
function wardUnits(fc: ReturnType<typeof geo>) {
  return fc.features.map((f) => {
    const p = f.properties as Json;
    return {
      id: `phuong-${String(p.name).split(' ').pop()}`,
      name: p.name,
      kind: 'ward',
      code: { value: p.code, list: 'Danh mục đơn vị hành chính (Tổng cục Thống kê)', listDate: '2024-11-01' },
    };
  });
}

/** A point inside a ward: the mean of its outer ring (good enough for compact wards). */
function near(fc: ReturnType<typeof geo>, ward: number, dx = 0): [number, number] {
  const f = fc.features.find((x) => (x.properties as Json).name === `Phường ${ward}`)!;
  const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0];
  const x = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const y = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return [Math.round((x + dx) * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
}

function quan11Data() {
  const fc = geo(quan11);
  const wards = Array.from({ length: 16 }, (_, i) => i + 1);
  return {
    version: 1,
    units: wardUnits(fc),
    spaces: [
      {
        id: 'quan-uy',
        name: 'Không gian văn hóa Hồ Chí Minh tại trụ sở Quận ủy Quận 11',
        kind: 'office',
        unitId: 'phuong-14',
        location: near(fc, 14, 0.0006),
        openedOn: '2022',
        components: [
          { name: 'Khu vực khánh tiết', description: 'Nơi tưởng niệm Chủ tịch Hồ Chí Minh' },
          {
            name: 'Khu vực không gian văn hóa đọc – trưng bày',
            description: 'Tư liệu, tác phẩm về Chủ tịch Hồ Chí Minh',
          },
        ],
      },
      ...wards.map((n) => ({
        id: `phuong-${n}-kgvh`,
        name: `Không gian văn hóa Hồ Chí Minh Phường ${n}`,
        kind: 'ward-headquarters',
        unitId: `phuong-${n}`,
        location: near(fc, n),
      })),
      {
        id: 'chua-quan-am',
        name: 'Chùa Quan Âm',
        kind: 'religious-site',
        unitId: 'phuong-3',
        location: near(fc, 3, 0.0008),
      },
      { id: 'dinh-dong-son', name: 'Đình Đông Sơn', kind: 'religious-site', location: near(fc, 7, -0.0005) },
      {
        id: 'chua-giac-hoang',
        name: 'Chùa Giác Hoằng',
        kind: 'religious-site',
        unitId: 'phuong-7',
        location: near(fc, 7, 0.0008),
      },
      {
        id: 'chua-van-phuoc',
        name: 'Chùa Vạn Phước',
        kind: 'religious-site',
        unitId: 'phuong-13',
        location: near(fc, 13, 0.0008),
      },
      {
        id: 'tinh-that-van-duc',
        name: 'Tịnh thất Vạn Đức',
        kind: 'religious-site',
        unitId: 'phuong-14',
        location: near(fc, 14, -0.0008),
      },
      {
        id: 'phuong-4-truc-tuyen',
        name: 'Không gian văn hóa Hồ Chí Minh trực tuyến Phường 4',
        kind: 'online',
        unitId: 'phuong-4',
        url: 'https://phuong4.quan11.example.vn/',
      },
    ],
    boundaries: { featureCollection: fc, ...osm },
  };
}

const boundariesOnly = (text: string) => {
  const fc = geo(text);
  return { version: 1, units: wardUnits(fc), spaces: [], boundaries: { featureCollection: fc, ...osm } };
};

function badGeometry() {
  const data = quan11Data();
  const features = structuredClone(data.boundaries.featureCollection.features) as Json[];
  features[2].geometry = null;
  ((features[5].geometry as Json).coordinates as number[][][])[0].pop();
  const ring = ((features[9].geometry as Json).coordinates as number[][][])[0];
  ((features[9].geometry as Json).coordinates as number[][][])[0] = ring.map(([x, y]) => [y, x]);
  return { ...data, boundaries: { ...data.boundaries, featureCollection: { type: 'FeatureCollection', features } } };
}

interface MapArgs {
  data: unknown;
}

const meta: Meta<MapArgs> = {
  title: 'Widgets/Space map',
  component: 'lamtheo-space-map',
  render: ({ data }) => html`<lamtheo-space-map .data=${data}></lamtheo-space-map>`,
};
export default meta;
type Story = StoryObj<MapArgs>;

/** Quận 11 at the end of October 2022: 16/16 wards, five religious sites, the District Committee's two-zone space, Phường 4 online. */
export const Quan11: Story = { name: 'Quận 11 (2022)', args: { data: quan11Data() } };

/** The same in English. */
export const English: Story = {
  args: { data: quan11Data() },
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** Tân Bình's 15 wards, no spaces yet: every ward in the "0" class. */
export const TanBinh: Story = { name: 'Tân Bình (wards only)', args: { data: boundariesOnly(tanBinh) } };

/** Gò Vấp's 16 wards (no Phường 2), no spaces yet. */
export const GoVap: Story = { name: 'Gò Vấp (wards only)', args: { data: boundariesOnly(goVap) } };

/** 10,000 generated spaces on Quận 11: markers on a canvas, clustered; the list pages by 200. */
export const TenThousand: Story = {
  name: '10,000 generated spaces',
  args: {
    data: {
      ...generateDataset({ seed: 1, spaces: 10000, commendations: 0 }),
      boundaries: { featureCollection: geo(quan11), ...osm },
    },
  },
};

/** Bad geometry: feature 2 has none, 5 has an unclosed ring, 9 is latitude-first. The rest is drawn; the administrator reads why. */
export const BadGeometry: Story = { args: { data: badGeometry() } };

/** While the data loads. */
export const Loading: Story = {
  render: () => html`<lamtheo-space-map src="/storybook/never-answers.json" timeout="3600"></lamtheo-space-map>`,
};

/** A file that is not a dataset. */
export const Error: Story = { render: () => html`<lamtheo-space-map .data=${{ version: 2 }}></lamtheo-space-map>` };

const { boundaries: quan11Boundaries, ...quan11Editable } = quan11Data();
/**
 * Edit the spaces and units as JSON in the Controls panel ("dataset"): the map, its list and the
 * problems below update as you type. The ward boundaries stay fixed (too big to edit here).
 */
export const Playground: Story = playground(
  quan11Editable,
  (data) => html`<lamtheo-space-map .data=${data}></lamtheo-space-map>`,
  { boundaries: quan11Boundaries },
) as Story;
