/**
 * The ward maps an administrator can choose in the studio's spaces tab: the boundary files
 * lamtheo ships (dist/geo/: OpenStreetMap, ODbL, attribution required), or any GeoJSON file by
 * its address. The chosen file goes into the draft inline (`boundaries.featureCollection`), so
 * the exported dataset needs no other file, and each ward the draft does not have yet becomes a
 * unit (linked by its official code), so a space placed in a ward belongs to it and the map's
 * "16/16 phường" counts from the records.
 */
import { fetchText } from '../data/load/fetch-text.js';
import { parseJsonText } from '../data/parse/json-text.js';
import type { Language } from '../i18n/language.js';
import type { Result } from '../schema/result.js';

/** The files in dist/geo/ (copies of test/fixtures/geo/, as of 2018-01-01). */
export const wardFiles = [
  { file: 'quan-11.geojson', name: 'Quận 11, TP. Hồ Chí Minh' },
  { file: 'tan-binh.geojson', name: 'Quận Tân Bình, TP. Hồ Chí Minh' },
  { file: 'go-vap.geojson', name: 'Quận Gò Vấp, TP. Hồ Chí Minh' },
] as const;

export const openStreetMap = {
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
};

interface Feature {
  type: 'Feature';
  geometry: unknown;
  properties: Record<string, unknown> | null;
}
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

/**
 * Reads a file from an address as JSON: the value, or the worded problems of the download or
 * the JSON. Whether it is a FeatureCollection is `isFeatureCollection`'s to say.
 */
export async function fetchWardFile(url: string, language: Language): Promise<Result<unknown>> {
  const fetched = await fetchText(url, { language, retries: 1 });
  if (!fetched.ok) return fetched;
  const text = fetched.value === 'not-modified' ? '' : fetched.value.text;
  const parsed = parseJsonText(text, { lang: language });
  return parsed.ok ? { ok: true, value: parsed.value, warnings: [] } : { ok: false, problems: parsed.errors };
}

export const isFeatureCollection = (value: unknown): value is FeatureCollection =>
  typeof value === 'object' &&
  value !== null &&
  (value as FeatureCollection).type === 'FeatureCollection' &&
  Array.isArray((value as FeatureCollection).features);

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Unit = { id?: unknown; code?: { value?: unknown } };

/** The shipped files carry the wards' codes of the official list, as they stood on their date. */
const codeList = 'Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê)';
const codeListDate = '2018-01-01';

/**
 * The draft's boundaries for a file, and its units with the file's wards added: one unit per
 * feature that has a name and a code no unit of the draft has yet (`kind: 'ward'`).
 */
export function withWardFile(
  draft: Record<string, unknown>,
  collection: FeatureCollection,
): { boundaries: Record<string, unknown>; units: unknown[] } {
  const units = Array.isArray(draft.units) ? [...(draft.units as unknown[])] : [];
  const codes = new Set(units.map((u) => String((u as Unit)?.code?.value ?? '')));
  const ids = new Set(units.map((u) => String((u as Unit)?.id ?? '')));
  for (const feature of collection.features) {
    const name = feature.properties?.name;
    const code = feature.properties?.code;
    if (typeof name !== 'string' || (typeof code !== 'string' && typeof code !== 'number')) continue;
    if (codes.has(String(code))) continue;
    let id = slug(name) || `phuong-${code}`;
    if (ids.has(id)) id = `${id}-${code}`;
    ids.add(id);
    codes.add(String(code));
    units.push({ id, name, kind: 'ward', code: { value: String(code), list: codeList, listDate: codeListDate } });
  }
  return {
    boundaries: { featureCollection: collection, unitProperty: 'code', matches: 'code', ...openStreetMap },
    units,
  };
}

/** The id of the draft's unit for a ward feature (by its code), if any. */
export function unitOfWard(
  draft: Record<string, unknown> | undefined,
  feature: Feature | undefined,
): string | undefined {
  const code = feature?.properties?.code;
  if (code === undefined || !Array.isArray(draft?.units)) return undefined;
  const unit = (draft.units as Unit[]).find(
    (u) => u?.code?.value !== undefined && String(u.code.value) === String(code),
  );
  return typeof unit?.id === 'string' ? unit.id : undefined;
}
