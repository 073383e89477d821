/**
 * The words of every problem the data layer finds, for ward administrators: plain words, what
 * to change. Vietnamese is the source, as everywhere in lamtheo: each sentence is a `msg()`
 * call, its English is in src/i18n/xliff/en.xlf like every other string of the interface.
 *
 * Only code that has a problem to tell loads this module (messages-load.ts; messages-all.ts for
 * code that words synchronously): a page whose data is valid downloads none of these words.
 * Their ids begin with `p.` (short: the classic script carries every one of them), so their
 * English is built into a chunk of its own
 * (src/i18n/locales/en-problems.ts, scripts/i18n-split.js), fetched only with this module.
 */
import { msg, str } from '@lit/localize';
import { addEnglish, inLanguage } from '../../i18n/locale.js';
import { formatCount } from './message-format.js';
import type { MessageCode, MessageParams } from './messages.js';
import type { Language } from '../../i18n/language.js';

type Param = MessageParams[string];

function typeName(type: Param): string {
  switch (type) {
    case 'string':
      return msg('chữ (đặt trong dấu ngoặc kép "…")', { id: 'p.type-string' });
    case 'number':
      return msg('một con số', { id: 'p.type-number' });
    case 'int':
      return msg('một số nguyên', { id: 'p.type-int' });
    case 'boolean':
      return msg('true hoặc false', { id: 'p.type-boolean' });
    case 'object':
      return msg('một nhóm trường { … }', { id: 'p.type-object' });
    case 'array':
      return msg('một danh sách [ … ]', { id: 'p.type-array' });
    // Values a script can set as `data` that JSON has not.
    case 'undefined':
      return msg('trống (không có giá trị nào)', { id: 'p.type-undefined' });
    case 'bigint':
      return msg('một số kiểu BigInt, JSON không có', { id: 'p.type-bigint' });
    case 'function':
      return msg('một hàm, không phải dữ liệu', { id: 'p.type-function' });
    case 'symbol':
      return msg('một ký hiệu (Symbol), không phải dữ liệu', { id: 'p.type-symbol' });
    default:
      return String(type);
  }
}

function received(p: MessageParams): string {
  switch (p.received) {
    case 'string':
      return msg(str`chữ ${p.value}`, { id: 'p.received-string' });
    case 'number':
      return msg(str`số ${p.value}`, { id: 'p.received-number' });
    case 'boolean':
      return String(p.value);
    case 'null':
      return msg('null (để trống)', { id: 'p.received-null' });
    case 'nan':
      return msg('NaN (không phải số)', { id: 'p.received-nan' });
    case 'infinite':
      return msg('một số vô hạn (Infinity)', { id: 'p.received-infinite' });
    default:
      return typeName(p.received);
  }
}

function jsonReason(reason: Param): string {
  switch (reason) {
    case 'unexpected-end':
      return msg('tệp kết thúc giữa chừng; có thể thiếu } hoặc ] ở cuối', { id: 'p.json-unexpected-end' });
    case 'unexpected-char':
      return msg('có ký tự không đúng chỗ', { id: 'p.json-unexpected-char' });
    case 'missing-comma':
      return msg('thiếu dấu phẩy giữa hai mục', { id: 'p.json-missing-comma' });
    case 'trailing-comma':
      return msg('thừa dấu phẩy trước dấu đóng } hoặc ]', { id: 'p.json-trailing-comma' });
    case 'missing-colon':
      return msg('thiếu dấu hai chấm : sau tên trường', { id: 'p.json-missing-colon' });
    case 'unterminated-string':
      return msg('chuỗi chữ chưa đóng dấu ngoặc kép', { id: 'p.json-unterminated-string' });
    case 'bad-escape':
      return msg('dấu \\ trong chuỗi chữ không hợp lệ; muốn viết \\ hãy viết \\\\', { id: 'p.json-bad-escape' });
    case 'control-char':
      return msg('chuỗi chữ có ký tự xuống dòng hoặc tab; hãy viết \\n hoặc \\t', { id: 'p.json-control-char' });
    case 'single-quote':
      return msg('JSON chỉ dùng dấu ngoặc kép ", không dùng dấu nháy đơn \'', { id: 'p.json-single-quote' });
    case 'comment':
      return msg('JSON không cho phép ghi chú // hoặc /* */', { id: 'p.json-comment' });
    case 'bad-number':
      return msg('con số viết sai; JSON dùng dấu chấm cho phần thập phân (98.8) và không có dấu phân cách nghìn', {
        id: 'p.json-bad-number',
      });
    case 'bad-literal':
      return msg('từ không hợp lệ; chỉ có true, false, null (viết thường)', { id: 'p.json-bad-literal' });
    case 'key-not-string':
      return msg('tên trường phải đặt trong dấu ngoặc kép', { id: 'p.json-key-not-string' });
    case 'extra-content':
      return msg('có nội dung thừa sau khi dữ liệu đã kết thúc', { id: 'p.json-extra-content' });
    default:
      return msg('lỗi cú pháp', { id: 'p.json-syntax' });
  }
}

