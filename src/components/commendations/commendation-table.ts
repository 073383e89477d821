import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { controlStyles } from '../../styles/controls.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { tableSkeleton } from '../../internal/skeletons.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset, ReadResult, SourceReader } from '../../data/read.js';
import { formatNumber } from '../../data/words/format.js';
import { foldForSearch } from '../../data/words/search.js';
import { inLanguage } from '../../i18n/locale.js';
import { columnIds, parseColumns, type ColumnId } from './columns.js';
import { closestKey } from '../../data/check/unknown-keys.js';
import { controlsView } from './controls.js';
import { columnLabel } from './labels.js';
import { csvExport } from './lazy-parts.js';
import { PartLoader } from '../../internal/part-loader.js';
import { isFiltered, noCriteria, type Criteria, type FilterId, type GroupId } from './query.js';
import { tableStyles } from './styles.js';
import { CommendationTableModel, type TableView } from './table-model.js';
import { RowsPreparer } from './rows.js';
import { nextTask } from '../../internal/render-turns.js';
import { bodyRows, sortAnnouncement, summaryText } from './table-body.js';
import { Windowing } from './windowing.js';
import type { SortState } from './sort.js';
import { readTableSource } from './source-reader.js';
import { UrlViewController } from './url-view.js';

let instances = 0;

/** Main-thread time, in ms, of one slice of background work. */
const BACKGROUND_SLICE = 12;

/**
 * Runs `step` once the page is idle, then in tasks of at most BACKGROUND_SLICE ms until it
 * says it is done: `step(more)` works while `more()` is true. A keystroke or a click waits
 * for one slice at most (an idle callback may run for 50 ms); a search before the end builds
 * what is left itself.
 */
