import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { csvHeader } from '../components/commendations/csv-words.js';
import { inLanguage } from '../i18n/locale.js';
import { LamtheoElement } from '../internal/base-element.js';
import { PartLoader } from '../internal/part-loader.js';
import { partNotLoaded } from '../i18n/lazy-part.js';
import { partMissingView } from '../internal/views.js';
import type { Problem } from '../schema/result.js';
import { controlStyles } from '../styles/controls.js';
import { recordsEditorStyles } from './editor-styles.js';
import { decodeCsvBytes } from './read-csv-file.js';
import {
  addTable,
  editableFields,
  emptySheet,
  parseClipboard,
  problemsByRow,
  recordsOf,
  sheetOfRecords,
  undecided,
  unitIndex,
  type ColumnChoice,
  type RowProblem,
  type Sheet,
} from './sheet.js';
import { StudioEditEvent } from './edit.js';
import './words.js'; // the studio's English words
import { xlsxReader } from './xlsx-part.js';

/** Rows drawn at once: 50 rows of 14 fields render in a few tens of milliseconds on a slow machine. */
export const PAGE_SIZE = 50;

/**
 * The studio's grid of commendation records: rows pasted from Excel (with or without their
 * header row), or read from a `.csv` or `.xlsx` file (`openFile`), columns mapped from their
 * Vietnamese headers ("Họ và tên" → the name) with the mapping shown and changeable, cells
 * edited in place, rows added and removed, each record's problems in its row.
 *
 * A paste whose columns are not all recognised stays in the grid, not yet written to the
 * data, until each such column is given a field or "Bỏ qua": nothing pasted is lost.
 *
 * @summary Commendation records as a grid, from a spreadsheet (studio).
 * @fires lamtheo-state - When its state changes (`ready` once it is drawn).
 * @fires lamtheo-studio-edit - `detail: { path: ['commendations'], value }` on every accepted change.
 */
export class LamtheoStudioRecords extends LamtheoElement {
  static override styles = [...[LamtheoElement.styles].flat(), controlStyles, recordsEditorStyles];

  /** The dataset's `commendations` array; set by the studio, and by this grid on each change. */
  @property({ attribute: false }) value: readonly unknown[] = [];

  /**
   * The whole draft dataset: a recipient's unit written as one of its `units` is linked by id. Named `draft`, not `dataset`: an element's
   * `dataset` is its `data-*` attributes (HTMLElement.dataset), which a property must not hide.
   */
  @property({ attribute: false }) draft?: Record<string, unknown>;

  /** The draft's problems whose path starts with `commendations`, placed on their rows. @internal (set by the studio) */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  @state() private sheet: Sheet = emptySheet();
  @state() private page = 0;
  @state() private onlyProblems = false;
  @state() private status = '';
  @state() private failure = '';

  /** The array this grid fired last: when the studio hands it back, the grid is not rebuilt. */
  private emitted?: readonly unknown[];
  /** Each fired record's row in the sheet. */
  private rowOf: number[] = [];
  /** The file waiting for the spreadsheet reader (opened again by "Thử lại"). */
  private pendingFile?: File;
  private readonly xlsx = new PartLoader(this, xlsxReader);

  override connectedCallback(): void {
    super.connectedCallback();
    this.state = 'ready';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The studio's array (a draft opened, the JSON view edited) becomes the grid, unless it is
    // the one this grid fired; a paste waiting for its columns is never replaced.
    if (changed.has('value') && this.value !== this.emitted && !undecided(this.sheet).length) {
      this.sheet = sheetOfRecords(Array.isArray(this.value) ? this.value : []);
      this.rowOf = this.sheet.rows.map((_, i) => i);
      this.emitted = this.value;
      this.page = Math.min(this.page, this.lastPage());
    }
  }