/** What an option means, for a list of allowed values: `party` → "khối Đảng". Empty for values that say it themselves. */
function optionMeaning(value: string): string {
  switch (value) {
    case 'party':
      return msg('khối Đảng', { id: 'p.option-party' });
    case 'state':
      return msg('khối chính quyền, Nhà nước', { id: 'p.option-state' });
    case 'mass-organisation':
      return msg('Mặt trận, đoàn thể', { id: 'p.option-mass-organisation' });
    case 'collective':
      return msg('tập thể', { id: 'p.option-collective' });
    case 'individual':
      return msg('cá nhân', { id: 'p.option-individual' });
    case 'exact':
      return msg('đúng bằng', { id: 'p.option-exact' });
    case 'more-than':
      return msg('hơn', { id: 'p.option-more-than' });
    case 'at-least':
      return msg('ít nhất', { id: 'p.option-at-least' });
    case 'nearly':
      return msg('gần', { id: 'p.option-nearly' });
    case 'about':
      return msg('khoảng', { id: 'p.option-about' });
    case 'less-than':
      return msg('dưới', { id: 'p.option-less-than' });
    default:
      return '';
  }
}

/** `party (khối Đảng), state (…)`: the allowed values, each with what it means when that needs saying. */
function optionList(options: Param): string {
  return String(options ?? '')
    .split(', ')
    .map((option) => {
      const meaning = optionMeaning(option);
      return meaning ? `${option} (${meaning})` : option;
    })
    .join(', ');
}

/** The fix for a number written as text: what to write, and why the dot or comma goes. */
function numberFix(p: MessageParams): string {
  const write = JSON.stringify(p.suggestion);
  switch (p.separator) {
    case 'thousands-dot':
      return msg(
        str`; hãy viết ${write}, không có dấu ngoặc kép: dấu chấm ở đây là dấu phân cách hàng nghìn, JSON không dùng dấu này`,
        { id: 'p.number-fix-thousands-dot' },
      );
    case 'thousands-comma':
      return msg(
        str`; hãy viết ${write}, không có dấu ngoặc kép: dấu phẩy ở đây là dấu phân cách hàng nghìn, JSON không dùng dấu này`,
        { id: 'p.number-fix-thousands-comma' },
      );
    case 'decimal-comma':
      return msg(str`; hãy viết ${write}, không có dấu ngoặc kép: JSON dùng dấu chấm cho phần thập phân`, {
        id: 'p.number-fix-decimal-comma',
      });
    default:
      return p.suggestion === undefined
        ? msg('; hãy bỏ dấu ngoặc kép (và dấu chấm phân cách nghìn nếu có)', { id: 'p.number-like-plain' })
        : msg(str`; hãy viết ${write}, không có dấu ngoặc kép`, { id: 'p.number-fix' });
  }
}

