// node --test test/node/: the demo portal in headless Chromium (playwright-core), as a visitor
// meets it: the 49 MB generated list is not downloaded until its <details> is opened (then
// compressed), each commendation table sits in its own section under its own heading, and no
// developer note or fixture typo reaches the page. Needs dist/ (npm test builds it first).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from '../../scripts/chrome.js';
import { startDemoServer } from '../../demo/server.js';

const root = resolve(import.meta.dirname, '../..');
const skip = !existsSync(resolve(root, 'dist/lamtheo.js'))
  ? 'dist/ is missing (npm run build)'
  : !chromePath()
    ? 'no Chromium'
    : false;
const bigList = '/api/khen-thuong-mau.json';

let server;
let browser;
let origin;

before(async () => {
  if (skip) return;
  server = await startDemoServer({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeFlags });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A page of the demo and every URL path it has requested so far. */
async function open(width, hash = '') {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/${hash}`);
  await page.waitForFunction(
    () =>
      ['khen-thuong-tan-binh', 'khen-thuong-go-vap'].every((id) => document.getElementById(id)?.state === 'ready') &&
      [...document.querySelectorAll('lamtheo-counter, lamtheo-counter-grid')].every((el) => el.state === 'ready'),
    null,
    { timeout: 30000 },
  );
  return { page, requested };
}

test('the big list is fetched only when its details opens, and arrives compressed', { skip }, async () => {
  const { page, requested } = await open(1280);
  try {
    // Every other widget has its data; the big list has asked for nothing.
    await page.waitForTimeout(500);
    assert.ok(requested.includes('/data/go-vap-2007-2011.json'));
    assert.ok(!requested.includes(bigList), `requested: ${requested.join(' ')}`);
    assert.equal(await page.locator('#khen-thuong-lon').getAttribute('src'), null);

    const response = page.waitForResponse((r) => new URL(r.url()).pathname === bigList, { timeout: 30000 });
    await page.locator('#danh-sach-lon > summary').click();
    const answer = await response;
    assert.equal(answer.status(), 200);
    assert.match((await answer.allHeaders())['content-encoding'] ?? '', /^(br|gzip)$/);
    assert.ok(Number((await answer.allHeaders())['content-length']) < 5e6);
    // Its first records are shown (the rest is checked in slices).
    await page.waitForFunction(
      () => /Tìm kiếm/.test(document.getElementById('khen-thuong-lon')?.shadowRoot?.textContent ?? ''),
      null,
      { timeout: 60000 },
    );
    // Closing and opening again does not download it twice.
    await page.locator('#danh-sach-lon > summary').click();
    await page.locator('#danh-sach-lon > summary').click();
    await page.waitForTimeout(300);
    assert.equal(requested.filter((path) => path === bigList).length, 1);
  } finally {
    await page.close();
  }
});

test('a link to a view of the big list opens it', { skip }, async () => {
  const { page, requested } = await open(1280, '#lamtheo-khen-thuong-lon=q%3Dnguyen');
  try {
    assert.equal(await page.locator('#danh-sach-lon').evaluate((d) => d.open), true);
    await page.waitForFunction(() => document.getElementById('khen-thuong-lon')?.getAttribute('src'));
    await page.waitForTimeout(300);
    assert.ok(requested.includes(bigList));
  } finally {
    await page.close();
  }
});

for (const width of [375, 1280]) {
  test(`at ${width} px the Gò Vấp table has its own heading, apart from the Tân Bình table`, { skip }, async () => {
    const { page } = await open(width);
    try {
      const box = (selector) => page.locator(selector).boundingBox();
      const tanBinh = await box('#khen-thuong-tan-binh');
      const heading = await box('#kt-go-vap');
      const goVap = await box('#khen-thuong-go-vap');
      assert.equal(await page.locator('#kt-go-vap').evaluate((h) => h.tagName), 'H3');
      assert.match(await page.locator('#kt-go-vap').innerText(), /Gò Vấp/);
      const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      // The heading sits between the two tables, with at least two lines' worth of space above it.
      assert.ok(
        heading.y - (tanBinh.y + tanBinh.height) >= 2 * fontSize,
        `${heading.y} vs ${tanBinh.y + tanBinh.height}`,
      );
      assert.ok(goVap.y > heading.y + heading.height);
      // The Gò Vấp table is named by its section's heading.
      const name = await page
        .locator('#khen-thuong-go-vap')
        .evaluate((el) => document.getElementById(el.closest('section').getAttribute('aria-labelledby')).textContent);
      assert.match(name, /Gò Vấp/);
      // Nothing wider than the page.
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    } finally {
      await page.close();
    }
  });
}

test('visitors read no developer note and no fixture typo, even in the opened source notes', { skip }, async () => {
  const { page } = await open(1280);
  try {
    const text = await page.evaluate(() => {
      const parts = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.tagName === 'DETAILS') el.open = true;
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const collect = (node) => {
        parts.push(node.textContent ?? '');
        for (const el of node.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
      };
      collect(document.body);
      return parts.join('\n');
    });
    assert.match(text, /Ban Tuyên giáo Quận ủy Tân Bình/);
    for (const wrong of ['kiểm thử', 'lãm theo', '””', '“”']) assert.ok(!text.includes(wrong), wrong);
  } finally {
    await page.close();
  }
});
