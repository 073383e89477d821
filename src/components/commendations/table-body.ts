/**
 * The body of the commendation table: rows and group headings, all of them or only those in
 * view (windowing over a real <table>, with spacer rows and aria-rowindex), and the words
 * the table says about itself (summary, sort announcement).
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../data/format.js';
import type { Language } from '../../data/language.js';
import { cellContent } from './cells.js';
import type { ColumnId } from './columns.js';
import { columnLabel } from './labels.js';
import type { Summary } from './query.js';
import type { SortDirection } from './sort.js';
import type { CommendationTableModel, TableView } from './table-model.js';

const numericColumns: readonly ColumnId[] = ['stt', 'year'];

export interface BodyInput {
  model: CommendationTableModel;
  view: TableView;
  columns: readonly ColumnId[];
  range: { start: number; end: number };
  virtual: boolean;
  rowHeight: number;
  language: Language;
}

export function bodyRows({ model, view, columns, range, virtual, language }: BodyInput): TemplateResult[] {
  const labels = columns.map(columnLabel);
  const rows: TemplateResult[] = [];
  const spacer = (which: string) =>
    html`<tr class="spacer" aria-hidden="true">
      <td colspan=${columns.length} data-spacer=${which}></td>
    </tr>`;
  if (virtual) rows.push(spacer('top'));
  for (let i = range.start; i < range.end; i++) {
    const item = view.items[i];
    const rowIndex = virtual ? i + 2 : nothing;
    if (item < 0) {
      const group = view.groups[-item - 1];
      const name = group.key || msg('Không rõ');
      rows.push(
        html`<tr class="group" aria-rowindex=${rowIndex}>
          <th colspan=${columns.length} scope="rowgroup">
            ${name} <span class="muted">(${msg(str`${formatNumber(group.count, language)} khen thưởng`)})</span>
          </th>
        </tr>`,
      );
      continue;
    }
    const row = model.rows[item];
    rows.push(
      html`<tr class="row ${row.revoked ? 'is-revoked' : ''}" aria-rowindex=${rowIndex}>
        ${columns.map((column, c) =>
          column === 'recipient'
            ? html`<th scope="row" data-label=${labels[c]}>${cellContent(row, column, language)}</th>`
            : html`<td class=${numericColumns.includes(column) ? 'num' : column} data-label=${labels[c]}>
                ${cellContent(row, column, language)}
              </td>`,
        )}
      </tr>`,
    );
  }
  if (virtual) rows.push(spacer('bottom'));
  return rows;
}

export function summaryText(summary: Summary, total: number, filtered: boolean, language: Language): string {
  const n = (value: number) => formatNumber(value, language);
  const counts = msg(str`${n(summary.collectives)} tập thể, ${n(summary.individuals)} cá nhân`);
  const revoked = summary.revoked ? msg(str`, ${n(summary.revoked)} đã thu hồi`) : '';
  if (!filtered) return `${counts}${revoked}`;
  const shown = summary.collectives + summary.individuals;
  return `${msg(str`Tìm thấy ${n(shown)} trong ${n(total)} khen thưởng:`)} ${counts}${revoked}`;
}

export function sortAnnouncement(column: string, direction: SortDirection): string {
  return direction === 'ascending'
    ? msg(str`Đã sắp xếp theo ${column}, tăng dần.`)
    : msg(str`Đã sắp xếp theo ${column}, giảm dần.`);
}

/** Rows rendered above and below the visible ones, so fast scrolling shows no gap. */
const overscan = 10;

/**
 * Which display items are in view, from the scroll position and the measured row height.
 * A ResizeObserver measures again when the table is shown after being hidden, when its
 * width changes (cards) or when the text size changes: no redraw call needed.
 */
export class Windowing {
  rowHeight = 0;
  private viewport = 0;
  private header = 0;
  private first = 0;
  private last = { start: 0, end: 0, total: 0 };
  private scroller?: HTMLElement;
  private observer = new ResizeObserver(() => this.measure());

  constructor(private host: ReactiveElement) {}

  range(total: number): { start: number; end: number } {
    const height = this.rowHeight || 40;
    // Overscan below, and above once scrolled (at the top there is nothing above to show).
    const visible = Math.ceil((this.viewport || 800) / height) + (this.first > 0 ? 2 : 1) * overscan;
    const start = Math.max(0, Math.min(this.first, total - visible));
    this.last = { start, end: Math.min(total, start + visible), total };
    return this.last;
  }

  onScroll = (event: Event): void => {
    const scroller = event.currentTarget as HTMLElement;
    const height = this.rowHeight || 40;
    const first = Math.max(0, Math.floor((scroller.scrollTop - this.header) / height) - overscan);
    const aligned = first - (first % 4);
    if (aligned !== this.first) {
      this.first = aligned;
      this.host.requestUpdate();
    }
  };

  toTop(): void {
    this.first = 0;
    if (this.scroller) this.scroller.scrollTop = 0;
  }

  /** After each render: size the spacer rows, and watch the scroller's size. */
  afterRender(): void {
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller.virtual') ?? undefined;
    if (scroller !== this.scroller) {
      this.observer.disconnect();
      this.scroller = scroller;
      if (scroller) this.observer.observe(scroller);
    }
    if (!scroller) return;
    const height = this.rowHeight || 40;
    const { start, end, total } = this.last;
    const top = scroller.querySelector<HTMLElement>('[data-spacer=top]');
    const bottom = scroller.querySelector<HTMLElement>('[data-spacer=bottom]');
    top?.style.setProperty('height', `${start * height}px`);
    bottom?.style.setProperty('height', `${(total - end) * height}px`);
    if (this.rowHeight) scroller.querySelector('table')?.style.setProperty('--_row-height', `${this.rowHeight}px`);
  }

  private measure(): void {
    const scroller = this.scroller;
    if (!scroller?.isConnected) return;
    const row = scroller.querySelector('tbody tr.row');
    const height = row?.getBoundingClientRect().height ?? 0;
    const viewport = scroller.clientHeight;
    if (height > 0 && (Math.abs(height - this.rowHeight) > 0.5 || Math.abs(viewport - this.viewport) > 1)) {
      this.rowHeight = height;
      this.viewport = viewport;
      this.header = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      this.host.requestUpdate();
    }
  }
}