/** Why a date is not one, and how to write it: `31/02/2017` names a day February 2017 lacks, and is not written year-month-day. */
function dateFix(p: MessageParams, n: (v: Param) => string, lang: Language): string {
  const parts: string[] = [];
  if (p.problem === 'day' && p.day !== undefined) {
    // "tháng 2" / "February": the month as the language names it.
    const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { month: 'long', timeZone: 'UTC' });
    const month = format.format(Date.UTC(2000, Number(p.month) - 1, 1)).toLowerCase();
    const named = lang === 'en' ? month[0].toUpperCase() + month.slice(1) : month;
    parts.push(
      msg(str`ngày ${p.day} ${named} năm ${p.year} không có: ${named} năm ${p.year} chỉ có ${n(p.days)} ngày`, {
        id: 'p.date-no-such-day',
      }),
    );
  } else if (p.problem === 'day') parts.push(msg('ngày này không có trên lịch', { id: 'p.invalid-day' }));
  else if (p.problem === 'month' && p.month !== undefined)
    parts.push(msg(str`không có tháng ${p.month}: tháng phải từ 01 đến 12`, { id: 'p.date-no-such-month' }));
  else if (p.problem === 'month') parts.push(msg('tháng phải từ 01 đến 12', { id: 'p.invalid-month' }));
  if (p.suggestion) parts.push(msg(str`hãy viết theo dạng năm-tháng-ngày: ${p.suggestion}`, { id: 'p.date-write' }));
  else if (p.format && p.problem === 'day' && p.days !== undefined) {
    // 31/02/2017: the example is the last day of that month, written the right way.
    const example = `${p.year}-${String(p.month).padStart(2, '0')}-${p.days}`;
    parts.push(msg(str`hãy viết theo dạng năm-tháng-ngày, ví dụ ${example}`, { id: 'p.date-format-example' }));
  } else if (p.format !== false)
    parts.push(msg('hãy viết theo dạng năm-tháng-ngày, ví dụ 2019-02-28', { id: 'p.date-format' }));
  return parts.join('; ');
}

function found(what: Param): string {
  if (what === 'string') return msg('một chuỗi chữ', { id: 'p.found-string' });
  return what === 'boolean' ? 'true/false' : typeName(what);
}

/** The English of these words (locales/en-problems.ts), once downloaded: `msg()` answers with it from then on. */
export { addEnglish };

/** ` (detail)`: what the system said, in its own words. */
const detail = (text: Param) => (text ? ` (${text})` : '');

/** ` (đang là 5)` / ` (it is 5)`: the value found, after what it must be. */
const actual = (value: Param, n: (v: Param) => string) =>
  value === undefined ? '' : ` (${msg(str`đang là ${n(value)}`, { id: 'p.actual' })})`;

/** The words for one problem in `lang`; `key` is the field the problem is about, for "missing" problems. */
export function problemWords(code: MessageCode, p: MessageParams, key: string, lang: Language): string {
  return inLanguage(lang, () => words(code, p, key, lang));
}

