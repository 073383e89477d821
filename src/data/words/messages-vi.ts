/** Messages in Vietnamese, for ward administrators: plain words, what to change. */
import type { Catalog, MessageParams } from './messages.js';
import { formatCount } from './message-format.js';

const n = (v: MessageParams[string]) => formatCount(v, 'vi');

const TYPE: Record<string, string> = {
  string: 'chữ (đặt trong dấu ngoặc kép "…")',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  object: 'một nhóm trường { … }',
  array: 'một danh sách [ … ]',
  null: 'null',
};

function received(p: MessageParams): string {
  switch (p.received) {
    case 'string':
      return `chữ ${p.value}`;
    case 'number':
      return `số ${p.value}`;
    case 'boolean':
      return String(p.value);
    case 'null':
      return 'null (để trống)';
    case 'nan':
      return 'NaN (không phải số)';
    case 'infinite':
      return 'một số vô hạn (Infinity)';
    default:
      return TYPE[String(p.received)] ?? String(p.received);
  }
}

const JSON_REASON: Record<string, string> = {
  'unexpected-end': 'tệp kết thúc giữa chừng; có thể thiếu } hoặc ] ở cuối',
  'unexpected-char': 'có ký tự không đúng chỗ',
  'missing-comma': 'thiếu dấu phẩy giữa hai mục',
  'trailing-comma': 'thừa dấu phẩy trước dấu đóng } hoặc ]',
  'missing-colon': 'thiếu dấu hai chấm : sau tên trường',
  'unterminated-string': 'chuỗi chữ chưa đóng dấu ngoặc kép',
  'bad-escape': 'dấu \\ trong chuỗi chữ không hợp lệ; muốn viết \\ hãy viết \\\\',
  'control-char': 'chuỗi chữ có ký tự xuống dòng hoặc tab; hãy viết \\n hoặc \\t',
  'single-quote': 'JSON chỉ dùng dấu ngoặc kép ", không dùng dấu nháy đơn \'',
  comment: 'JSON không cho phép ghi chú // hoặc /* */',
  'bad-number': 'con số viết sai; JSON dùng dấu chấm cho phần thập phân (98.8) và không có dấu phân cách nghìn',
  'bad-literal': 'từ không hợp lệ; chỉ có true, false, null (viết thường)',
  'key-not-string': 'tên trường phải đặt trong dấu ngoặc kép',
  'extra-content': 'có nội dung thừa sau khi dữ liệu đã kết thúc',
};

const FOUND: Record<string, string> = {
  array: 'một danh sách [ … ]',
  string: 'một chuỗi chữ',
  number: 'một con số',
  boolean: 'true/false',
  null: 'null',
  // values a script can set as `data` that JSON has not
  undefined: 'trống (không có giá trị nào)',
  bigint: 'một số kiểu BigInt, JSON không có',
  function: 'một hàm, không phải dữ liệu',
  symbol: 'một ký hiệu (Symbol), không phải dữ liệu',
};

