/**
 * The body of the commendation table: rows and group headings, all of them or only those in
 * view (windowing over a real <table>, with spacer rows and aria-rowindex), and the words
 * the table says about itself (summary, sort announcement).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../data/words/format.js';
import type { Language } from '../../i18n/language.js';
import { cellContent } from './cells.js';
import type { ColumnId } from './columns.js';
import { columnLabel, standalone } from './labels.js';
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
  language: Language;
}

function cell(column: ColumnId, label: string, content: TemplateResult | string): TemplateResult {
  // An empty cell is left out of a card: no label without a value.
  const kind = numericColumns.includes(column) ? `num ${column}` : column;
  return html`<td class="${kind}${content === '' ? ' empty' : ''}" data-label=${label}>
    <span class="value">${content}</span>
  </td>`;
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
      const name = group.key ? standalone(group.key) : msg('Không rõ');
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
          // One element holds the value: in a card, the label is the cell's first grid column
          // and the value, whatever its parts (name and kind, issuer and level), the second.
          column === 'recipient'
            ? html`<th scope="row" class=${column} data-label=${labels[c]}>
                <span class="value">${cellContent(row, column, language)}</span>
              </th>`
            : cell(column, labels[c], cellContent(row, column, language)),
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
