/**
 * Broken documents and what lamtheo must say about each: the JSON path, a fragment of
 * the Vietnamese (and English) message, the issue code and its severity. Used by
 * broken-corpus.test.ts; nothing here may make the validator throw.
 */

export interface BrokenCase {
  /** Reads as a sentence after "it reports that …". */
  name: string;
  /** The text of a file … */
  text?: () => string;
  /** … or a value given to the `data` property. */
  value?: () => unknown;
  path: string;
  code: string;
  vi: string;
  en: string;
  severity?: 'error' | 'warning';
  /** Line of the issue in the text, when the text has one. */
  line?: number;
}

const doc = (extra: Record<string, unknown>) => JSON.stringify({ version: 1, ...extra }, null, 2);
const commendation = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  recipient: { kind: 'individual', name: 'Nguyễn Văn An' },
  form: 'giay-khen',
  line: 'state',
  issuer: { name: 'Chủ tịch UBND Phường 3', level: 'UBND phường' },
  ...over,
});
const metric = (over: Record<string, unknown> = {}) => ({ id: 'm1', label: 'Đảng viên', value: 11368, ...over });
const space = (over: Record<string, unknown> = {}) => ({
  id: 's1',
  name: 'Chùa Quan Âm',
  kind: 'religious-site',
  location: [106.6385, 10.7634],
  ...over,
});
const unit = (over: Record<string, unknown> = {}) => ({ id: 'phuong-3', name: 'Phường 3', kind: 'ward', ...over });
const nested = (depth: number) => '{"version":1,"x":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
const nestedValue = (depth: number) => {
  let node: unknown[] = [];
  const root = { version: 1, x: node };
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = [];
    node.push(next);
    node = next;
  }
  return root;
};

