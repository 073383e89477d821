/**
 * The commendation table's data, apart from rendering: rows prepared once per dataset,
 * ranks and sorted orders cached per column, and the view (search, filters, sort, groups)
 * computed in one pass when it changes. Framework-free; tested as plain code.
 */
import type { Commendation, Unit } from '../../schema/index.js';
import type { ColumnId } from './columns.js';
import { filterRows, groupRows, summarize, type Criteria, type Group, type GroupId, type Summary } from './query.js';
import { prepareRows, type CommendationRow, type FilterOptions, type PreparedRows } from './rows.js';
import { buildSome } from './search-index.js';
import { columnRanks, sortedOrder, vietnameseCollator, type SortState } from './sort.js';

export interface TableView {
  /** Row indexes that pass the search and filters, in display order. */
  shown: Uint32Array;
  /** Display items: row indexes, and group headings as -(g + 1). */
  items: Int32Array;
  groups: Group[];
  summary: Summary;
}

export class CommendationTableModel {
  readonly rows: CommendationRow[];
  readonly options: FilterOptions;
  private totals: Summary;
  private ranks = new Map<ColumnId, Float64Array>();
  private orders = new Map<string, Uint32Array>();
  private last?: { key: string; view: TableView };

  /** `prepared`: the rows of these records already prepared (a long list, over several tasks: `RowsPreparer`). */
  constructor(records: readonly Commendation[], unitsById?: ReadonlyMap<string, Unit>, prepared?: PreparedRows) {
    ({ rows: this.rows, options: this.options, totals: this.totals } = prepared ?? prepareRows(records, unitsById));
  }

  /**
   * Builds part of the search index while `more()` allows; whether it is complete. What is
   * left is built by the first search.
   */
  prepareSearch(more: () => boolean): boolean {
    return buildSome(this.rows, more);
  }

  /** Every row in the order asked for (the list's own order without a sort). */
  order(sort?: SortState): Uint32Array {
    const column = sort?.column ?? 'stt';
    const key = `${column}|${sort?.direction ?? 'ascending'}`;
    let order = this.orders.get(key);
    if (!order && column === 'stt') {
      // STT is the list's own order: no ranks or sort needed.
      const n = this.rows.length;
      order = new Uint32Array(n);
      if (sort?.direction === 'descending') for (let i = 0; i < n; i++) order[i] = n - 1 - i;
      else for (let i = 0; i < n; i++) order[i] = i;
      this.orders.set(key, order);
    }
    if (!order) {
      let ranks = this.ranks.get(column);
      if (!ranks) this.ranks.set(column, (ranks = columnRanks(this.rows, column)));
      order = sortedOrder(ranks, sort?.direction ?? 'ascending');
      this.orders.set(key, order);
    }
    return order;
  }

  view(criteria: Criteria, sort: SortState | undefined, groupBy: GroupId | ''): TableView {
    const key = JSON.stringify([criteria, sort, groupBy]);
    if (this.last?.key === key) return this.last.view;
    const shown = filterRows(this.rows, this.order(sort), criteria);
    const { items, groups } = groupRows(this.rows, shown, groupBy, vietnameseCollator().compare);
    // Every row shown (in whatever order): the counts of the whole list, known since prepareRows.
    const summary = shown.length === this.rows.length ? this.totals : summarize(this.rows, shown);
    const view = { shown, items, groups, summary };
    this.last = { key, view };
    return view;
  }
}
