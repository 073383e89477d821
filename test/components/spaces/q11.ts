/**
 * A Quận 11 dataset for the map's tests, from seed 004 (Quận 11, end of October 2022) and the
 * shared ward file (test/fixtures/geo/quan-11.geojson, © OpenStreetMap contributors, ODbL).
 * Ward spaces sit at a point inside their ward; the five religious sites in their wards.
 */
import { geoCentroid } from 'd3-geo';

export type Json = Record<string, unknown>;

export async function quan11Geojson(): Promise<{ type: 'FeatureCollection'; features: Json[] }> {
  return (await fetch(new URL('../../fixtures/geo/quan-11.geojson', import.meta.url))).json();
}

/**
 * A point well inside a ward polygon: its centroid (the wards are compact). The file's rings
 * are RFC 7946 (counter-clockwise), which d3 reads inside out, so they are reversed first.
 */
export function inside(feature: Json): [number, number] {
  const g = feature.geometry as { type: 'Polygon'; coordinates: number[][][] };
  const [x, y] = geoCentroid({ type: 'Polygon', coordinates: g.coordinates.map((r) => r.slice().reverse()) } as never);
  return [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
}

export async function quan11Dataset(options: { embed?: boolean } = {}): Promise<Json> {
  const fc = await quan11Geojson();
  const byNumber = new Map(
    fc.features.map((f) => [
      Number(
        String((f.properties as Json).name)
          .split(' ')
          .pop(),
      ),
      f,
    ]),
  );
  const units = [
    { id: 'quan-11', name: 'Quận 11', kind: 'district' },
    ...fc.features.map((f) => {
      const p = f.properties as Json;
      const n = String(p.name).split(' ').pop();
      return {
        id: `phuong-${n}`,
        name: p.name,
        kind: 'ward',
        parent: 'quan-11',
        code: { value: p.code, list: 'Danh mục đơn vị hành chính (Tổng cục Thống kê)', listDate: '2024-11-01' },
      };
    }),
    { id: 'chua-quan-am', name: 'Chùa Quan Âm', kind: 'religious-site', parent: 'phuong-3' },
  ];
  const wardSpaces = [...byNumber].map(([n, f]) => ({
    id: `kgvh-phuong-${n}`,
    name: `Không gian văn hóa Hồ Chí Minh Phường ${n}`,
    kind: 'ward-headquarters',
    unitId: `phuong-${n}`,
    location: inside(f),
    openedOn: '2022-05-19',
  }));
  const nudge = (n: number, dx: number): [number, number] => {
    const [x, y] = inside(byNumber.get(n)!);
    return [Math.round((x + dx) * 1e6) / 1e6, y];
  };
  const spaces = [
    {
      id: 'quan-uy',
      name: 'Không gian văn hóa Hồ Chí Minh Quận ủy Quận 11',
      kind: 'office',
      unitId: 'phuong-5',
      address: '270 Bình Thới, Phường 14, Quận 11',
      location: nudge(14, 0.0006),
      openedOn: '2022-10',
      components: [
        { name: 'Khu vực khánh tiết', description: 'Nơi tưởng niệm Chủ tịch Hồ Chí Minh' },
        { name: 'Khu vực văn hóa đọc – trưng bày', description: 'Tư liệu, tác phẩm về Chủ tịch Hồ Chí Minh' },
      ],
      photos: [{ src: '/anh/quan-uy.jpg', alt: 'Tượng Bác trong khu vực khánh tiết' }],
      links: [
        { label: 'Bài viết', url: 'https://example.vn/quan-11' },
        { label: 'Hộp thư', url: 'mailto:quanuy@example.vn' },
      ],
    },
    ...wardSpaces,
    {
      id: 'chua-quan-am',
      name: 'Chùa Quan Âm',
      kind: 'religious-site',
      unitId: 'phuong-3',
      hostUnitId: 'chua-quan-am',
      location: nudge(3, 0.0008),
    },
    { id: 'dinh-dong-son', name: 'Đình Đông Sơn', kind: 'religious-site', location: nudge(7, -0.0008) },
    {
      id: 'chua-giac-hoang',
      name: 'Chùa Giác Hoằng',
      kind: 'religious-site',
      unitId: 'phuong-7',
      location: nudge(7, 0.0008),
    },
    {
      id: 'chua-van-phuoc',
      name: 'Chùa Vạn Phước',
      kind: 'religious-site',
      unitId: 'phuong-13',
      location: nudge(13, 0.0008),
    },
    {
      id: 'tinh-that-van-duc',
      name: 'Tịnh thất Vạn Đức',
      kind: 'religious-site',
      unitId: 'phuong-14',
      location: nudge(14, -0.0008),
    },
    {
      id: 'truc-tuyen-phuong-4',
      name: 'Không gian văn hóa Hồ Chí Minh trực tuyến Phường 4',
      kind: 'online',
      unitId: 'phuong-4',
      url: 'https://phuong4.quan11.example.vn/',
    },
  ];
  return {
    version: 1,
    units,
    spaces,
    boundaries: {
      ...(options.embed === false
        ? { url: new URL('../../fixtures/geo/quan-11.geojson', import.meta.url).href }
        : { featureCollection: fc }),
      unitProperty: 'code',
      matches: 'code',
      attribution: '© OpenStreetMap contributors',
      attributionUrl: 'https://www.openstreetmap.org/copyright',
    },
  };
}