export const brokenCorpus: BrokenCase[] = [
  // reading the file
  {
    name: 'an empty file is empty',
    text: () => '',
    path: '',
    code: 'empty-file',
    vi: 'tệp trống',
    en: 'the file is empty',
  },
  {
    name: 'a file of spaces is empty',
    text: () => '  \n\t ',
    path: '',
    code: 'empty-file',
    vi: 'tệp trống',
    en: 'empty',
  },
  {
    name: 'a byte order mark alone leaves an empty file',
    text: () => '\uFEFF',
    path: '',
    code: 'empty-file',
    vi: 'tệp trống',
    en: 'empty',
  },
  {
    name: 'a byte order mark before valid data is ignored with a warning',
    text: () => '\uFEFF{"version": 1}',
    path: '',
    code: 'bom',
    vi: 'BOM',
    en: 'byte order mark',
    severity: 'warning',
  },
  {
    name: 'a JSON list is not a dataset',
    text: () => '[{"version": 1}]',
    path: '',
    code: 'not-an-object',
    vi: 'một danh sách [ … ]',
    en: 'a list',
    line: 1,
  },
  {
    name: 'a JSON string is not a dataset',
    text: () => '"lamtheo"',
    path: '',
    code: 'not-an-object',
    vi: 'một chuỗi chữ',
    en: 'a text value',
  },
  { name: 'null is not a dataset', text: () => 'null', path: '', code: 'not-an-object', vi: 'null', en: 'null' },
  {
    name: 'a missing comma is pointed at',
    text: () => '{\n  "version": 1\n  "units": []\n}',
    path: '',
    code: 'invalid-json',
    vi: 'dòng 3, cột 3: thiếu dấu phẩy',
    en: 'line 3, column 3: a comma is missing',
    line: 3,
  },
  {
    name: 'a trailing comma is pointed at',
    text: () => '{\n  "version": 1,\n  "units": [],\n}',
    path: '',
    code: 'invalid-json',
    vi: 'thừa dấu phẩy',
    en: 'an extra comma',
    line: 4,
  },
  {
    name: 'single quotes are not JSON',
    text: () => "{'version': 1}",
    path: '',
    code: 'invalid-json',
    vi: 'dấu nháy đơn',
    en: 'single quotes',
  },
  {
    name: 'comments are not JSON',
    text: () => '{\n  // dữ liệu quận 11\n  "version": 1\n}',
    path: '',
    code: 'invalid-json',
    vi: 'ghi chú',
    en: 'comments',
    line: 2,
  },
  {
    name: 'an unterminated string is pointed at its start',
    text: () => '{"version": 1, "title": "Quận 11\n}',
    path: '',
    code: 'invalid-json',
    vi: 'chưa đóng dấu ngoặc kép',
    en: 'missing its closing double quote',
    line: 1,
  },
  {
    name: 'a file cut short says so',
    text: () => '{"version": 1, "units": [',
    path: '',
    code: 'invalid-json',
    vi: 'kết thúc giữa chừng',
    en: 'ends too early',
  },
  {
    name: 'NaN is not a JSON word',
    text: () => '{"version": 1, "metrics": [{"id": "a", "label": "b", "value": NaN}]}',
    path: '',
    code: 'invalid-json',
    vi: 'true, false, null',
    en: 'true, false and null',
  },
  {
    name: 'a thousands separator in a number is explained',
    text: () => '{"version": 1, "metrics": [{"id": "a", "label": "b", "value": 1,300}]}',
    path: '',
    code: 'invalid-json',
    vi: 'không có dấu phân cách nghìn',
    en: 'no thousands separators',
  },
  {
    name: 'a tab inside a string is a control character',
    text: () => '{"version": 1, "title": "a\tb"}',
    path: '',
    code: 'invalid-json',
    vi: 'tab',
    en: 'tab',
  },
  {
    name: 'an unknown escape is refused',
    text: () => '{"version": 1, "title": "C:\\q"}',
    path: '',
    code: 'invalid-json',
    vi: 'dấu \\',
    en: 'backslash',
  },
  {
    name: 'content after the data is refused',
    text: () => '{"version": 1} {"version": 1}',
    path: '',
    code: 'invalid-json',
    vi: 'nội dung thừa',
    en: 'more content',
  },
  {
    name: 'field names need double quotes',
    text: () => '{version: 1}',
    path: '',
    code: 'invalid-json',
    vi: 'tên trường phải đặt trong dấu ngoặc kép',
    en: 'field names must be in double quotes',
  },
  {
    name: '10,000 levels of nesting are refused without a stack overflow',
    text: () => nested(10000),
    path: 'x' + '[0]'.repeat(99),
    code: 'too-deep',
    vi: 'lồng nhau quá sâu',
    en: 'nested too deeply',
    line: 1,
  },
  {
    name: '10,000 levels of nesting in a value are refused too',
    value: () => nestedValue(10000),
    path: 'x' + '[0]'.repeat(99),
    code: 'too-deep',
    vi: 'lồng nhau quá sâu',
    en: 'nested too deeply',
  },
  // the version
  {
    name: 'version 99 is not supported',
    text: () => '{"version": 99}',
    path: 'version',
    code: 'unsupported-version',
    vi: 'phiên bản 99 chưa được hỗ trợ; lamtheo hiểu phiên bản 1',
    en: 'version 99 is not supported yet; lamtheo reads version 1',
    line: 1,
  },
  {
    name: 'a missing version is asked for',
    text: () => '{"units": []}',
    path: 'version',
    code: 'missing-version',
    vi: '"version": 1',
    en: '"version": 1',
  },
  {
    name: 'a version in quotes must be a number',
    text: () => '{"version": "1"}',
    path: 'version',
    code: 'wrong-type',
    vi: 'hãy viết 1, không có dấu ngoặc kép',
    en: 'write 1, without quotes',
  },
  // dates
  {
    name: '31 February is not a date',
    text: () => doc({ commendations: [commendation({ decision: { number: '1436/QĐ-UBND', date: '2019-02-31' } })] }),
    path: 'commendations[0].decision.date',
    code: 'invalid-date',
    vi: 'ngày không hợp lệ: "2019-02-31" — ngày 31 tháng 2 năm 2019 không có: tháng 2 năm 2019 chỉ có 28 ngày',
    en: 'invalid date: "2019-02-31" — 31 February 2019 does not exist: February 2019 has only 28 days',
  },
  {
    name: 'dates written day first are explained',
    text: () => doc({ commendations: [commendation({ decision: { number: '1436/QĐ-UBND', date: '31/02/2019' } })] }),
    path: 'commendations[0].decision.date',
    code: 'invalid-date',
    vi: 'ngày 31 tháng 2 năm 2019 không có: tháng 2 năm 2019 chỉ có 28 ngày; hãy viết theo dạng năm-tháng-ngày, ví dụ 2019-02-28',
    en: '31 February 2019 does not exist: February 2019 has only 28 days; write it as year-month-day, e.g. 2019-02-28',
  },
  {
    name: 'a real date written day first gets the same date written year first',
    text: () => doc({ commendations: [commendation({ decision: { number: '1436/QĐ-UBND', date: '28/02/2019' } })] }),
    path: 'commendations[0].decision.date',
    code: 'invalid-date',
    vi: 'ngày không hợp lệ: "28/02/2019" — hãy viết theo dạng năm-tháng-ngày: 2019-02-28',
    en: 'write it as year-month-day: 2019-02-28',
  },
  {
    name: 'a 13th month is refused',
    text: () => doc({ units: [unit({ validFrom: '2019-13-01' })] }),
    path: 'units[0].validFrom',
    code: 'invalid-date',
    vi: 'không có tháng 13: tháng phải từ 01 đến 12',
    en: 'there is no month 13: months go from 01 to 12',
  },
  {
    name: '29 February of a common year is refused',
    text: () => doc({ provenance: { publisher: 'UBND Phường 3', asOf: '2100-02-29' } }),
    path: 'provenance.asOf',
    code: 'invalid-date',
    vi: 'ngày không hợp lệ',
    en: 'invalid date',
  },
  {
    name: 'a term that ends before it starts is refused',
    text: () => doc({ metrics: [metric({ period: { type: 'term', from: 2020, to: 2015 } })] }),
    path: 'metrics[0].period.to',
    code: 'date-order',
    vi: 'kết thúc phải sau',
    en: 'end must come after',
  },
  {
    name: 'a range that ends before it starts is refused',
    text: () => doc({ metrics: [metric({ period: { type: 'range', from: '2019-02', to: '2018-05' } })] }),
    path: 'metrics[0].period.to',
    code: 'date-order',
    vi: 'kết thúc phải sau',
    en: 'end must come after',
  },
  // numbers
  {
    name: 'a negative count is refused',
    text: () => doc({ metrics: [metric({ value: -5 })] }),
    path: 'metrics[0].value',
    code: 'too-small',
    vi: 'phải từ 0 trở lên (đang là -5)',
    en: 'must be 0 or more (it is -5)',
  },
  {
    name: '"NaN" in quotes is not a number',
    text: () => doc({ metrics: [metric({ value: 'NaN' })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'phải là một con số, nhưng đang là chữ "NaN"',
    en: 'must be a number, but it is the text "NaN"',
  },
  {
    name: 'null is not a count',
    text: () => doc({ metrics: [metric({ value: null })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'null (để trống)',
    en: 'null (empty)',
  },
  {
    name: 'a number written as text with a thousands dot gets a hint',
    text: () => doc({ metrics: [metric({ value: '11.368' })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'phải là một con số, nhưng đang là chữ "11.368"; hãy viết 11368, không có dấu ngoặc kép: dấu chấm ở đây là dấu phân cách hàng nghìn',
    en: 'write 11368, without quotes: the dot here separates thousands',
  },
  {
    name: 'a number written as text with a thousands comma gets the number to write',
    text: () => doc({ metrics: [metric({ value: '11,368' })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'hãy viết 11368, không có dấu ngoặc kép: dấu phẩy ở đây là dấu phân cách hàng nghìn',
    en: 'write 11368, without quotes: the comma here separates thousands',
  },
  {
    name: 'a decimal comma gets the number with a dot',
    text: () => doc({ metrics: [metric({ value: '98,8', kind: 'percent' })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'hãy viết 98.8, không có dấu ngoặc kép: JSON dùng dấu chấm cho phần thập phân',
    en: 'write 98.8, without quotes: JSON writes decimals with a dot',
  },
  {
    name: 'a year in quotes gets itself as the example, not 11368',
    text: () => doc({ metrics: [metric({ period: { type: 'year', year: '2023' } })] }),
    path: 'metrics[0].period.year',
    code: 'wrong-type',
    vi: 'đang là chữ "2023"; hãy viết 2023, không có dấu ngoặc kép',
    en: 'write 2023, without quotes',
  },
  {
    name: 'a missing line says it is missing and what its values mean',
    text: () => doc({ commendations: [commendation({ line: undefined })] }),
    path: 'commendations[0].line',
    code: 'required',
    vi: 'thiếu trường bắt buộc "line"; hãy ghi một trong: party (khối Đảng), state (khối chính quyền, Nhà nước), mass-organisation (Mặt trận, đoàn thể)',
    en: 'the required field "line" is missing; write one of: party (the Party), state (government, the State), mass-organisation',
  },
  {
    name: 'a line written in Vietnamese gets the value meant',
    text: () => doc({ commendations: [commendation({ line: 'Đảng' })] }),
    path: 'commendations[0].line',
    code: 'invalid-option',
    vi: '"Đảng" không được chấp nhận; hãy dùng một trong: party (khối Đảng),',
    en: 'did you mean "party"?',
  },
  {
    name: 'a misspelt required field is named beside the missing one',
    text: () => doc({ metrics: [{ id: 'm1', lable: 'Đảng viên', value: 11368 }] }),
    path: 'metrics[0].label',
    code: 'required',
    vi: 'thiếu trường bắt buộc "label"; có trường "lable": có phải viết nhầm "label"?',
    en: 'there is a field "lable": is it a misspelling of "label"?',
  },
  {
    name: 'NaN given as a value is not a number',
    value: () => ({ version: 1, metrics: [metric({ value: NaN })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'NaN (không phải số)',
    en: 'NaN (not a number)',
  },
  {
    name: 'Infinity given as a value is not a count',
    value: () => ({ version: 1, metrics: [metric({ value: Infinity })] }),
    path: 'metrics[0].value',
    code: 'wrong-type',
    vi: 'vô hạn',
    en: 'infinite',
  },
  {
    name: 'a year with a fraction is refused',
    text: () => doc({ commendations: [commendation({ year: 2017.5 })] }),
    path: 'commendations[0].year',
    code: 'wrong-type',
    vi: 'số nguyên',
    en: 'whole number',
  },
  {
    name: 'a year before 1900 is refused',
    text: () => doc({ commendations: [commendation({ year: 1800 })] }),
    path: 'commendations[0].year',
    code: 'too-small',
    vi: 'từ 1900 trở lên',
    en: '1900 or more',
  },
  // text
  {
    name: 'a 10 MB name is refused with its length',
    text: () => doc({ units: [unit({ name: 'x'.repeat(10 * 1024 * 1024) })] }),
    path: 'units[0].name',
    code: 'too-big',
    vi: 'quá dài: 10.485.760 ký tự, tối đa 500',
    en: 'too long: 10,485,760 characters, at most 500',
  },
  {
    name: 'an empty name is refused',
    text: () => doc({ units: [unit({ name: '' })] }),
    path: 'units[0].name',
    code: 'too-small',
    vi: 'không được để trống',
    en: 'must not be empty',
  },
  {
    name: 'a name of spaces is refused',
    text: () => doc({ units: [unit({ name: '   ' })] }),
    path: 'units[0].name',
    code: 'blank',
    vi: 'chỉ có khoảng trắng',
    en: 'only spaces',
  },
  {
    name: 'a <script> in a name is kept as text with a warning',
    text: () => doc({ units: [unit({ name: 'Phường 3<script>alert(1)</script>' })] }),
    path: 'units[0].name',
    code: 'html-in-text',
    vi: 'không chạy nó',
    en: 'never runs it',
    severity: 'warning',
  },
  // links
  {
    name: 'a javascript: link is refused',
    text: () => doc({ spaces: [space({ links: [{ label: 'Phim tư liệu', url: 'javascript:alert(1)' }] })] }),
    path: 'spaces[0].links[0].url',
    code: 'unsafe-url',
    vi: 'liên kết không được chấp nhận',
    en: 'link not accepted',
  },
  {
    name: 'a javascript: link hidden by spaces and a line break is refused',
    text: () => doc({ spaces: [space({ photos: [{ src: '  java\nscript:alert(1)', alt: 'Ảnh' }] })] }),
    path: 'spaces[0].photos[0].src',
    code: 'unsafe-url',
    vi: 'http://, https://, mailto:, tel:',
    en: 'http://, https://, mailto:, tel:',
  },
  {
    name: 'a data: image is refused',
    text: () => doc({ spaces: [space({ photos: [{ src: 'data:text/html,<script>alert(1)</script>', alt: 'Ảnh' }] })] }),
    path: 'spaces[0].photos[0].src',
    code: 'unsafe-url',
    vi: 'liên kết không được chấp nhận',
    en: 'link not accepted',
  },
  {
    name: 'an online space needs a web address, not javascript:',
    text: () => doc({ spaces: [{ id: 's1', name: 'Trực tuyến', kind: 'online', url: 'javascript:alert(1)' }] }),
    path: 'spaces[0].url',
    code: 'web-url',
    vi: 'http:// hoặc https://',
    en: 'http:// or https://',
  },
  // shapes
  {
    name: 'a missing recipient name is named',
    text: () => doc({ commendations: [commendation({ recipient: { kind: 'collective' } })] }),
    path: 'commendations[0].recipient.name',
    code: 'required',
    vi: 'thiếu trường bắt buộc "name"',
    en: 'the required field "name" is missing',
  },
  {
    name: 'units given as an object must be a list',
    text: () => doc({ units: { id: 'phuong-3' } }),
    path: 'units',
    code: 'wrong-type',
    vi: 'một danh sách [ … ]',
    en: 'a list [ … ]',
  },
  {
    name: 'an unknown form of award lists the accepted ones',
    text: () => doc({ commendations: [commendation({ form: 'giay khen' })] }),
    path: 'commendations[0].form',
    code: 'invalid-option',
    vi: '"giay khen" không được chấp nhận; hãy dùng một trong: giay-khen',
    en: 'use one of: giay-khen',
  },
  {
    name: 'an unknown kind of period lists the accepted ones',
    text: () => doc({ metrics: [metric({ period: { type: 'decade' } })] }),
    path: 'metrics[0].period.type',
    code: 'invalid-option',
    vi: 'year, term, range, part-of-year',
    en: 'year, term, range, part-of-year',
  },
  {
    name: 'a period without a type asks for it',
    text: () => doc({ metrics: [metric({ period: { year: 2017 } })] }),
    path: 'metrics[0].period.type',
    code: 'required',
    vi: 'thiếu trường bắt buộc "type"',
    en: '"type" is missing',
  },
  {
    name: 'a metric with neither value nor rule asks for one',
    text: () => doc({ metrics: [{ id: 'm1', label: 'Đảng viên' }] }),
    path: 'metrics[0].value',
    code: 'value-or-derive',
    vi: '"value"',
    en: '"derive"',
  },
  {
    name: 'a share without a target asks for the whole',
    text: () => doc({ metrics: [metric({ value: 24, kind: 'share' })] }),
    path: 'metrics[0].target',
    code: 'share-needs-target',
    vi: '24/40',
    en: '24/40',
  },
  {
    name: 'a rule that counts and sums at once is refused',
    text: () => doc({ metrics: [metric({ derive: { count: 'spaces', sum: 'spaces', field: 'x' } })] }),
    path: 'metrics[0].derive',
    code: 'derive-one-of',
    vi: '"count"',
    en: '"sum"',
  },
  {
    name: 'a sum without a field asks for it',
    text: () => doc({ metrics: [metric({ derive: { sum: 'commendations' } })] }),
    path: 'metrics[0].derive.field',
    code: 'derive-sum-field',
    vi: '"field"',
    en: '"field"',
  },
  {
    name: 'an online space has no location',
    text: () =>
      doc({
        spaces: [
          {
            id: 's1',
            name: 'Trực tuyến',
            kind: 'online',
            url: 'http://www.danguyphuong4quan11.com',
            location: [106.65, 10.76],
          },
        ],
      }),
    path: 'spaces[0].location',
    code: 'online-no-location',
    vi: 'hãy bỏ "location"',
    en: 'remove "location"',
  },
  {
    name: 'an online space needs a url',
    text: () => doc({ spaces: [{ id: 's1', name: 'Trực tuyến', kind: 'online' }] }),
    path: 'spaces[0].url',
    code: 'online-needs-url',
    vi: '"url"',
    en: '"url"',
  },
  {
    name: 'latitude written first is caught and the fix given',
    text: () => doc({ spaces: [space({ location: [10.7634, 106.6385] })] }),
    path: 'spaces[0].location',
    code: 'location-swapped',
    vi: '[106.6385, 10.7634]',
    en: '[106.6385, 10.7634]',
  },
  {
    name: 'a location off the globe is refused',
    text: () => doc({ spaces: [space({ location: [500, 500] })] }),
    path: 'spaces[0].location',
    code: 'location-range',
    vi: 'kinh độ từ -180 đến 180',
    en: 'longitude from -180 to 180',
  },
  {
    name: 'a photo without alt text asks for it',
    text: () => doc({ spaces: [space({ photos: [{ src: '/anh/chua-quan-am.jpg' }] })] }),
    path: 'spaces[0].photos[0].alt',
    code: 'required',
    vi: '"alt"',
    en: '"alt"',
  },
  {
    name: 'a revoking decision needs the revoked status',
    text: () => doc({ commendations: [commendation({ revokedBy: { number: '12/QĐ-UBND', date: '2023-05-02' } })] }),
    path: 'commendations[0].status',
    code: 'revoked-status',
    vi: '"revoked"',
    en: '"revoked"',
  },
  {
    name: 'boundaries given both inline and by url are refused',
    text: () =>
      doc({
        boundaries: {
          url: '/quan-11.geojson',
          featureCollection: { type: 'FeatureCollection', features: [] },
          unitProperty: 'code',
          attribution: '© OpenStreetMap contributors',
        },
      }),
    path: 'boundaries',
    code: 'boundaries-one-of',
    vi: '"featureCollection"',
    en: '"url"',
  },
  {
    name: 'an unknown geometry type is refused',
    text: () =>
      doc({
        boundaries: {
          featureCollection: {
            type: 'FeatureCollection',
            features: [{ type: 'Feature', properties: {}, geometry: { type: 'Circle', coordinates: [] } }],
          },
          unitProperty: 'code',
          attribution: 'OSM',
        },
      }),
    path: 'boundaries.featureCollection.features[0].geometry.type',
    code: 'invalid-option',
    vi: 'Polygon',
    en: 'Polygon',
  },
  {
    name: 'a pledge with neither name nor position asks for one',
    text: () =>
      doc({
        pledges: [{ templateId: 't', year: 2017, person: {}, commitments: [{ headingId: 'h', commitment: 'x' }] }],
      }),
    path: 'pledges[0].person.fullName',
    code: 'person-name-or-position',
    vi: '"fullName"',
    en: '"position"',
  },
  {
    name: 'a provenance without asOf asks for it',
    text: () => doc({ provenance: { publisher: 'UBND Phường 3' } }),
    path: 'provenance.asOf',
    code: 'required',
    vi: '"asOf"',
    en: '"asOf"',
  },
  // across records
  {
    name: 'an id used twice is an error',
    text: () => doc({ units: [unit(), unit({ name: 'Phường 3 (trùng)' })] }),
    path: 'units[1].id',
    code: 'duplicate-id',
    vi: 'mã "phuong-3" bị trùng: đã dùng ở units[0]',
    en: 'used twice: first at units[0]',
  },
  {
    name: 'a reference to a unit not in the file is a warning',
    text: () => doc({ units: [unit()], spaces: [space({ unitId: 'phuong-99' })] }),
    path: 'spaces[0].unitId',
    code: 'unknown-reference',
    vi: '"phuong-99"',
    en: '"phuong-99"',
    severity: 'warning',
  },
  {
    name: 'parts that do not add up are a warning',
    text: () =>
      doc({
        metrics: [
          metric({
            value: 440,
            breakdown: [
              { label: 'Cán bộ công chức', value: 138 },
              { label: 'Giáo viên, y, bác sĩ', value: 124 },
            ],
          }),
        ],
      }),
    path: 'metrics[0].breakdown',
    code: 'breakdown-sum',
    vi: 'cộng lại được 262, khác con số tổng 440',
    en: 'add up to 262, not to the total 440',
    severity: 'warning',
  },
  {
    name: 'a stated figure that the records contradict is a warning with both numbers',
    text: () =>
      doc({
        spaces: [space(), space({ id: 's2' })],
        metrics: [metric({ value: 1, derive: { count: 'spaces', where: { kind: 'religious-site' } } })],
      }),
    path: 'metrics[0].value',
    code: 'derived-mismatch',
    vi: 'số ghi là 1 nhưng đếm trong dữ liệu được 2',
    en: 'the stated number is 1 but the data counts 2',
    severity: 'warning',
  },
  {
    name: 'a pledge that skips a heading of its form is a warning',
    text: () =>
      doc({
        pledgeTemplates: [
          {
            id: 't',
            year: 2017,
            headings: [
              { id: 'tu-tuong', title: 'Tư tưởng' },
              { id: 'dao-duc', title: 'Đạo đức' },
            ],
          },
        ],
        pledges: [
          {
            templateId: 't',
            year: 2017,
            person: { fullName: 'Lê Thị Hoa' },
            commitments: [{ headingId: 'tu-tuong', commitment: 'Học tập' }],
          },
        ],
      }),
    path: 'pledges[0].commitments',
    code: 'missing-commitment',
    vi: '"Đạo đức"',
    en: '"Đạo đức"',
    severity: 'warning',
  },
  // keys that must not reach the data
  {
    name: 'a __proto__ key is dropped with a warning',
    text: () => '{"version": 1, "__proto__": {"polluted": true}}',
    path: '__proto__',
    code: 'unknown-key',
    vi: '"__proto__"',
    en: '"__proto__"',
    severity: 'warning',
  },
  {
    name: 'a constructor key is dropped with a warning',
    text: () => doc({ units: [{ ...unit(), constructor: { prototype: { polluted: true } } }] }),
    path: 'units[0].constructor',
    code: 'unknown-key',
    vi: '"constructor"',
    en: '"constructor"',
    severity: 'warning',
  },
  {
    name: 'a misspelt field gets a suggestion',
    text: () => doc({ metrics: [{ id: 'm1', label: 'Đảng viên', value: 1, vaule: 11368 }] }),
    path: 'metrics[0].vaule',
    code: 'unknown-key',
    vi: 'có phải bạn muốn viết "value"?',
    en: 'did you mean "value"?',
    severity: 'warning',
  },
];