function inIdleTime(step: (more: () => boolean) => boolean): void {
  const slice = () => {
    let first = true;
    const began = performance.now();
    // At least one piece per slice, so the work ends even on a busy machine.
    const more = () => (first ? !(first = false) : performance.now() - began < BACKGROUND_SLICE);
    if (!step(more)) nextTask(slice);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(slice);
  else setTimeout(slice, 0);
}

/** Lists longer than this have their rows prepared over several tasks before they show (100,000: 50 ms at once). */
const PREPARE_AT_ONCE = 5000;

/** Main-thread time, in ms, for preparing rows in one task. */
const PREPARE_BUDGET = 10;

/**
 * A list of commendations (khen thưởng, tuyên dương) as a real table: search without tone
 * marks, filters, sortable columns, groups, CSV export; a card per row on narrow widths;
 * virtualized above `virtualize-above` rows. Reads a dataset's `commendations`, or a CSV
 * list: `src="danh-sach.csv"` (column mapping in csv-header-aliases.ts). The code for CSV
 * reading, CSV export and `url-state` is downloaded from the same folder when first needed.
 *
 * @summary A searchable, sortable table of commendations.
 * @csspart base - The frame around controls, summary and table.
 * @csspart controls - The search box, filters and export button.
 * @csspart summary - The line that counts collectives and individuals.
 * @csspart table - The table.
 * @csspart revoked - The "revoked" mark of a revoked award.
 * @csspart export - The CSV download button.
 * @csspart part-missing - A message, with a retry button, when a part of the table could not be downloaded (CSV export, URL state).
 * @cssprop --lamtheo-table-height - Height of the scrolling table when virtualized (default 36em).
 * @fires lamtheo-state - When the state changes (loading, ready, stale, error, empty).
 * @fires lamtheo-error - When the data cannot be shown; `problems` lists why.
 */
export class LamtheoCommendationTable extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, controlStyles, tableStyles];

  /** Columns to show, in order, separated by spaces: stt recipient position unit form issuer decision year achievement status. */
  @property() columns?: string;

  /** The table's caption; the dataset's title, or "Danh sách khen thưởng", when absent. */
  @property() caption?: string;

  /** Above this many rows the table renders only the rows in view (default 300). */
  @property({ type: Number, attribute: 'virtualize-above' }) virtualizeAbove = 300;

  /** Keep search, filters, sort and grouping in the URL hash (`#lamtheo-<id>=…`) so a link reproduces the view. */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  /** Group rows by year, level or unit. */
  @property({ attribute: 'group-by' }) groupBy: GroupId | '' = '';

  @state() private criteria: Criteria = noCriteria;
  @state() private sort?: SortState;
  @state() private announcement = '';
  @state() private printing = false;

  private uid = `lamtheo-ct-${++instances}`;
  private model?: { data: LoadedDataset; model: CommendationTableModel };
  private windowing = new Windowing(this);
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlView = new UrlViewController(this, {
    enabled: () => this.urlState,
    key: () => `lamtheo-${this.id || 'commendations'}`,
    view: () => ({ criteria: this.criteria, sort: this.sort, groupBy: this.groupBy }),
    show: (view) => ((this.criteria = view.criteria), (this.sort = view.sort), (this.groupBy = view.groupBy)),
  });
  /** The CSV export's code, downloaded when the visitor first presses "Tải CSV". */
  private exporter = new PartLoader(this, csvExport);

  /**
   * A list of 100,000 takes about a second to check: its first rows show, checked, while the
   * rest is checked (the data layer's note says how many); counts and export wait for all.
   * @internal
   */
  override readonly showsFirstRecords = true;

  /**
   * Reads `src`: a CSV commendation list, or a JSON dataset.
   * @internal the data layer's hook
   */
  readSource(...args: Parameters<SourceReader>): Promise<ReadResult> {
    return readTableSource(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    clearTimeout(this.announceTimer);
  }

  /** With `url-state`, the first render waits for the view in the URL hash (its code is downloaded then). */
  protected override async scheduleUpdate(): Promise<void> {
    await this.urlView.ready();
    await this.prepareLongList();
    await super.scheduleUpdate();
  }

  /**
   * A long list's rows (rows.ts) are prepared a slice per task before the render that shows
   * them, rather than in that render: the first rows stay on screen meanwhile.
   */
  private async prepareLongList(): Promise<void> {
    for (let data = this.loaded; data && this.model?.data !== data; data = this.loaded) {
      const records = data.dataset.commendations;
      if (!records || records.length <= PREPARE_AT_ONCE) return;
      const preparer = new RowsPreparer(records, data.unitsById);
      for (;;) {
        const start = performance.now();
        if (preparer.step(() => performance.now() - start < PREPARE_BUDGET)) break;
        await new Promise<void>((resolve) => nextTask(resolve));
        if (this.loaded !== data) break;
      }
      if (this.loaded === data)
        this.useModel(data, new CommendationTableModel(records, data.unitsById, preparer.result()));
    }
  }

  private beforePrint = (): void => {
    this.printing = true;
    this.performUpdate();
  };

  private afterPrint = (): void => {
    this.printing = false;
  };

  protected override checkData(_data: LoadedDataset): Problem[] {
    return parseColumns(this.columns).unknown.map((column) => {
      const near = closestKey(column, columnIds);
      return {
        path: '',
        attribute: `columns="${this.columns}"`,
        message:
          msg(str`Mã nhúng ghi cột "${column}", bảng không có cột này`) +
          (near ? msg(str`; có phải "${near}"?`) : msg(str`; các cột có: ${columnIds.join(', ')}.`)),
        code: 'unknown-column',
        severity: 'error' as const,
      };
    });
  }

  protected override isEmpty(data: LoadedDataset): boolean {
    return !data.dataset.commendations?.length;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed as PropertyValues<this>);
    this.windowing.afterRender();
  }

  private modelOf(data: LoadedDataset): CommendationTableModel {
    if (this.model?.data !== data)
      this.useModel(data, new CommendationTableModel(data.dataset.commendations ?? [], data.unitsById));
    return this.model!.model;
  }

  private useModel(data: LoadedDataset, model: CommendationTableModel): void {
    this.model = { data, model };
    // The search index is not needed for the first rows: build it once they are on screen.
    inIdleTime((more) => model.prepareSearch(more));
  }

  private announceLater(view: () => TableView): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = view().shown.length;
      this.announcement = inLanguage(this, () => msg(str`${formatNumber(count, this.language)} kết quả.`));
    }, 600);
  }

  private setCriteria(criteria: Criteria): void {
    this.criteria = criteria;
    this.windowing.toTop();
    const model = this.model?.model;
    if (model) this.announceLater(() => model.view(this.criteria, this.sort, this.groupBy));
  }

  private sortBy(column: ColumnId): void {
    const direction = this.sort?.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    clearTimeout(this.announceTimer);
    this.announcement = inLanguage(this, () => sortAnnouncement(columnLabel(column), direction));
  }

  private clearFilters = (): void => {
    this.setCriteria(noCriteria);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus());
  };

  private captionText(data: LoadedDataset): string {
    return this.caption || data.dataset.title || msg('Danh sách khen thưởng');
  }

  private async exportCsv(data: LoadedDataset): Promise<void> {
    const model = this.modelOf(data);
    const { shown } = model.view(this.criteria, this.sort, this.groupBy);
    const code = await this.exporter.load();
    if (!code.ok) return; // said under the controls, with a retry that exports again
    const { commendationsCsv } = code.value;
    const blob = new Blob([commendationsCsv(model.rows, shown, this.language)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${
      foldForSearch(inLanguage(this, () => this.captionText(data)))
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'khen-thuong'
    }.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
  }

  protected override renderSkeleton() {
    return tableSkeleton();
  }

  protected override renderData(data: LoadedDataset) {
    const model = this.modelOf(data);
    const view = model.view(this.criteria, this.sort, this.groupBy);
    const { columns } = parseColumns(this.columns);
    // While the first rows of a big list show, the list's real length decides: it will be virtual.
    const length = this.firstRecordsOnly ? this.source.snapshot.checking!.total : view.items.length;
    const virtual = !this.printing && length > this.virtualizeAbove;
    const range = virtual ? this.windowing.range(view.items) : { start: 0, end: view.items.length };
    // Many columns need more room before cards (styles.ts): a long list's columns have fixed widths.
    const room = columns.length >= 8 && virtual ? 'wide' : columns.length >= 6 ? 'medium' : undefined;
    return html`<div class="frame" part="base" data-room=${room ?? nothing}>
      ${controlsView({
        id: this.uid,
        criteria: this.criteria,
        options: model.options,
        groupBy: this.groupBy,
        onSearch: (query) => this.setCriteria({ ...this.criteria, query }),
        onFilter: (filter: FilterId, value) => this.setCriteria({ ...this.criteria, [filter]: value }),
        onGroup: (groupBy) => ((this.groupBy = groupBy), this.windowing.toTop()),
        onExport: this.firstRecordsOnly ? undefined : () => void this.exportCsv(data),
      })}
      ${
        // One note for the parts that could not be downloaded, whose retry tries them all.
        this.exporter.failed
          ? this.exporter.failure(() => Promise.all([this.exportCsv(data), this.urlState && this.urlView.load()]))
          : this.urlView.failure()
      }
      ${
        this.firstRecordsOnly
          ? nothing
          : html`<p class="summary" part="summary">
              ${summaryText(view.summary, model.rows.length, isFiltered(this.criteria), this.language)}
            </p>`
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        view.shown.length === 0
          ? html`<div class="no-results" part="no-results">
              <p>${msg('Không có khen thưởng nào phù hợp với tìm kiếm và bộ lọc.')}</p>
              <button type="button" @click=${this.clearFilters}>${msg('Xóa bộ lọc')}</button>
            </div>`
          : html`<div
              class="scroller ${virtual ? 'virtual' : ''}"
              tabindex=${virtual ? 0 : nothing}
              role=${virtual ? 'region' : nothing}
              aria-label=${virtual ? this.captionText(data) : nothing}
              @scroll=${virtual ? this.windowing.onScroll : nothing}
            >
              <table part="table" aria-rowcount=${virtual ? view.items.length + 1 : nothing}>
                <caption>
                  ${this.captionText(data)}
                </caption>
                <thead>
                  <tr aria-rowindex=${virtual ? 1 : nothing}>
                    ${columns.map((column) => {
                      const sorted = this.sort?.column === column ? this.sort.direction : undefined;
                      return html`<th scope="col" aria-sort=${sorted ?? nothing} class=${column}>
                        <button type="button" @click=${() => this.sortBy(column)}>
                          ${columnLabel(column)}<span class="arrow" aria-hidden="true"
                            >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
                          >
                        </button>
                      </th>`;
                    })}
                  </tr>
                </thead>
                <tbody>
                  ${bodyRows({ model, view, columns, range, virtual, language: this.language })}
                </tbody>
              </table>
            </div>`
      }
    </div>`;
  }
}