  /**
   * Reads a `.csv` (any encoding Excel writes: see read-csv-file.ts) or `.xlsx` file into the
   * grid, below the rows already there. Never rejects: what went wrong is said in the grid.
   */
  async openFile(file: File): Promise<void> {
    this.failure = '';
    const name = file.name;
    let table: string[][];
    let notes: string[] = [];
    try {
      if (/\.xlsx$/i.test(name) || file.type.includes('spreadsheetml')) {
        this.pendingFile = file;
        const part = await this.xlsx.load();
        if (!part.ok) return; // The part's failure is shown, with "Thử lại".
        this.pendingFile = undefined;
        table = await part.value.readXlsxRows(file);
      } else if (/\.(csv|tsv|txt)$/i.test(name) || /^text\//.test(file.type)) {
        const decoded = await decodeCsvBytes(new Uint8Array(await file.arrayBuffer()), this.language);
        const errors = decoded.problems.filter((problem) => problem.severity === 'error');
        // Lines that cannot be read right are not put into the grid as garbled names.
        if (errors.length) {
          this.failure = errors.map((problem) => problem.message).join(' ');
          return;
        }
        table = decoded.rows;
        notes = decoded.problems.map((problem) => problem.message);
      } else {
        this.failure = inLanguage(this, () =>
          msg(str`Tệp "${name}" không phải .csv hay .xlsx: hãy lưu bảng tính dưới dạng một trong hai.`, {
            id: 'studio.records.file-kind',
          }),
        );
        return;
      }
    } catch {
      this.failure = inLanguage(this, () =>
        msg(str`Không đọc được tệp "${name}": tệp không phải bảng tính Excel (.xlsx) hoặc đã hỏng.`, {
          id: 'studio.records.file-unreadable',
        }),
      );
      return;
    }
    this.addRows(table, (count) =>
      [msg(str`Đã thêm ${count} dòng từ tệp "${name}".`, { id: 'studio.records.file-added' }), ...notes].join(' '),
    );
  }

  /** Rows pasted into the grid (Excel's clipboard: cells separated by tabs). */
  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const target = event.composedPath()[0];
    // One value pasted into a cell is the cell's business.
    if (target instanceof HTMLInputElement && !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    event.preventDefault();
    const table = parseClipboard(text);
    if (!table.length) return;
    this.addRows(table, (count) => msg(str`Đã dán ${count} dòng.`, { id: 'studio.records.pasted' }));
  }

  private addRows(table: string[][], said: (count: number) => string): void {
    const { sheet, added } = addTable(this.sheet, table);
    const firstNew = this.sheet.rows.length;
    this.sheet = sheet;
    this.page = Math.floor(firstNew / PAGE_SIZE);
    this.status = inLanguage(this, () => said(added));
    this.changed();
  }

  /** Writes the grid to the data, unless a column still waits for its field. */
  private changed(): void {
    if (undecided(this.sheet).length) return;
    const { records, rowOf } = recordsOf(this.sheet, unitIndex(this.draft?.units));
    this.rowOf = rowOf;
    this.emitted = records;
    this.value = records;
    this.dispatchEvent(new StudioEditEvent({ path: ['commendations'], value: records }));
  }

  private chooseField(column: number, field: ColumnChoice): void {
    const columns = this.sheet.columns.map((c, i) =>
      i === column
        ? { ...c, field }
        : // One column per field: the one that had it waits for a new choice.
          field && field !== 'ignore' && c.field === field
          ? { ...c, field: undefined }
          : c,
    );
    this.sheet = { ...this.sheet, columns };
    this.changed();
  }

