// The pledge receiver (src/receiver/, built into dist/receiver.js) over real HTTP, the same
// suite for both stores: the embedded one (PGlite in a temporary folder) and PostgreSQL (a
// server the harness starts on loopback; `.ci/run` installs it). Registration and replays,
// the registrant's code, the committee's review inside its units only, publication only with
// consent and only public fields, assessment and rating, the derived dataset with ETag, the
// exports, and the safety rules with hostile input.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { csvParseRows } from 'd3-dsv';
import readXlsxFile from 'read-excel-file/node';
import { storesUnderTest, stopStores } from './support/stores.mjs';

const root = resolve(import.meta.dirname, '../..');
const { createReceiver } = await import(resolve(root, 'dist/receiver.js'));
const fixture = resolve(root, 'test/fixtures/ben-tre-2016-2017.json');

/** A Bến Tre 2016 registration: three headings, in the city party committee unless told. */
const pledge = (name, extra = {}) => ({
  templateId: 'ben-tre-2016',
  year: 2016,
  person: { fullName: name, position: 'Chuyên viên' },
  unitId: 'thanh-uy-ben-tre',
  commitments: [
    { headingId: 'tu-tuong', commitment: 'Đọc và làm theo Di chúc của Bác' },
    { headingId: 'dao-duc', commitment: 'Cần, kiệm, liêm, chính trong công việc' },
    { headingId: 'phong-cach', commitment: 'Đúng giờ, gần dân' },
  ],
  public: true,
  ...extra,
});