function words(code: MessageCode, p: MessageParams, key: string, lang: Language): string {
  const n = (v: Param) => formatCount(v, lang);
  switch (code) {
    case 'empty-file':
      return msg('tệp trống: chưa có dữ liệu JSON nào', { id: 'p.empty-file' });
    case 'invalid-json':
      return (
        msg(str`JSON không hợp lệ ở dòng ${p.line}, cột ${p.column}: ${jsonReason(p.reason)}`, {
          id: 'p.invalid-json',
        }) + (p.found ? ` (${msg(str`gặp ${p.found}`, { id: 'p.found' })})` : '')
      );
    case 'not-an-object':
      return msg(
        str`tệp phải là một nhóm trường JSON bắt đầu bằng { và có "version": 1, nhưng đang là ${found(p.found)}`,
        { id: 'p.not-an-object' },
      );
    case 'too-deep':
      return msg(str`dữ liệu lồng nhau quá sâu (hơn ${n(p.limit)} tầng); lamtheo không đọc tệp này`, {
        id: 'p.too-deep',
      });
    case 'too-large':
      return p.unit === 'bytes'
        ? msg(str`tệp quá lớn (${n(p.size)} byte; tối đa ${n(p.limit)} byte)`, { id: 'p.too-large-bytes' })
        : msg(str`tệp quá lớn (${n(p.size)} ký tự; tối đa ${n(p.limit)} ký tự)`, { id: 'p.too-large' });
    case 'bom':
      return msg('tệp bắt đầu bằng ký tự BOM vô hình; lamtheo đã bỏ qua nó', { id: 'p.bom' });
    case 'unreadable':
      if (p.reason === 'missing') return msg('không tìm thấy tệp', { id: 'p.unreadable-missing' });
      if (p.reason === 'not-utf8')
        return msg('tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8', { id: 'p.unreadable-utf8' });
      if (p.reason === 'directory') return msg('đây là thư mục, không phải tệp', { id: 'p.unreadable-directory' });
      return msg('không đọc được tệp', { id: 'p.unreadable' }) + detail(p.detail);
    case 'missing-version':
      return msg('thiếu số phiên bản: hãy thêm "version": 1 vào đầu tệp', { id: 'p.missing-version' });
    case 'unsupported-version':
      return msg(str`phiên bản ${p.version} chưa được hỗ trợ; lamtheo hiểu phiên bản 1`, {
        id: 'p.unsupported-version',
      });
    case 'required':
      return (
        (key
          ? msg(str`thiếu trường bắt buộc "${key}"`, { id: 'p.required-field' })
          : msg('thiếu giá trị bắt buộc', { id: 'p.required' })) +
        (p.typo ? msg(str`; có trường "${p.typo}": có phải viết nhầm "${key}"?`, { id: 'p.required-typo' }) : '') +
        (p.options ? msg(str`; hãy ghi một trong: ${optionList(p.options)}`, { id: 'p.required-options' }) : '')
      );
    case 'wrong-type':
      return (
        msg(str`phải là ${typeName(p.expected)}, nhưng đang là ${received(p)}`, { id: 'p.wrong-type' }) +
        (p.numberLike ? numberFix(p) : '')
      );
    case 'too-small':
      if (p.origin === 'string') return msg('không được để trống', { id: 'p.too-small-string' });
      if (p.origin === 'array') return msg(str`cần ít nhất ${n(p.minimum)} mục`, { id: 'p.too-small-array' });
      return msg(str`phải từ ${n(p.minimum)} trở lên`, { id: 'p.too-small' }) + actual(p.actual, n);
    case 'too-big':
      if (p.origin === 'string')
        return msg(str`quá dài: ${n(p.actual)} ký tự, tối đa ${n(p.maximum)}`, { id: 'p.too-big-string' });
      if (p.origin === 'array')
        return msg(str`quá nhiều mục: ${n(p.actual)}, tối đa ${n(p.maximum)}`, { id: 'p.too-big-array' });
      return msg(str`phải nhỏ hơn hoặc bằng ${n(p.maximum)}`, { id: 'p.too-big' }) + actual(p.actual, n);
    case 'invalid-option':
      return (
        (p.value
          ? msg(str`${p.value} không được chấp nhận; hãy dùng một trong: ${optionList(p.options)}`, {
              id: 'p.invalid-option',
            })
          : msg(str`giá trị này không được chấp nhận; hãy dùng một trong: ${optionList(p.options)}`, {
              id: 'p.invalid-option-blank',
            })) + (p.suggestion ? msg(str`; có phải "${p.suggestion}"?`, { id: 'p.option-meant' }) : '')
      );
    case 'invalid':
      return msg('giá trị không hợp lệ', { id: 'p.invalid' }) + detail(p.detail);
    case 'blank':
      return msg('chỉ có khoảng trắng; hãy điền nội dung', { id: 'p.blank' });
    case 'invalid-date':
      return `${msg(str`ngày không hợp lệ: ${p.value}`, { id: 'p.invalid-date' })} — ${dateFix(p, n, lang)}`;
    case 'unsafe-url':
      return msg(
        str`liên kết không được chấp nhận: ${p.value}; chỉ dùng http://, https://, mailto:, tel: hoặc đường dẫn trong trang`,
        { id: 'p.unsafe-url' },
      );
    case 'web-url':
      return msg(str`phải là địa chỉ web đầy đủ bắt đầu bằng http:// hoặc https:// (đang là ${p.value})`, {
        id: 'p.web-url',
      });
    case 'date-order':
      return msg('thời điểm kết thúc phải sau thời điểm bắt đầu', { id: 'p.date-order' });
    case 'derive-one-of':
      return msg('cách tính (derive) cần đúng một trong "count" (đếm) hoặc "sum" (cộng)', {
        id: 'p.derive-one-of',
      });
    case 'derive-sum-field':
      return msg('phép cộng (sum) cần "field": tên trường chứa con số cần cộng', { id: 'p.derive-sum-field' });
    case 'value-or-derive':
      return msg('cần "value" (con số) hoặc "derive" (cách tính từ dữ liệu)', { id: 'p.value-or-derive' });
    case 'share-needs-target':
      return msg('chỉ số dạng "share" (ví dụ 24/40) cần "target" là tổng số (40)', {
        id: 'p.share-needs-target',
      });
    case 'revoked-status':
      return msg('đã có "revokedBy" (quyết định thu hồi) nên "status" phải là "revoked"', {
        id: 'p.revoked-status',
      });
    case 'online-needs-url':
      return msg('không gian trực tuyến cần "url" là địa chỉ trang web', { id: 'p.online-needs-url' });
    case 'online-no-location':
      return msg('không gian trực tuyến không có vị trí trên bản đồ; hãy bỏ "location"', {
        id: 'p.online-no-location',
      });
    case 'person-name-or-position':
      return msg('cần họ tên ("fullName") hoặc chức vụ ("position")', { id: 'p.person-name-or-position' });
    case 'boundaries-one-of':
      return msg(
        'ranh giới cần đúng một trong "featureCollection" (dữ liệu GeoJSON) hoặc "url" (đường dẫn tệp GeoJSON)',
        { id: 'p.boundaries-one-of' },
      );
    case 'duplicate-id':
      return msg(str`mã "${p.id}" bị trùng: đã dùng ở ${p.first}`, { id: 'p.duplicate-id' });
    case 'unknown-reference':
      return msg(str`không có mục nào trong "${p.collection}" có mã "${p.id}"`, { id: 'p.unknown-reference' });
    case 'breakdown-sum':
      return msg(str`các phần cộng lại được ${n(p.sum)}, khác con số tổng ${n(p.value)}`, {
        id: 'p.breakdown-sum',
      });
    case 'derived-mismatch':
      return msg(
        str`số ghi là ${n(p.stated)} nhưng đếm trong dữ liệu được ${n(p.computed)}; lamtheo hiển thị ${n(p.computed)}`,
        { id: 'p.derived-mismatch' },
      );
    case 'derive-no-records':
      return msg(str`không có danh sách "${p.collection}" để tính; dùng số ghi sẵn nếu có`, {
        id: 'p.derive-no-records',
      });
    case 'derive-not-number':
      return msg(str`trường "${p.field}" không phải con số ở ${n(p.count)} mục; các mục đó không được cộng`, {
        id: 'p.derive-not-number',
      });
    case 'unknown-key':
      return (
        msg(str`lamtheo không dùng trường "${p.key}" và bỏ qua nó`, { id: 'p.unknown-key-ignored' }) +
        (p.suggestion ? msg(str`; có phải bạn muốn viết "${p.suggestion}"?`, { id: 'p.did-you-mean' }) : '')
      );
    case 'html-in-text':
      return msg(str`có mã HTML hoặc JavaScript (${p.value}); lamtheo hiện nó như chữ thường, không chạy nó`, {
        id: 'p.html-in-text',
      });
    case 'space-without-location':
      return msg(
        'không có "location" (vị trí) hay "url": bản đồ liệt kê không gian này, ghi "chưa có vị trí trên bản đồ", nhưng không vẽ được',
        { id: 'p.space-without-location' },
      );
    case 'location-swapped':
      return msg(str`vị trí có vẻ bị đảo ngược; hãy viết kinh độ trước, vĩ độ sau: [${p.second}, ${p.first}]`, {
        id: 'p.location-swapped',
      });
    case 'location-range':
      return msg('vị trí phải là [kinh độ, vĩ độ]: kinh độ từ -180 đến 180, vĩ độ từ -90 đến 90', {
        id: 'p.location-range',
      });
    case 'missing-commitment':
      return msg(str`chưa ghi nội dung đăng ký cho mục "${p.heading}"`, { id: 'p.missing-commitment' });
    case 'unknown-heading':
      return msg(str`mẫu đăng ký không có mục "${p.headingId}"`, { id: 'p.unknown-heading' });
    case 'duplicate-heading':
      return msg(str`mục "${p.headingId}" được ghi hai lần`, { id: 'p.duplicate-heading' });
    case 'required-field':
      return msg(str`mẫu đăng ký yêu cầu điền "${p.field}"`, { id: 'p.required-by-form' });
    case 'template-mismatch':
      return msg(str`"${p.field}" phải là ${p.expected} theo mẫu đăng ký (đang là ${p.actual})`, {
        id: 'p.template-mismatch',
      });
    case 'more-issues':
      return p.severity === 'warning'
        ? msg(str`còn ${n(p.count)} cảnh báo khác không liệt kê ở đây`, { id: 'p.more-warnings' })
        : msg(str`còn ${n(p.count)} lỗi khác không liệt kê ở đây`, { id: 'p.more-errors' });
  }
}