  private onCellChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const r = Number(input.dataset.row);
    const c = Number(input.dataset.column);
    const rows = this.sheet.rows.slice();
    const cells = rows[r].cells.slice();
    cells[c] = input.value.normalize('NFC');
    rows[r] = { ...rows[r], cells };
    this.sheet = { ...this.sheet, rows };
    this.changed();
  }

  private async addRow(): Promise<void> {
    const rows = [...this.sheet.rows, ...addTable({ columns: this.sheet.columns, rows: [] }, [[]]).sheet.rows];
    if (!this.sheet.columns.length) {
      this.sheet = sheetOfRecords([]);
      return this.addRow();
    }
    rows[rows.length - 1] = { ...rows[rows.length - 1], cells: this.sheet.columns.map(() => '') };
    this.sheet = { ...this.sheet, rows };
    this.onlyProblems = false;
    this.page = this.lastPage();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[data-row="${rows.length - 1}"]`)?.focus();
  }

  private removeRow(r: number): void {
    const rows = this.sheet.rows.filter((_, i) => i !== r);
    this.sheet = { ...this.sheet, rows };
    this.status = inLanguage(this, () => msg(str`Đã xóa dòng ${r + 1}.`, { id: 'studio.records.removed' }));
    this.page = Math.min(this.page, this.lastPage());
    this.changed();
  }

  private lastPage(rows = this.sheet.rows.length): number {
    return Math.max(0, Math.ceil(rows / PAGE_SIZE) - 1);
  }

  private fieldName(field: ColumnChoice): string {
    return field === 'ignore'
      ? msg('Bỏ qua', { id: 'studio.records.ignore' })
      : field
        ? csvHeader(field)
        : msg('— Chọn —', { id: 'studio.records.choose' });
  }

  protected override render() {
    const { sheet } = this;
    const waiting = undecided(sheet);
    const byRow = problemsByRow(sheet, waiting.length ? [] : this.problems, this.rowOf);
    const shown = this.onlyProblems ? [...byRow.keys()].sort((a, b) => a - b) : sheet.rows.map((_, i) => i);
    const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    const page = Math.min(this.page, pages - 1);
    const pageRows = shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    const columnName = (i: number) =>
      sheet.columns[i].header || msg(str`Cột ${i + 1}`, { id: 'studio.records.column-n' });
    return html`
      <div class="bar">
        <label class="file"
          >${msg('Mở tệp .xlsx hoặc .csv', { id: 'studio.records.open' })}
          <input
            type="file"
            accept=".xlsx,.csv,.tsv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void this.openFile(file);
            }}
        /></label>
        <button type="button" @click=${() => void this.addRow()}>
          ${msg('Thêm dòng', { id: 'studio.records.add-row' })}
        </button>
      </div>
      <textarea
        class="paste"
        .value=${''}
        aria-describedby="paste-help"
        aria-label=${msg('Dán các dòng từ Excel', { id: 'studio.records.paste-label' })}
        placeholder=${msg('Chọn các dòng trong Excel (cả dòng tiêu đề), sao chép, rồi dán vào đây (Ctrl+V).', {
          id: 'studio.records.paste-here',
        })}
        @paste=${this.onPaste}
        @input=${(e: Event) => {
          // Text typed or dropped rather than pasted is read the same way.
          const area = e.target as HTMLTextAreaElement;
          if (!/[\t\n]/.test(area.value)) return;
          const table = parseClipboard(area.value);
          area.value = '';
          if (table.length)
            this.addRows(table, (count) => msg(str`Đã dán ${count} dòng.`, { id: 'studio.records.pasted' }));
        }}
      ></textarea>
      <p id="paste-help" class="summary">
        ${msg('Các cột được nhận theo tiêu đề ("Họ và tên", "Năm", …); đổi cách nhận ở ô chọn dưới mỗi tiêu đề.', {
          id: 'studio.records.paste-help',
        })}
      </p>
      <p role="status">${this.status}</p>
      ${this.failure ? html`<p class="note error" role="alert">${this.failure}</p>` : nothing}
      ${
        this.xlsx.failed
          ? partMissingView(
              partNotLoaded(this.language),
              this.language,
              () => this.pendingFile && void this.openFile(this.pendingFile),
            )
          : nothing
      }
      ${
        waiting.length
          ? html`<p class="note" role="alert">
              ${msg(
                str`Chưa biết cột ${waiting.map((i) => `"${columnName(i)}"`).join(', ')} ghi gì: chọn trường cho cột, hoặc "Bỏ qua". Danh sách chưa được ghi vào dữ liệu cho đến khi đó.`,
                { id: 'studio.records.undecided' },
              )}
            </p>`
          : nothing
      }
      ${
        sheet.rows.length
          ? html`<p class="summary">
                ${
                  waiting.length
                    ? // Not checked while a column waits: no count of problems that would say "0".
                      msg(str`${sheet.rows.length} dòng, chưa kiểm tra.`, { id: 'studio.records.summary-waiting' })
                    : msg(str`${sheet.rows.length} dòng, ${byRow.size} dòng có vấn đề.`, {
                        id: 'studio.records.summary',
                      })
                }
                <label
                  ><input
                    type="checkbox"
                    .checked=${this.onlyProblems}
                    @change=${(e: Event) => {
                      this.onlyProblems = (e.target as HTMLInputElement).checked;
                      this.page = 0;
                    }}
                  />
                  ${msg('Chỉ xem dòng có vấn đề', { id: 'studio.records.only-problems' })}</label
                >
              </p>
              <div
                class="scroll"
                role="region"
                tabindex="0"
                aria-label=${msg('Danh sách khen thưởng', { id: 'studio.records.grid' })}
              >
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${msg('Dòng', { id: 'studio.records.row' })}</th>
                      <th scope="col">${msg('Xóa', { id: 'studio.records.remove' })}</th>
                      ${sheet.columns.map((column, i) => this.renderColumnHead(column.header, column.field, i))}
                    </tr>
                  </thead>
                  <tbody @change=${this.onCellChange}>
                    ${repeat(
                      pageRows,
                      (r) => sheet.rows[r].key,
                      (r) => this.renderRow(r, byRow.get(r) ?? [], columnName),
                    )}
                  </tbody>
                </table>
              </div>
              ${
                pages > 1
                  ? html`<nav class="pager" aria-label=${msg('Trang', { id: 'studio.records.pages' })}>
                      <button type="button" ?disabled=${page === 0} @click=${() => (this.page = page - 1)}>
                        ${msg('Trang trước', { id: 'studio.records.previous' })}
                      </button>
                      <span aria-live="polite"
                        >${msg(str`Trang ${page + 1} / ${pages}`, { id: 'studio.records.page-of' })}</span
                      >
                      <button type="button" ?disabled=${page >= pages - 1} @click=${() => (this.page = page + 1)}>
                        ${msg('Trang sau', { id: 'studio.records.next' })}
                      </button>
                    </nav>`
                  : nothing
              }`
          : html`<p class="summary">${msg('Chưa có dòng nào.', { id: 'studio.records.empty' })}</p>`
      }
    `;
  }

  private renderColumnHead(header: string | undefined, field: ColumnChoice, i: number) {
    const name = header || msg(str`Cột ${i + 1}`, { id: 'studio.records.column-n' });
    return html`<th scope="col">
      <span class="header ${header ? '' : 'none'}">${name}</span>
      <select
        class=${field === undefined ? 'undecided' : ''}
        aria-label=${msg(str`Cột "${name}" ghi`, { id: 'studio.records.column-is' })}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          this.chooseField(i, value === '' ? undefined : (value as ColumnChoice));
        }}
      >
        ${field === undefined ? html`<option value="" selected>${this.fieldName(undefined)}</option>` : nothing}
        ${editableFields.map((f) => html`<option value=${f} ?selected=${field === f}>${this.fieldName(f)}</option>`)}
        <option value="ignore" ?selected=${field === 'ignore'}>${this.fieldName('ignore')}</option>
      </select>
    </th>`;
  }

  private renderRow(r: number, problems: RowProblem[], columnName: (i: number) => string) {
    const row = this.sheet.rows[r];
    const badColumns = new Set(problems.map((p) => p.column));
    const problemId = `problems-${row.key}`;
    const ignored = (c: number) => this.sheet.columns[c]?.field === 'ignore';
    return html`<tr class=${problems.length ? 'has-problems' : ''}>
        <td class="n">${r + 1}</td>
        <td>
          <button
            type="button"
            class="remove"
            aria-label=${msg(str`Xóa dòng ${r + 1}`, { id: 'studio.records.remove-row' })}
            @click=${() => this.removeRow(r)}
          >
            ×
          </button>
        </td>
        ${row.cells.map(
          (cell, c) =>
            html`<td class=${ignored(c) ? 'ignored' : ''}>
              <input
                .value=${live(cell)}
                data-row=${r}
                data-column=${c}
                aria-label=${msg(str`${columnName(c)}, dòng ${r + 1}`, { id: 'studio.records.cell' })}
                aria-invalid=${badColumns.has(c) ? 'true' : 'false'}
                aria-describedby=${badColumns.has(c) ? problemId : nothing}
              />
            </td>`,
        )}
      </tr>
      ${
        problems.length
          ? html`<tr class="problems">
              <td colspan=${row.cells.length + 2}>
                <ul id=${problemId}>
                  ${problems.map(
                    ({ problem, column }) =>
                      html`<li class=${problem.severity}>
                        ${column === undefined ? '' : html`<strong>${columnName(column)}</strong>: `}${problem.message}
                      </li>`,
                  )}
                </ul>
              </td>
            </tr>`
          : nothing
      }`;
  }
}
