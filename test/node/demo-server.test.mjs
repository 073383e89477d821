// node --test test/node/: the demo server answers compressed (brotli or gzip, as the browser
// asks), with an ETag per version, and 304 when the browser holds that version: the static
// files and the generated big list (49 MB of JSON, which must never go out uncompressed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemoServer } from '../../demo/server.js';
import { negotiate } from '../../demo/lib/encoded.js';

const root = resolve(import.meta.dirname, '../..');
let server;
let port;

before(async () => {
  server = await startDemoServer({ port: 0, host: '127.0.0.1' });
  port = server.address().port;
});
after(() => server.close());

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function get(path, headers = {}) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const decode = ({ headers, body }) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body)
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body)
      : body;

test('Accept-Encoding: brotli before gzip, q-values respected, nothing when neither is accepted', () => {
  assert.equal(negotiate('gzip, deflate, br, zstd'), 'br');
  assert.equal(negotiate('gzip'), 'gzip');
  assert.equal(negotiate('br;q=0, gzip'), 'gzip');
  assert.equal(negotiate('gzip;q=1, br;q=0.5'), 'gzip');
  assert.equal(negotiate('*'), 'br');
  assert.equal(negotiate('*, br;q=0'), 'gzip');
  assert.equal(negotiate('identity'), undefined);
  assert.equal(negotiate('gzip;q=0'), undefined);
  assert.equal(negotiate(''), undefined);
  assert.equal(negotiate(undefined), undefined);
});

test('a static file goes out in the encoding asked for, the same bytes once decoded', async () => {
  const file = readFileSync(resolve(root, 'demo/portal.css'));
  const br = await get('/portal.css', { 'Accept-Encoding': 'gzip, deflate, br' });
  const gz = await get('/portal.css', { 'Accept-Encoding': 'gzip' });
  const plain = await get('/portal.css');
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(plain.headers['content-encoding'], undefined);
  for (const answer of [br, gz, plain]) {
    assert.deepEqual(decode(answer), file);
    assert.equal(answer.headers.vary, 'Accept-Encoding');
    assert.equal(Number(answer.headers['content-length']), answer.body.length);
    assert.match(answer.headers['cache-control'], /no-cache/);
  }
  assert.ok(br.body.length < file.length / 3, `brotli: ${br.body.length} of ${file.length} bytes`);
  // One ETag per encoding, so a cache never mixes them up.
  assert.equal(new Set([br.headers.etag, gz.headers.etag, plain.headers.etag]).size, 3);
});

test('a browser holding the current version gets 304 without a body, whatever encoding it held', async () => {
  const first = await get('/', { 'Accept-Encoding': 'br' });
  assert.equal(first.status, 200);
  assert.match(first.headers['content-type'], /^text\/html/);
  const again = await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, first.headers.etag);
  const other = await get('/', { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/${first.headers.etag}` });
  assert.equal(other.status, 304);
  const stale = await get('/', { 'Accept-Encoding': 'br', 'If-None-Match': '"something-else"' });
  assert.equal(stale.status, 200);
});

test('a tiny answer goes out as it is: compressing it would save nothing', async () => {
  const health = await get('/api/health', { 'Accept-Encoding': 'br' });
  assert.equal(health.status, 200);
  assert.equal(health.headers['content-encoding'], undefined);
  assert.deepEqual(JSON.parse(health.body.toString()).ok, true);
});

test('the generated big list is compressed once, carries an ETag and answers 304', async () => {
  const first = await get('/api/khen-thuong-mau.json', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(first.status, 200);
  assert.equal(first.headers['content-encoding'], 'br');
  assert.match(first.headers['content-type'], /^application\/json/);
  const text = decode(first);
  const document = JSON.parse(text.toString('utf8'));
  assert.equal(document.commendations.length, 100000);
  assert.equal(document.title, 'Dữ liệu mẫu: 100.000 khen thưởng (sinh tự động)');
  assert.ok(text.length > 40e6, `${text.length} bytes of JSON`);
  assert.ok(first.body.length < 5e6, `${first.body.length} bytes sent for ${text.length}`);
  assert.ok(first.headers.etag);

  const again = await get('/api/khen-thuong-mau.json', {
    'Accept-Encoding': 'gzip, deflate, br',
    'If-None-Match': first.headers.etag,
  });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);

  const gz = await get('/api/khen-thuong-mau.json', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(gz.body.length < 5e6);
  assert.equal(gunzipSync(gz.body).length, text.length);
});

test('a long JSON answer of an API route is compressed too', async () => {
  const { status, headers, body } = await get('/api/pledges', { 'Accept-Encoding': 'gzip' });
  assert.equal(status, 200);
  // The public pledges as a dataset: the Bến Tre templates alone make it several kB.
  assert.equal(headers['content-encoding'], 'gzip');
  // Revalidated on every poll: the ETag turns an unchanged list into a 304.
  assert.equal(headers['cache-control'], 'no-cache');
  assert.match(headers.etag, /^"[\w-]+"$/);
  const text = gunzipSync(body);
  assert.ok(text.length > 1024 && body.length < text.length, `${body.length} bytes for ${text.length}`);
  assert.equal(JSON.parse(text.toString('utf8')).version, 1);
});
