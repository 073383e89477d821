// npm run screens: a screenshot of every widget in every cell of the condition matrix, to look at
// before a change lands (issue 12). Writes .tmp/screens/ (ignored by git):
//   .tmp/screens/<cell>/<widget>.png   e.g. 375-os-dark-200-vi/table-go-vap.png
//   .tmp/screens/<cell>/page.png       the whole page of that cell
//   .tmp/screens/index.html            a contact sheet: one row per widget, one column per cell
//
// The same cells (test/matrix/cells.js) and the same page (test/pages/matrix.html) as the
// matrix test in `npm test`. No build is needed: the page loads src/ through @web/dev-server
// with the test runner's own plugins and middleware (web-test-runner.config.js), as the tests do.
//
//   npm run screens                 the 15 cells of the tests
//   npm run screens -- --full       all 60 cells of the full product
//   npm run screens -- --only 375-os-dark-200-vi,1280-light-100-en
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath, installHint } from './chrome.js';
import config from '../web-test-runner.config.js';
import { cellName, cellsFor, mediaFeatures, pageUrl, schemes, widgets } from '../test/matrix/cells.js';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, '.tmp/screens');
const executablePath = chromePath();
if (!executablePath) throw new Error(installHint);

const argv = process.argv.slice(2);
const cells = cellsFor(
  argv.includes('--full') ? 'full' : argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '',
);

const server = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: config.nodeResolve,
    plugins: config.plugins,
    middleware: config.middleware,
  },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await chromium.launch({ executablePath, args: chromeFlags });
const started = performance.now();
const shot = (path) => resolve(out, path);

try {
  rmSync(out, { recursive: true, force: true });
  for (const cell of cells) {
    const name = cellName(cell);
    mkdirSync(shot(name), { recursive: true });
    const scheme = schemes[cell.scheme];
    const context = await browser.newContext({
      viewport: { width: cell.width, height: 900 },
      colorScheme: scheme.os,
      forcedColors: scheme.forced ? 'active' : 'none',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const features = Object.fromEntries(mediaFeatures(cell).map(({ name, value }) => [name, value]));
    await page.goto(origin + pageUrl(cell));
    // The emulation must be what the cell says (as the test checks).
    const emulated = await page.evaluate(() => ({
      'prefers-color-scheme': matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      'forced-colors': matchMedia('(forced-colors: active)').matches ? 'active' : 'none',
    }));
    for (const key of Object.keys(emulated))
      if (emulated[key] !== features[key]) throw new Error(`${name}: ${key} is ${emulated[key]}, not ${features[key]}`);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#widgets > .slot > *:last-child')].every((el) =>
          ['ready', 'stale', 'empty', 'error'].includes(el.getAttribute('state') ?? ''),
        ),
      undefined,
      { timeout: 30000 },
    );
    for (const widget of widgets) {
      const slot = page.locator(`.slot[data-widget="${widget.id}"]`);
      await slot.scrollIntoViewIfNeeded();
      await page.waitForTimeout(80);
      await slot.screenshot({ path: shot(`${name}/${widget.id}.png`) });
    }
    await page.screenshot({ path: shot(`${name}/page.png`), fullPage: true });
    await context.close();
    console.log(`✓ ${name}`);
  }
  writeFileSync(shot('index.html'), contactSheet(cells));
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  console.log(`${cells.length} cells × ${widgets.length} widgets in ${seconds} s: .tmp/screens/index.html`);
} finally {
  await browser.close();
  await server.stop();
}

function contactSheet(list) {
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const head = list.map((cell) => `<th scope="col"><a href="${cellName(cell)}/page.png">${cellName(cell)}</a></th>`);
  const rows = widgets.map((widget) => {
    const images = list.map((cell) => {
      const path = `${cellName(cell)}/${widget.id}.png`;
      return `<td><a href="${path}"><img loading="lazy" src="${path}" alt="${escape(widget.id)} in ${cellName(cell)}"></a></td>`;
    });
    return `<tr><th scope="row">${escape(widget.family)}<br><small>${escape(widget.fixture)}</small></th>${images.join('')}</tr>`;
  });
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>lamtheo: the condition matrix</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 1rem; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #ccc; padding: 4px; vertical-align: top; }
  thead th { position: sticky; top: 0; background: #fff; font-size: 12px; }
  tbody th { position: sticky; left: 0; background: #fff; text-align: left; min-width: 10em; }
  img { width: 220px; display: block; }
</style>
<h1>The condition matrix</h1>
<p>Cells: width-scheme-text-lang (test/matrix/cells.js). Scheme: <b>light</b> light portal, OS light;
<b>os-dark</b> light portal, OS dark; <b>dark-portal</b> a portal with <code>color-scheme: dark</code>, OS dark; <b>dark-portal-os-light</b> the same, OS light;
<b>forced</b> <code>forced-colors: active</code>. Lang <b>mixed</b>: a Vietnamese page with the first counter in English.
Click a cell's name for its whole page, an image for its full size.</p>
<table>
<thead><tr><th></th>${head.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
`;
}
