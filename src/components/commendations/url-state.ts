/**
 * The view a visitor has made (search, filters, sort, grouping), kept in the URL hash so a
 * link reproduces it: `#lamtheo-ds2017=q%3Dtan%2Bbinh%26year%3D2017`. Each table owns one
 * key (`lamtheo-<id>`); other keys in the hash (another table's, a portal's anchor) stay.
 */
import { columnIds, type ColumnId } from './columns.js';
import { filterIds, groupIds, noCriteria, type Criteria, type GroupId } from './query.js';
import type { SortState } from './sort.js';

export interface ViewState {
  criteria: Criteria;
  sort?: SortState;
  groupBy: GroupId | '';
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.criteria.query) params.set('q', view.criteria.query);
  for (const id of filterIds) if (view.criteria[id]) params.set(id, view.criteria[id]);
  if (view.sort) params.set('sort', `${view.sort.column}${view.sort.direction === 'descending' ? '-' : ''}`);
  if (view.groupBy) params.set('group', view.groupBy);
  return params.toString();
}

export function decodeView(text: string): ViewState {
  const params = new URLSearchParams(text);
  const criteria: Criteria = { ...noCriteria, query: params.get('q') ?? '' };
  for (const id of filterIds) criteria[id] = params.get(id) ?? '';
  const sortParam = /^([a-z]+)(-?)$/.exec(params.get('sort') ?? '');
  const sort =
    sortParam && (columnIds as readonly string[]).includes(sortParam[1])
      ? { column: sortParam[1] as ColumnId, direction: sortParam[2] ? ('descending' as const) : ('ascending' as const) }
      : undefined;
  const group = params.get('group') ?? '';
  return { criteria, sort, groupBy: (groupIds as readonly string[]).includes(group) ? (group as GroupId) : '' };
}

/** This table's part of a location hash ('' when it has none). */
export function readHash(hash: string, key: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get(key) ?? '';
}

/** The hash with this table's part replaced (or removed when the view is the default one). */
export function writeHash(hash: string, key: string, encoded: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (encoded) params.set(key, encoded);
  else params.delete(key);
  // A portal's own anchor (#noi-dung) has no value: keep it as it was written.
  const text = [...params]
    .map(([name, value]) => (value ? new URLSearchParams([[name, value]]).toString() : encodeURIComponent(name)))
    .join('&');
  return text ? `#${text}` : '';
}
