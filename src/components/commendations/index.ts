import { safeDefine } from '../../internal/base-element.js';
import { LamtheoCommendationTable } from './commendation-table.js';

export { LamtheoCommendationTable };
export { columnIds, defaultColumns, type ColumnId } from './columns.js';
export { csvFields } from './csv-columns.js';

safeDefine('lamtheo-commendation-table', LamtheoCommendationTable);

declare global {
  interface HTMLElementTagNameMap {
    'lamtheo-commendation-table': LamtheoCommendationTable;
  }
}
