// node --test test/node/: the studio page, served by the demo at /studio/ and built into
// dist/studio/ with a relative script so that a portal can host the folder beside lamtheo.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../../demo/server.js';
import { studioPage } from '../../scripts/studio-page.js';

let server;
let base;
before(async () => {
  server = await startDemoServer({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

test('npm start serves the studio at /studio/ with the library it serves, in Vietnamese and English', async () => {
  const vi = await fetch(`${base}/studio/`);
  assert.equal(vi.status, 200);
  assert.match(vi.headers.get('content-type'), /^text\/html; charset=utf-8/);
  const html = await vi.text();
  assert.match(html, /<html lang="vi">/);
  assert.match(html, /<script type="module" src="\/dist\/lamtheo\.js"><\/script>/);
  assert.match(html, /<lamtheo-studio ward-files="\/dist\/geo\/"><\/lamtheo-studio>/);
  const en = await (await fetch(`${base}/studio/en.html`)).text();
  assert.match(en, /<html lang="en">/);
  // The ward maps the spaces tab offers are there, as GeoJSON.
  const ward = await fetch(`${base}/dist/geo/quan-11.geojson`);
  assert.equal(ward.status, 200);
  assert.equal((await ward.json()).type, 'FeatureCollection');
});

test('the page built into dist/studio/ loads ../lamtheo.js relatively and has no inline script', () => {
  const html = studioPage('../lamtheo.js');
  assert.match(html, /<script type="module" src="\.\.\/lamtheo\.js"><\/script>/);
  assert.match(html, /<lamtheo-studio ward-files="\.\.\/geo\/">/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(html, /style=/);
});
