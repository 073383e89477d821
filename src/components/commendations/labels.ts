/**
 * Words for the commendation table, in the page's language (Vietnamese is the source).
 * Functions, not constants: `msg` must run after the locale is set.
 */
import { msg } from '@lit/localize';
import { inLanguage } from '../../i18n/locale.js';
import type { CommendationForm, CommendationLine, CommendationStatus } from '../../schema/index.js';
import type { ColumnId } from './columns.js';

export function columnLabel(column: ColumnId): string {
  switch (column) {
    case 'stt':
      return msg('STT');
    case 'recipient':
      return msg('Tập thể, cá nhân');
    case 'position':
      return msg('Chức vụ');
    case 'unit':
      return msg('Đơn vị');
    case 'form':
      return msg('Hình thức');
    case 'issuer':
      return msg('Cấp khen');
    case 'decision':
      return msg('Quyết định');
    case 'year':
      return msg('Năm');
    case 'achievement':
      return msg('Thành tích');
    case 'status':
      return msg('Trạng thái');
  }
}

export function formLabel(form: CommendationForm): string {
  switch (form) {
    case 'giay-khen':
      return msg('Giấy khen');
    case 'bang-khen':
      return msg('Bằng khen');
    case 'tuyen-duong':
      return msg('Tuyên dương');
    case 'bieu-duong':
      return msg('Biểu dương');
    case 'co-thi-dua':
      return msg('Cờ thi đua');
    case 'chien-si-thi-dua':
      return msg('Chiến sĩ thi đua');
    case 'huan-chuong':
      return msg('Huân chương');
    case 'danh-hieu':
      return msg('Danh hiệu');
    case 'other':
      return msg('Khác');
  }
}

/**
 * The Vietnamese name of a form, whatever the language being spoken: the data's own words, as
 * lists print them and as CSV import recognises them (`formLabel` in Vietnamese, the source).
 */
export function formNameVi(form: CommendationForm): string {
  let name = formNamesVi.get(form);
  if (name === undefined) formNamesVi.set(form, (name = inLanguage('vi', () => formLabel(form))));
  return name;
}
const formNamesVi = new Map<CommendationForm, string>();

export function lineLabel(line: CommendationLine): string {
  switch (line) {
    case 'party':
      return msg('Khối Đảng');
    case 'state':
      return msg('Khối chính quyền');
    case 'mass-organisation':
      return msg('Mặt trận, đoàn thể');
  }
}

/**
 * A value of the data standing on its own (a filter's choice, a group's heading) begins with
 * a capital, as Vietnamese writes it: the article's "bằng khen của quận" gives the level
 * "quận", shown alone as "Quận". Nothing else of the data's spelling changes.
 */
export const standalone = (value: string): string => value.charAt(0).toLocaleUpperCase('vi') + value.slice(1);

export function kindLabel(kind: 'collective' | 'individual'): string {
  return kind === 'collective' ? msg('Tập thể') : msg('Cá nhân');
}

export function statusLabel(status: CommendationStatus): string {
  return status === 'revoked' ? msg('Đã thu hồi') : msg('Còn hiệu lực');
}
