/** The search box, filters, grouping and export button above the table: native controls with labels. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FilterId, Criteria, GroupId } from './query.js';
import { formLabel, kindLabel, lineLabel, standalone, statusLabel } from './labels.js';
import type { FilterOptions } from './rows.js';

export interface ControlsInput {
  id: string;
  criteria: Criteria;
  options: FilterOptions;
  groupBy: GroupId | '';
  onSearch: (query: string) => void;
  onFilter: (filter: FilterId, value: string) => void;
  onGroup: (groupBy: GroupId | '') => void;
  /** Absent while only the first records of a big list are shown: exporting them would cut the list. */
  onExport?: () => void;
}

function filterLabel(filter: FilterId): string {
  switch (filter) {
    case 'level':
      return msg('Cấp khen');
    case 'form':
      return msg('Hình thức');
    case 'line':
      return msg('Khối');
    case 'kind':
      return msg('Đối tượng');
    case 'year':
      return msg('Năm');
    case 'unit':
      return msg('Đơn vị');
    case 'status':
      return msg('Trạng thái');
  }
}

/** The choices of each filter as [value, label]; a filter with fewer than two choices is not shown. */
function choices(filter: FilterId, options: FilterOptions): [string, string][] {
  switch (filter) {
    case 'level':
      return options.levels.map((v) => [v, standalone(v)]);
    case 'form':
      return options.forms.map((v) => [v, formLabel(v)]);
    case 'line':
      return options.lines.map((v) => [v, lineLabel(v)]);
    case 'kind':
      return options.kinds.map((v) => [v, kindLabel(v)]);
    case 'year':
      return options.years.map((v) => [String(v), String(v)]);
    case 'unit':
      return options.units.map((v) => [v, standalone(v)]);
    case 'status':
      return options.statuses.map((v) => [v, statusLabel(v)]);
  }
}

const shownFilters: readonly FilterId[] = ['year', 'level', 'form', 'line', 'kind', 'unit', 'status'];

export function controlsView(input: ControlsInput): TemplateResult {
  const { id, criteria, options } = input;
  const groupNames: [GroupId | '', string][] = [
    ['', msg('Không nhóm')],
    ['year', msg('Năm')],
    ['level', msg('Cấp khen')],
    ['unit', msg('Đơn vị')],
  ];
  return html`<div class="controls" part="controls">
    <div class="field field--search">
      <label for="${id}-search">${msg('Tìm kiếm (có thể gõ không dấu)')}</label>
      <input
        id="${id}-search"
        type="search"
        autocomplete="off"
        .value=${criteria.query}
        @input=${(e: Event) => input.onSearch((e.target as HTMLInputElement).value)}
      />
    </div>
    ${shownFilters.map((filter) => {
      const list = choices(filter, options);
      if (list.length < 2 && !criteria[filter]) return nothing;
      return html`<div class="field">
        <label for="${id}-${filter}">${filterLabel(filter)}</label>
        <select
          id="${id}-${filter}"
          data-filter=${filter}
          @change=${(e: Event) => input.onFilter(filter, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!criteria[filter]}>${msg('Tất cả')}</option>
          ${list.map(([value, label]) => html`<option value=${value} ?selected=${criteria[filter] === value}>${label}</option>`)}
        </select>
      </div>`;
    })}
    <div class="field">
      <label for="${id}-group">${msg('Nhóm theo')}</label>
      <select
        id="${id}-group"
        @change=${(e: Event) => input.onGroup((e.target as HTMLSelectElement).value as GroupId | '')}
      >
        ${groupNames.map(([value, label]) => html`<option value=${value} ?selected=${input.groupBy === value}>${label}</option>`)}
      </select>
    </div>
    ${
      input.onExport
        ? html`<button type="button" class="export" part="export" @click=${input.onExport}>${msg('Tải CSV')}</button>`
        : nothing
    }
  </div>`;
}
