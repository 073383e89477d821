/**
 * The headers a CSV list may have, and the field each fills (csv-columns.ts names the fields).
 * Headers are recognised without tone marks or case ("Họ và tên", "ho va ten", "HỌ TÊN").
 *
 * | field | headers recognised |
 * |---|---|
 * | STT (ignored on import: the order of the lines is the order of the list) | STT, TT, Số thứ tự, No. |
 * | kind | Loại, Đối tượng, Kind: "Tập thể" / "Cá nhân" |
 * | name | Họ và tên, Họ tên (individuals), Tên tập thể (collectives), Tên, Name |
 * | position | Chức vụ, Position |
 * | unit | Đơn vị, Đơn vị công tác, Unit |
 * | form | Hình thức, Hình thức khen thưởng, Form ("Giấy khen", "Bằng khen của Thành ủy"…) |
 * | line | Khối, Line: "Đảng" / "Chính quyền" / "Đoàn thể" (guessed from the issuer when absent) |
 * | issuer | Cơ quan khen, Issuer |
 * | level | Cấp khen, Cấp, Level |
 * | decisionNumber | Số quyết định, Số QĐ, Quyết định, Decision number |
 * | decisionDate | Ngày quyết định, Ngày QĐ, Ngày ký, Decision date (dd/mm/yyyy or yyyy-mm-dd) |
 * | year | Năm, Year |
 * | achievement | Thành tích, Thành tích đạt được, Achievement |
 * | status | Trạng thái, Status: "Đã thu hồi" marks a revoked award |
 */
import type { CsvField } from './csv-columns.js';

/** Folded headers (see foldForSearch) and the field each one fills. */
export const headerAliases: Record<string, CsvField> = {
  stt: 'stt',
  tt: 'stt',
  'so thu tu': 'stt',
  'no.': 'stt',
  loai: 'kind',
  'doi tuong': 'kind',
  kind: 'kind',
  ten: 'name',
  'ho va ten': 'name',
  'ho ten': 'name',
  'ten tap the': 'name',
  'ten tap the, ca nhan': 'name',
  name: 'name',
  'chuc vu': 'position',
  position: 'position',
  'don vi': 'unit',
  'don vi cong tac': 'unit',
  unit: 'unit',
  'hinh thuc': 'form',
  'hinh thuc khen thuong': 'form',
  form: 'form',
  khoi: 'line',
  line: 'line',
  'co quan khen': 'issuer',
  issuer: 'issuer',
  'cap khen': 'level',
  cap: 'level',
  level: 'level',
  'so quyet dinh': 'decisionNumber',
  'so qd': 'decisionNumber',
  'quyet dinh': 'decisionNumber',
  'decision number': 'decisionNumber',
  'ngay quyet dinh': 'decisionDate',
  'ngay qd': 'decisionDate',
  'ngay ky': 'decisionDate',
  'decision date': 'decisionDate',
  nam: 'year',
  year: 'year',
  'thanh tich': 'achievement',
  'thanh tich dat duoc': 'achievement',
  achievement: 'achievement',
  'trang thai': 'status',
  status: 'status',
};