for (const kind of ['embedded', 'postgres']) {
  describe(`receiver (${kind} store)`, async () => {
    const stores = await storesUnderTest();
    const store = stores[kind];
    if (!store) {
      test(`${kind} store`, { skip: stores.why });
      return;
    }
    let receiver, server, base, folder, dataset;
    const logs = [];

    before(async () => {
      folder = mkdtempSync(join(tmpdir(), `lamtheo-receiver-${kind}-`));
      dataset = join(folder, 'du-lieu.json');
      const data = JSON.parse(readFileSync(fixture, 'utf8'));
      // Member counts, so the share of members who registered is derived.
      data.units.find((u) => u.id === 'thanh-uy-ben-tre').members = 40;
      writeFileSync(dataset, JSON.stringify(data));
      const databaseUrl = await store.fresh?.();
      receiver = await createReceiver({
        data: join(folder, 'dang-ky'),
        databaseUrl,
        dataset,
        allowOrigins: ['https://phuong5.gov.vn'],
        rateLimit: 0, // measured on its own below
        log: (line) => logs.push(line),
      });
      server = createServer((req, res) => receiver.handle(req, res));
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${server.address().port}`;
    });
    after(async () => {
      server?.close();
      await receiver?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    const call = async (method, path, { body, headers = {}, raw } = {}) => {
      const res = await fetch(base + path, {
        method,
        headers: {
          ...(body !== undefined || raw !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
      const type = res.headers.get('content-type') ?? '';
      const json = type.includes('json') ? await res.json() : undefined;
      return { status: res.status, json, headers: res.headers, res };
    };
    const register = (body, key = crypto.randomUUID(), headers = {}) =>
      call('POST', '/api/pledges', { body, headers: { 'Idempotency-Key': key, ...headers } });
    const self = (receipt, code) => ({ Authorization: `Receipt ${receipt}:${code}` });
    const bearer = (token) => ({ Authorization: `Bearer ${token}` });
    const reviewerOf = async (unit) => (await receiver.admin.add(unit)).token;

    test('registers once per Idempotency-Key and gives the same receipt and code to a replay', async () => {
      const key = crypto.randomUUID();
      const first = await register(pledge('Lê Thị Một'), key);
      assert.equal(first.status, 201);
      assert.match(first.json.receipt, /^DK2016-\d{5}$/);
      assert.match(first.json.code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
      const again = await register(pledge('Lê Thị Một'), key);
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, { ...first.json, duplicate: true });
      const other = await register(pledge('Lê Thị Khác'), key);
      assert.equal(other.status, 409);
      assert.match(other.json.errors[0].message, /đã dùng cho một bản đăng ký khác/);
    });

    test('refuses what the contract refuses, worded in the language asked, on the field', async () => {
      assert.equal((await call('POST', '/api/pledges', { body: pledge('A') })).status, 400);
      const text = await call('POST', '/api/pledges', {
        raw: 'x',
        headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'k' },
      });
      assert.equal(text.status, 415);
      const notJson = await call('POST', '/api/pledges', { raw: '{', headers: { 'Idempotency-Key': 'k2' } });
      assert.equal(notJson.status, 400);
      const noTemplate = await register({ ...pledge('A'), templateId: 'khong-co' });
      assert.equal(noTemplate.status, 422);
      assert.equal(noTemplate.json.errors[0].path, 'templateId');
      const unit = await register(pledge('A', { unitId: 'phuong-khong-co' }), undefined, { 'Accept-Language': 'en' });
      assert.equal(unit.status, 422);
      assert.deepEqual(unit.json.errors[0].path, 'unitId');
      assert.match(unit.json.errors[0].message, /no unit "phuong-khong-co"/);
      const blank = await register({ ...pledge('A'), commitments: pledge('A').commitments.slice(0, 2) });
      assert.equal(blank.status, 422);
    });

    test('a filled honeypot is answered like a success and stores nothing', async () => {
      const before = await count();
      const bot = await register({ ...pledge('Bot'), website: 'http://spam.example' });
      assert.equal(bot.status, 201);
      assert.equal(await count(), before);
      assert.equal(
        (await call('GET', '/api/pledges/self', { headers: self(bot.json.receipt, bot.json.code) })).status,
        401,
      );
    });
    const count = async () =>
      Number((await receiver.store.query('select count(*)::int as n from registrations')).rows[0].n);

    test('the chain: returned with a comment, amended, confirmed, published, assessed, rated', async () => {
      const { json: sent } = await register(pledge('Trần Văn Chuỗi'));
      const me = self(sent.receipt, sent.code.toLowerCase().replace(/-/g, ' '));
      const token = await reviewerOf('thanh-uy-ben-tre');

      let view = await call('GET', '/api/pledges/self', { headers: me });
      assert.equal(view.status, 200);
      assert.equal(view.json.status, 'submitted');
      assert.deepEqual(view.json.can, { amend: true, assess: false });

      const noComment = await call('POST', `/api/review/pledges/${sent.receipt}`, {
        body: { action: 'return' },
        headers: bearer(token),
      });
      assert.equal(noComment.status, 422);
      const returned = await call('POST', `/api/review/pledges/${sent.receipt}`, {
        body: { action: 'return', comment: 'Ghi rõ biện pháp cho nội dung đạo đức' },
        headers: bearer(token),
      });
      assert.equal(returned.json.status, 'returned');
      view = await call('GET', '/api/pledges/self', { headers: me });
      assert.equal(view.json.review.comment, 'Ghi rõ biện pháp cho nội dung đạo đức');

      const amended = pledge('Trần Văn Chuỗi');
      amended.commitments[1].measures = 'Mỗi tháng tự kiểm điểm một lần';
      const put = await call('PUT', '/api/pledges/self', { body: amended, headers: me });
      assert.equal(put.status, 200);
      assert.equal(put.json.status, 'submitted');
      assert.equal(put.json.pledge.commitments[1].measures, 'Mỗi tháng tự kiểm điểm một lần');

      const early = await call('PUT', '/api/pledges/self/assessment', { body: { items: [] }, headers: me });
      assert.equal(early.status, 422);
      const unconfirmedPublish = await call('PUT', `/api/review/pledges/${sent.receipt}/public`, {
        body: { public: true },
        headers: bearer(token),
      });
      assert.equal(unconfirmedPublish.status, 409);

      const confirmed = await call('POST', `/api/review/pledges/${sent.receipt}`, {
        body: { action: 'confirm' },
        headers: bearer(token),
      });
      assert.equal(confirmed.json.status, 'confirmed');
      assert.equal((await call('PUT', '/api/pledges/self', { body: amended, headers: me })).status, 409);
      assert.equal(
        (
          await call('POST', `/api/review/pledges/${sent.receipt}`, {
            body: { action: 'confirm' },
            headers: bearer(token),
          })
        ).status,
        409,
      );
      const shown = await call('PUT', `/api/review/pledges/${sent.receipt}/public`, {
        body: { public: true },
        headers: bearer(token),
      });
      assert.equal(shown.json.published, true);
      const listed = (await call('GET', '/api/pledges')).json.pledges.find((p) => p.id === sent.receipt);
      assert.equal(listed.person.fullName, 'Trần Văn Chuỗi');
      assert.equal(listed.confirmedBy.by, 'Thành ủy Bến Tre');

      assert.equal(
        (
          await call('PUT', `/api/review/pledges/${sent.receipt}/rating`, {
            body: { level: 'HTTNV' },
            headers: bearer(token),
          })
        ).status,
        409,
        'no rating before the self-assessment',
      );
      const items = [
        { headingId: 'tu-tuong', result: 'done' },
        { headingId: 'dao-duc', result: 'partly', note: 'Còn hai tháng chưa tự kiểm điểm' },
        { headingId: 'phong-cach', result: 'done' },
      ];
      const missing = await call('PUT', '/api/pledges/self/assessment', {
        body: { items: items.slice(1) },
        headers: me,
      });
      assert.equal(missing.status, 422);
      const wrongResult = await call('PUT', '/api/pledges/self/assessment', {
        body: { items: [...items.slice(1), { headingId: 'tu-tuong', result: 'excellent' }] },
        headers: me,
      });
      assert.equal(wrongResult.json.errors[0].path, 'items[2].result');
      const assessed = await call('PUT', '/api/pledges/self/assessment', { body: { items }, headers: me });
      assert.equal(assessed.json.status, 'assessed');
      assert.equal(assessed.json.assessment.items[1].note, 'Còn hai tháng chưa tự kiểm điểm');

      const badLevel = await call('PUT', `/api/review/pledges/${sent.receipt}/rating`, {
        body: { level: 'XUAT-SAC' },
        headers: bearer(token),
      });
      assert.equal(badLevel.status, 422);
      const rated = await call('PUT', `/api/review/pledges/${sent.receipt}/rating`, {
        body: { level: 'HTTNV' },
        headers: bearer(token),
      });
      assert.equal(rated.json.status, 'rated');
      view = await call('GET', '/api/pledges/self', { headers: me });
      assert.equal(view.json.rating.level, 'HTTNV');
      assert.deepEqual(view.json.can, { amend: false, assess: false });

      // What the public sees of it: the contract's public fields, nothing of the year end.
      const pub = (await call('GET', '/api/pledges')).json.pledges.find((p) => p.id === sent.receipt);
      assert.deepEqual(Object.keys(pub).sort(), [
        'commitments',
        'confirmedBy',
        'id',
        'person',
        'public',
        'submittedAt',
        'templateId',
        'unitId',
        'year',
      ]);
    });

    test('a reviewer sees and changes only the registrations of its unit and the units under it', async () => {
      const city = await reviewerOf('thanh-uy-ben-tre');
      const province = await reviewerOf('tinh-uy-ben-tre');
      const other = await reviewerOf('tinh-ben-tre');
      const { json: inCity } = await register(pledge('Người Thành Ủy'));
      const { json: inProvinceGov } = await register(pledge('Người Tỉnh', { unitId: 'tinh-ben-tre' }));

      const seenBy = async (token) =>
        (await call('GET', '/api/review/pledges', { headers: bearer(token) })).json.pledges.map((p) => p.receipt);
      assert.ok((await seenBy(city)).includes(inCity.receipt));
      assert.ok(!(await seenBy(city)).includes(inProvinceGov.receipt));
      assert.ok((await seenBy(province)).includes(inCity.receipt), 'the province committee sees the city under it');
      assert.ok(!(await seenBy(other)).includes(inCity.receipt));

      for (const [method, path, body] of [
        ['POST', '', { action: 'confirm' }],
        ['POST', '', { action: 'return', comment: 'x' }],
        ['PUT', '/public', { public: true }],
        ['PUT', '/rating', { level: 'HTXSNV' }],
      ]) {
        const answer = await call(method, `/api/review/pledges/${inProvinceGov.receipt}${path}`, {
          body,
          headers: bearer(city),
        });
        assert.equal(answer.status, 404, `${method} ${path}: another unit's registration looks like none`);
      }
      const csv = await (await fetch(`${base}/api/review/export.csv`, { headers: bearer(city) })).text();
      assert.ok(csv.includes(inCity.receipt) && !csv.includes(inProvinceGov.receipt));
      const after = await call('GET', '/api/pledges/self', {
        headers: self(inProvinceGov.receipt, inProvinceGov.code),
      });
      assert.equal(after.json.status, 'submitted', 'nothing changed');
    });

    test('a revoked or made-up token is refused; a wrong code is refused', async () => {
      const { id, token } = await receiver.admin.add('thanh-uy-ben-tre');
      assert.equal(
        (await call('GET', '/api/review/me', { headers: bearer(token) })).json.unit.name,
        'Thành ủy Bến Tre',
      );
      assert.ok(await receiver.admin.revoke(id));
      const revoked = await call('GET', '/api/review/me', { headers: bearer(token) });
      assert.equal(revoked.status, 401);
      assert.match(revoked.json.errors[0].message, /bị thu hồi/);
      assert.equal((await call('GET', '/api/review/pledges', { headers: bearer('lt_made-up') })).status, 401);
      const stored = (await receiver.store.query('select token_hash from reviewers where id = $1', [id])).rows[0];
      assert.notEqual(stored.token_hash, token, 'only the hash is kept');
      const { json } = await register(pledge('Người Có Mã'));
      assert.equal(
        (await call('GET', '/api/pledges/self', { headers: self(json.receipt, 'AAAA-BBBB-CCCC') })).status,
        401,
      );
      assert.equal((await call('GET', '/api/pledges/self', { headers: self('DK2016-99999', json.code) })).status, 401);
    });

    test('publication needs the registrant’s consent', async () => {
      const token = await reviewerOf('thanh-uy-ben-tre');
      const { json } = await register(pledge('Người Không Công Khai', { public: false }));
      await call('POST', `/api/review/pledges/${json.receipt}`, {
        body: { action: 'confirm' },
        headers: bearer(token),
      });
      const shown = await call('PUT', `/api/review/pledges/${json.receipt}/public`, {
        body: { public: true },
        headers: bearer(token),
      });
      assert.equal(shown.status, 409);
      assert.match(shown.json.errors[0].message, /không đồng ý công khai/);
      assert.ok(!(await call('GET', '/api/pledges')).json.pledges.some((p) => p.id === json.receipt));
    });

    test('dataset.json: figures counted from every record, valid for lamtheo, with ETag and 304', async () => {
      const first = await call('GET', '/api/pledges/dataset.json');
      assert.equal(first.status, 200);
      const metric = (doc, id) => doc.metrics.find((m) => m.id === id)?.value;
      const stored = await count();
      const byStatus = Object.fromEntries(
        (
          await receiver.store.query(
            'select status, count(*)::int as n from registrations where year = 2016 group by status',
          )
        ).rows.map((r) => [r.status, Number(r.n)]),
      );
      const in2016 = Object.values(byStatus).reduce((a, b) => a + b, 0);
      assert.equal(in2016, stored);
      // 2017 is the latest template year, so 2016's figures carry the year.
      assert.equal(metric(first.json, 'pledges-registered-2016'), in2016);
      assert.equal(
        metric(first.json, 'pledges-confirmed-2016'),
        (byStatus.confirmed ?? 0) + (byStatus.assessed ?? 0) + (byStatus.rated ?? 0),
      );
      assert.equal(metric(first.json, 'pledges-rated-httnv-2016'), byStatus.rated ?? 0);
      assert.equal(metric(first.json, 'pledges-published-2016'), first.json.pledges.length);
      const share = first.json.metrics.find((m) => m.id === 'pledges-registered-share-2016');
      const inCity = Number(
        (await receiver.store.query("select count(*)::int as n from registrations where unit_id = 'thanh-uy-ben-tre'"))
          .rows[0].n,
      );
      assert.equal(share.value, Math.round((inCity / 40) * 1000) / 10);
      assert.equal(share.kind, 'percent');

      const file = join(folder, 'served.json');
      writeFileSync(file, JSON.stringify(first.json));
      const cli = spawnSync(process.execPath, [resolve(root, 'bin/lamtheo.js'), 'validate', file], {
        encoding: 'utf8',
      });
      assert.equal(cli.status, 0, cli.stdout + cli.stderr);

      const etag = first.headers.get('etag');
      const same = await call('GET', '/api/pledges/dataset.json', { headers: { 'If-None-Match': etag } });
      assert.equal(same.status, 304);
      await register(pledge('Người Mới Đăng Ký'));
      const changed = await call('GET', '/api/pledges/dataset.json', { headers: { 'If-None-Match': etag } });
      assert.equal(changed.status, 200);
      assert.equal(metric(changed.json, 'pledges-registered-2016'), in2016 + 1);
    });

    test('exports: CSV with a BOM and .xlsx with the same rows', async () => {
      const token = await reviewerOf('thanh-uy-ben-tre');
      const csvRes = await fetch(`${base}/api/review/export.csv`, { headers: bearer(token) });
      assert.match(csvRes.headers.get('content-disposition'), /attachment; filename="dang-ky-thanh-uy-ben-tre\.csv"/);
      const bytes = Buffer.from(await csvRes.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = csvParseRows(bytes.toString('utf8').slice(1));
      assert.ok(bytes.toString('utf8').includes('\r\n'), 'rows end with CRLF');
      assert.deepEqual(lines[0].slice(0, 4), ['Số biên nhận', 'Họ và tên', 'Chức vụ', 'Đơn vị']);
      const xlsxRes = await fetch(`${base}/api/review/export.xlsx`, { headers: bearer(token) });
      const sheet = await readXlsxFile(Buffer.from(await xlsxRes.arrayBuffer()));
      const rows = Array.isArray(sheet[0]?.data) ? sheet[0].data : sheet;
      assert.equal(rows.length, lines.length);
      assert.equal(rows[0][0], 'Số biên nhận');
      assert.ok(rows.some((r) => r[1] === 'Trần Văn Chuỗi' && r.at(-1) === 'HTTNV'));
    });

    test('a formula typed as a name reaches the CSV as text', async () => {
      const token = await reviewerOf('thanh-uy-ben-tre');
      await register(pledge('=HYPERLINK("http://evil.example","x")'));
      const csv = await (await fetch(`${base}/api/review/export.csv`, { headers: bearer(token) })).text();
      assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`));
    });

    test('safety: body limit, CORS allow-list, and no personal data in the log', async () => {
      const big = await call('POST', '/api/pledges', {
        raw: JSON.stringify({ ...pledge('X'), pad: 'x'.repeat(70 * 1024) }),
        headers: { 'Idempotency-Key': 'big' },
      }).catch((e) => ({ status: e.cause?.code ?? 'reset' }));
      assert.ok(big.status === 413 || big.status === 'reset' || big.status === 'ECONNRESET', String(big.status));
      const foreign = await register(pledge('Y'), undefined, { Origin: 'https://evil.example' });
      assert.equal(foreign.status, 403);
      const allowed = await register(pledge('Nguyễn Văn Được Phép'), undefined, { Origin: 'https://phuong5.gov.vn' });
      assert.equal(allowed.status, 201);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://phuong5.gov.vn');
      const preflight = await fetch(`${base}/api/pledges`, {
        method: 'OPTIONS',
        headers: { Origin: 'https://phuong5.gov.vn', 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 204);
      assert.match(preflight.headers.get('access-control-allow-headers'), /Idempotency-Key/);

      const text = logs.join('\n');
      assert.ok(logs.length > 20);
      for (const secret of [
        'Trần Văn Chuỗi',
        'Nguyễn Văn Được Phép',
        'Đọc và làm theo',
        allowed.json.code,
        allowed.json.receipt,
        '127.0.0.1',
      ])
        assert.ok(!text.includes(secret), `the log holds ${secret}`);
      assert.match(text, /POST \/api\/pledges 201/);
      assert.match(text, /GET \/api\/review\/pledges\/:receipt|PUT \/api\/review\/pledges\/:receipt\/public/);
    });

    test('hostile bodies, headers and paths get a worded 4xx, never a 5xx or a crash', async () => {
      const token = await reviewerOf('thanh-uy-ben-tre');
      const { json: mine } = await register(pledge('Người Bị Thử'));
      const paths = [
        ['POST', '/api/pledges', { 'Idempotency-Key': 'fuzz' }],
        ['PUT', '/api/pledges/self', self(mine.receipt, mine.code)],
        ['PUT', '/api/pledges/self/assessment', self(mine.receipt, mine.code)],
        ['POST', `/api/review/pledges/${mine.receipt}`, bearer(token)],
        ['PUT', `/api/review/pledges/${mine.receipt}/public`, bearer(token)],
        ['PUT', `/api/review/pledges/${mine.receipt}/rating`, bearer(token)],
        ['GET', '/api/review/pledges?status=%27;drop table registrations;--', bearer(token)],
        ['GET', '/api/pledges/self', { Authorization: "Receipt DK2016-00001':x" }],
        ['GET', '/api/../../etc/passwd', {}],
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.jsonValue(),
          fc.integer({ min: 0, max: 1e6 }),
          async ([method, path, headers], body, n) => {
            const answer = await call(method, path, {
              raw: method === 'GET' ? undefined : JSON.stringify(body),
              headers: { ...headers, 'Idempotency-Key': `fuzz-${n}` },
            });
            assert.ok(answer.status < 500, `${method} ${path} ${JSON.stringify(body)} → ${answer.status}`);
            if (answer.status >= 400) assert.equal(typeof answer.json.errors[0].message, 'string');
          },
        ),
        { numRuns: 150 },
      );
      assert.ok(await count(), 'the table is still there');
    });

    test('the dataset file is read again when it changes; a broken change keeps the last good one', async () => {
      const data = JSON.parse(readFileSync(dataset, 'utf8'));
      const copy = join(folder, 'before.json');
      copyFileSync(dataset, copy);
      data.pledgeTemplates.push({ ...data.pledgeTemplates[0], id: 'ben-tre-2016-bo-sung' });
      writeFileSync(dataset, JSON.stringify(data));
      await new Promise((ok) => setTimeout(ok, 1100));
      const added = await register(pledge('Người Mẫu Mới', { templateId: 'ben-tre-2016-bo-sung' }));
      assert.equal(added.status, 201);
      writeFileSync(dataset, '{ "version": 1, "units": [ ');
      await new Promise((ok) => setTimeout(ok, 1100));
      assert.equal((await register(pledge('Vẫn Nhận'))).status, 201);
      copyFileSync(copy, dataset);
    });

    test('migrations are numbered, applied once, and a later one upgrades a store in use', async () => {
      const { migrate, migrations } = await import(resolve(root, 'dist/receiver.js'));
      const ids = async () =>
        (await receiver.store.query('select id from lamtheo_migrations order by id')).rows.map((r) => Number(r.id));
      assert.deepEqual(await ids(), [1]);
      assert.deepEqual(await migrate(receiver.store), [], 'nothing applied twice');
      const before = await count();
      const next = {
        id: 2,
        name: 'a column for a later release (test)',
        statements: ['alter table registrations add column channel text', "update registrations set channel = 'web'"],
      };
      assert.deepEqual(await migrate(receiver.store, [...migrations, next]), [2]);
      assert.deepEqual(await ids(), [1, 2]);
      const { rows } = await receiver.store.query("select count(*)::int as n from registrations where channel = 'web'");
      assert.equal(Number(rows[0].n), before, 'the records are kept and upgraded');
      // A migration that fails leaves nothing half done.
      const broken = {
        id: 3,
        name: 'broken (test)',
        statements: ['alter table registrations add column x text', 'select * from nowhere'],
      };
      await assert.rejects(migrate(receiver.store, [...migrations, next, broken]));
      assert.deepEqual(await ids(), [1, 2]);
      const columns = await receiver.store.query(
        "select column_name from information_schema.columns where table_name = 'registrations' and column_name = 'x'",
      );
      assert.equal(columns.rows.length, 0);
    });
  });
}

test('the per-client limit: 429 with Retry-After after the limit, per client, 30 a minute by default', async () => {
  const { createReceiver: open, parseReceiverArgs } = await import(resolve(root, 'dist/receiver.js'));
  assert.equal(parseReceiverArgs([]).rateLimit, 30);
  const folder = mkdtempSync(join(tmpdir(), 'lamtheo-receiver-limit-'));
  const receiver = await open({ data: folder, dataset: fixture, rateLimit: 3, trustProxy: true });
  const server = createServer((req, res) => receiver.handle(req, res));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const post = (client) =>
      fetch(`http://127.0.0.1:${server.address().port}/api/pledges`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID(),
          'X-Forwarded-For': client,
        },
        body: JSON.stringify(pledge(`Người ${client}`)),
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post('198.51.100.7')).status);
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const refused = await post('198.51.100.7');
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    assert.match((await refused.json()).errors[0].message, /quá nhiều lần/);
    assert.equal((await post('203.0.113.9')).status, 201, 'another client is not held back');
  } finally {
    server.close();
    await receiver.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

after(() => stopStores());
