/** The content of each cell of the commendation table (text only: data never becomes markup). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { formatDate, formatNumber } from '../../data/words/format.js';
import type { Language } from '../../i18n/language.js';
import type { ColumnId } from './columns.js';
import { formLabel, kindLabel, statusLabel } from './labels.js';
import type { CommendationRow } from './rows.js';

export function cellContent(row: CommendationRow, column: ColumnId, language: Language): TemplateResult | string {
  const { record } = row;
  switch (column) {
    case 'stt':
      return formatNumber(row.number, language);
    case 'recipient':
      return html`<span class="name">${record.recipient.name}</span>
        <span class="kind">${kindLabel(record.recipient.kind)}</span>
        ${row.revoked ? html`<span class="revoked" part="revoked">${msg('Đã thu hồi')}</span>` : nothing}`;
    case 'position':
      return record.recipient.position ?? '';
    case 'unit':
      return row.unitName;
    case 'form':
      return record.formLabel ?? formLabel(record.form);
    case 'issuer':
      return html`${record.issuer.name}${
        record.issuer.level && record.issuer.level !== record.issuer.name
          ? html` <span class="muted">(${record.issuer.level})</span>`
          : nothing
      }`;
    case 'decision': {
      const { decision } = record;
      if (!decision) return '';
      return html`${decision.number}${
        decision.date
          ? html` <time class="muted" datetime=${decision.date}>${formatDate(decision.date, language)}</time>`
          : nothing
      }`;
    }
    case 'year':
      return record.year === undefined ? '' : String(record.year);
    case 'achievement':
      return record.achievement ?? '';
    case 'status':
      return statusLabel(record.status);
  }
}
