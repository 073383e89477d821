// npm run test:stories: opens every story of the built Storybook (storybook-static/) in
// Chromium and fails when a story throws, logs an error, or shows no lamtheo widget.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, chromeFlags } from './chrome.js';

const root = resolve(import.meta.dirname, '../storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeFlags });
const failures = [];
// Stories that show an error or a network failure on purpose log it; that is not a failure.
const expectedLog = /\[lamtheo\]|Failed to load resource|net::ERR|Lit is in dev mode/;

for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedLog.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  try {
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
          el.localName.startsWith('lamtheo-'),
        );
        return (
          widgets.length > 0 &&
          widgets.every((el) => el.localName === 'lamtheo-dataset' || el.shadowRoot?.childElementCount)
        );
      },
      null,
      { timeout: 10000 },
    );
    await page.waitForTimeout(300);
    // A "Loading" story must still be loading (its source never answers).
    if (story.id.endsWith('--loading')) {
      const states = await page.$$eval('#storybook-root *', (els) =>
        els.filter((el) => el.localName.startsWith('lamtheo-')).map((el) => el.getAttribute('state')),
      );
      if (!states.every((state) => state === 'loading')) problems.push(`not loading: ${states.join(', ')}`);
    }
  } catch {
    problems.push('no lamtheo widget rendered within 10 s');
  }
  if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
  await page.close();
}
await browser.close();
server.close();
console.log(`${stories.length} stories opened, ${failures.length} with problems`);
for (const failure of failures) console.log(`  ✗ ${failure}`);
process.exit(failures.length ? 1 : 0);