export const messagesVi: Catalog = {
  'empty-file': () => 'tệp trống: chưa có dữ liệu JSON nào',
  'invalid-json': (p) =>
    `JSON không hợp lệ ở dòng ${p.line}, cột ${p.column}: ${JSON_REASON[String(p.reason)] ?? 'lỗi cú pháp'}` +
    (p.found ? ` (gặp ${p.found})` : ''),
  'not-an-object': (p) =>
    `tệp phải là một nhóm trường JSON bắt đầu bằng { và có "version": 1, nhưng đang là ${FOUND[String(p.found)] ?? p.found}`,
  'too-deep': (p) => `dữ liệu lồng nhau quá sâu (hơn ${n(p.limit)} tầng); lamtheo không đọc tệp này`,
  'too-large': (p) => {
    const unit = p.unit === 'bytes' ? 'byte' : 'ký tự';
    return `tệp quá lớn (${n(p.size)} ${unit}; tối đa ${n(p.limit)} ${unit})`;
  },
  bom: () => 'tệp bắt đầu bằng ký tự BOM vô hình; lamtheo đã bỏ qua nó',
  unreadable: (p) =>
    p.reason === 'missing'
      ? 'không tìm thấy tệp'
      : p.reason === 'not-utf8'
        ? 'tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8'
        : p.reason === 'directory'
          ? 'đây là thư mục, không phải tệp'
          : `không đọc được tệp${p.detail ? ` (${p.detail})` : ''}`,
  'missing-version': () => 'thiếu số phiên bản: hãy thêm "version": 1 vào đầu tệp',
  'unsupported-version': (p) => `phiên bản ${p.version} chưa được hỗ trợ; lamtheo hiểu phiên bản 1`,
  required: (_p, key) => (key ? `thiếu trường bắt buộc "${key}"` : 'thiếu giá trị bắt buộc'),
  'wrong-type': (p) =>
    `phải là ${TYPE[String(p.expected)] ?? p.expected}, nhưng đang là ${received(p)}` +
    (p.numberLike ? '; hãy bỏ dấu ngoặc kép (và dấu chấm phân cách nghìn nếu có), ví dụ 11368' : ''),
  'too-small': (p) =>
    p.origin === 'string'
      ? 'không được để trống'
      : p.origin === 'array'
        ? `cần ít nhất ${n(p.minimum)} mục`
        : `phải từ ${n(p.minimum)} trở lên${p.actual !== undefined ? ` (đang là ${n(p.actual)})` : ''}`,
  'too-big': (p) =>
    p.origin === 'string'
      ? `quá dài: ${n(p.actual)} ký tự, tối đa ${n(p.maximum)}`
      : p.origin === 'array'
        ? `quá nhiều mục: ${n(p.actual)}, tối đa ${n(p.maximum)}`
        : `phải nhỏ hơn hoặc bằng ${n(p.maximum)}${p.actual !== undefined ? ` (đang là ${n(p.actual)})` : ''}`,
  'invalid-option': (p) => `${p.value || 'giá trị này'} không được chấp nhận; hãy dùng một trong: ${p.options}`,
  invalid: (p) => `giá trị không hợp lệ${p.detail ? ` (${p.detail})` : ''}`,
  blank: () => 'chỉ có khoảng trắng; hãy điền nội dung',
  'invalid-date': (p) =>
    `ngày không hợp lệ: ${p.value}` +
    (p.problem === 'day'
      ? ` — ngày này không có trên lịch`
      : p.problem === 'month'
        ? ' — tháng phải từ 01 đến 12'
        : ' — hãy viết theo dạng năm-tháng-ngày, ví dụ 2019-02-28'),
  'unsafe-url': (p) =>
    `liên kết không được chấp nhận: ${p.value}; chỉ dùng http://, https://, mailto:, tel: hoặc đường dẫn trong trang`,
  'web-url': (p) => `phải là địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https:// (đang là ${p.value})`,
  'date-order': () => 'thời điểm kết thúc phải sau thời điểm bắt đầu',
  'derive-one-of': () => 'cách tính (derive) cần đúng một trong "count" (đếm) hoặc "sum" (cộng)',
  'derive-sum-field': () => 'phép cộng (sum) cần "field": tên trường chứa con số cần cộng',
  'value-or-derive': () => 'cần "value" (con số) hoặc "derive" (cách tính từ dữ liệu)',
  'share-needs-target': () => 'chỉ số dạng "share" (ví dụ 24/40) cần "target" là tổng số (40)',
  'revoked-status': () => 'đã có "revokedBy" (quyết định thu hồi) nên "status" phải là "revoked"',
  'online-needs-url': () => 'không gian trực tuyến cần "url" là địa chỉ trang web',
  'online-no-location': () => 'không gian trực tuyến không có vị trí trên bản đồ; hãy bỏ "location"',
  'person-name-or-position': () => 'cần họ tên ("fullName") hoặc chức vụ ("position")',
  'boundaries-one-of': () =>
    'ranh giới cần đúng một trong "featureCollection" (dữ liệu GeoJSON) hoặc "url" (đường dẫn tệp GeoJSON)',
  'duplicate-id': (p) => `mã "${p.id}" bị trùng: đã dùng ở ${p.first}`,
  'unknown-reference': (p) => `không có mục nào trong "${p.collection}" có mã "${p.id}"`,
  'breakdown-sum': (p) => `các phần cộng lại được ${n(p.sum)}, khác con số tổng ${n(p.value)}`,
  'derived-mismatch': (p) =>
    `số ghi là ${n(p.stated)} nhưng đếm trong dữ liệu được ${n(p.computed)}; lamtheo hiển thị ${n(p.computed)}`,
  'derive-no-records': (p) => `không có danh sách "${p.collection}" để tính; dùng số ghi sẵn nếu có`,
  'derive-not-number': (p) => `trường "${p.field}" không phải con số ở ${n(p.count)} mục; các mục đó không được cộng`,
  'unknown-key': (p) =>
    `lamtheo không dùng trường "${p.key}"` + (p.suggestion ? `; có phải bạn muốn viết "${p.suggestion}"?` : ''),
  'html-in-text': (p) => `có mã HTML hoặc JavaScript (${p.value}); lamtheo hiện nó như chữ thường, không chạy nó`,
  'space-without-location': () =>
    'không có "location" (vị trí) hay "url": bản đồ liệt kê không gian này, ghi "chưa có vị trí trên bản đồ", nhưng không vẽ được',
  'location-swapped': (p) => `vị trí có vẻ bị đảo ngược; hãy viết kinh độ trước, vĩ độ sau: [${p.second}, ${p.first}]`,
  'location-range': () => 'vị trí phải là [kinh độ, vĩ độ]: kinh độ từ -180 đến 180, vĩ độ từ -90 đến 90',
  'missing-commitment': (p) => `chưa ghi nội dung đăng ký cho mục "${p.heading}"`,
  'unknown-heading': (p) => `mẫu đăng ký không có mục "${p.headingId}"`,
  'duplicate-heading': (p) => `mục "${p.headingId}" được ghi hai lần`,
  'required-field': (p) => `mẫu đăng ký yêu cầu điền "${p.field}"`,
  'template-mismatch': (p) => `"${p.field}" phải là ${p.expected} theo mẫu đăng ký (đang là ${p.actual})`,
  'more-issues': (p) => `còn ${n(p.count)} ${p.severity === 'warning' ? 'cảnh báo' : 'lỗi'} khác không liệt kê ở đây`,
};
