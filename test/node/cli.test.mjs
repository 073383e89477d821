// node --test test/node/: `lamtheo validate` end to end, as a user runs it: bin/lamtheo.js
// importing a freshly built dist/cli.js, exit codes 0 / 1 / 2, messages with file:line:column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'lamtheo-cli-'));
mkdirSync(join(temp, 'bin'));
copyFileSync(join(root, 'bin/lamtheo.js'), join(temp, 'bin/lamtheo.js'));
execFileSync(process.execPath, ['scripts/build-cli.js'], {
  cwd: root,
  env: { ...process.env, LAMTHEO_DIST: join(temp, 'dist') },
});
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));

const lamtheo = (...args) => {
  const r = spawnSync(process.execPath, [join(temp, 'bin/lamtheo.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const file = (name, text) => {
  const path = join(temp, name);
  writeFileSync(path, text);
  return path;
};

test('every fixture passes, with the Quận 11 warnings, and the exit code is 0', () => {
  const r = lamtheo('validate', 'test/fixtures/*.json');
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /test\/fixtures\/tan-binh-2017\.json: hợp lệ/);
  assert.match(
    r.out,
    /quan-11-2022\.json:\d+:\d+ {2}cảnh báo {2}metrics\[3\]\.value: số ghi là 4 nhưng đếm trong dữ liệu được 5/,
  );
  assert.match(r.out, /Đã kiểm tra 5 tệp: không có lỗi, 3 cảnh báo\./);
});

test('an impossible date exits 1 and points at its line, column and path in Vietnamese', () => {
  const path = file(
    'sai-ngay.json',
    '{\n  "version": 1,\n  "commendations": [\n    {\n      "id": "c1",\n      "recipient": { "kind": "individual", "name": "Nguyễn Văn An" },\n      "form": "giay-khen", "line": "state", "issuer": { "name": "UBND Phường 3" },\n      "decision": { "number": "1436/QĐ-UBND", "date": "2019-02-31" }\n    }\n  ]\n}\n',
  );
  const r = lamtheo('validate', path);
  assert.equal(r.code, 1);
  assert.ok(
    r.out.includes(`${path}:8:55  lỗi  commendations[0].decision.date: ngày không hợp lệ: "2019-02-31"`),
    r.out,
  );
});

test('each problem comes with its fix: the typo, the number, the year, 31 February, the missing line', () => {
  const text = [
    '{',
    '  "version": 1,',
    '  "metrics": [',
    '    { "id": "a", "label": "Đảng viên", "value": 11368, "qualifer": "more-than" },',
    '    { "id": "b", "label": "Chi bộ", "value": "11.368", "period": { "type": "year", "year": "2023" } }',
    '  ],',
    '  "commendations": [',
    '    { "id": "c1", "recipient": { "kind": "individual", "name": "An" }, "form": "giay-khen",',
    '      "issuer": { "name": "UBND" }, "decision": { "number": "1/QĐ", "date": "31/02/2017" } }',
    '  ]',
    '}',
  ].join('\n');
  const path = file('sua.json', text);
  const vi = lamtheo('validate', path);
  assert.equal(vi.code, 1);
  for (const line of [
    `${path}:5:46  lỗi  metrics[1].value: phải là một con số, nhưng đang là chữ "11.368"; hãy viết 11368, không có dấu ngoặc kép: dấu chấm ở đây là dấu phân cách hàng nghìn`,
    `${path}:5:92  lỗi  metrics[1].period.year: phải là một con số, nhưng đang là chữ "2023"; hãy viết 2023, không có dấu ngoặc kép`,
    `${path}:8:5  lỗi  commendations[0].line: thiếu trường bắt buộc "line"; hãy ghi một trong: party (khối Đảng), state (khối chính quyền, Nhà nước), mass-organisation (Mặt trận, đoàn thể)`,
    `${path}:9:77  lỗi  commendations[0].decision.date: ngày không hợp lệ: "31/02/2017" — ngày 31 tháng 2 năm 2017 không có: tháng 2 năm 2017 chỉ có 28 ngày; hãy viết theo dạng năm-tháng-ngày, ví dụ 2017-02-28`,
  ])
    assert.ok(vi.out.includes(line), `${line}\n---\n${vi.out}`);
  const en = lamtheo('validate', '--lang', 'en', path);
  assert.ok(en.out.includes('write 11368, without quotes: the dot here separates thousands'), en.out);
  assert.ok(en.out.includes('31 February 2017 does not exist: February 2017 has only 28 days'), en.out);
  // Once the errors are fixed, the typo is the one warning left, at its name, with the name meant.
  const fixed = text
    .replace('"11.368"', '11368')
    .replace('"2023"', '2023')
    .replace('"31/02/2017"', '"2017-02-28"')
    .replace('"form": "giay-khen",', '"form": "giay-khen", "line": "state",');
  const warned = lamtheo('validate', file('sua-xong.json', fixed));
  assert.equal(warned.code, 0, warned.out);
  assert.match(
    warned.out,
    /sua-xong\.json:4:56 {2}cảnh báo {2}metrics\[0\]\.qualifer: lamtheo không dùng trường "qualifer" và bỏ qua nó; có phải bạn muốn viết "qualifier"\?/,
  );
});

test('--lang en prints the same places in English', () => {
  const r = lamtheo('validate', '--lang', 'en', file('v99.json', '{"version": 99}'));
  assert.equal(r.code, 1);
  assert.match(r.out, /v99\.json:1:13 {2}error {2}version: version 99 is not supported yet; lamtheo reads version 1/);
});

test('warnings alone exit 0', () => {
  const r = lamtheo('validate', file('bom.json', '\uFEFF{"version": 1}'));
  assert.equal(r.code, 0);
  assert.match(r.out, /hợp lệ, 1 cảnh báo/);
});

test('invalid JSON exits 1 with the line and column of the mistake', () => {
  const r = lamtheo('validate', file('phay.json', '{\n  "version": 1\n  "units": []\n}'));
  assert.equal(r.code, 1);
  assert.match(r.out, /phay\.json:3:3 {2}lỗi {2}JSON không hợp lệ ở dòng 3, cột 3: thiếu dấu phẩy giữa hai mục/);
});

test('a missing file exits 2', () => {
  const r = lamtheo('validate', join(temp, 'khong-co.json'));
  assert.equal(r.code, 2);
  assert.match(r.out, /không tìm thấy tệp/);
});

test('a file that is not UTF-8 exits 2, even beside valid files', () => {
  const latin1 = file('latin1.json', Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
  const r = lamtheo('validate', latin1, 'test/fixtures/tan-binh-2017.json');
  assert.equal(r.code, 2);
  assert.match(r.out, /không phải văn bản UTF-8/);
});

test('a pattern that matches nothing exits 2', () => {
  const r = lamtheo('validate', 'khong-co-thu-muc/*.json');
  assert.equal(r.code, 2);
  assert.match(r.err, /không có tệp nào khớp/);
});

test('--json prints results a program can read', () => {
  const r = lamtheo('validate', '--json', 'test/fixtures/quan-11-2022.json');
  const [report] = JSON.parse(r.out);
  assert.equal(report.file, 'test/fixtures/quan-11-2022.json');
  assert.deepEqual(report.warnings.map((w) => w.code).sort(), [
    'derived-mismatch',
    'space-without-location',
    'space-without-location',
  ]);
});

test('no command prints the usage and exits 2; --help exits 0', () => {
  assert.equal(lamtheo().code, 2);
  const help = lamtheo('--help', '--lang', 'en');
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: lamtheo validate/);
});

test('without dist/cli.js the command says to build first', () => {
  const bare = mkdtempSync(join(tmpdir(), 'lamtheo-bare-'));
  mkdirSync(join(bare, 'bin'));
  copyFileSync(join(root, 'bin/lamtheo.js'), join(bare, 'bin/lamtheo.js'));
  const r = spawnSync(process.execPath, [join(bare, 'bin/lamtheo.js'), 'validate', 'x.json'], { encoding: 'utf8' });
  rmSync(bare, { recursive: true, force: true });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /chạy "npm run build" trước/);
});
