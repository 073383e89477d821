// Screenshots of the demo portal for the README: docs/demo.png (desktop) and docs/demo-phone.png
// (390×844). `node scripts/demo-screenshots.js [url] [--out=.tmp]`: without a url it starts the
// demo server on a free port; --out writes the two files into another folder (to look at a
// change without touching docs/). Needs dist/ (npm run build) and Chromium (scripts/chrome.js).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath, installHint } from './chrome.js';
import { startDemoServer } from '../demo/server.js';

const args = process.argv.slice(2);
const outArg = args.find((arg) => arg.startsWith('--out='));
const docs = outArg ? resolve(outArg.slice('--out='.length)) : resolve(import.meta.dirname, '../docs');
const urlArg = args.find((arg) => !arg.startsWith('--'));
const executablePath = chromePath();
if (!executablePath) throw new Error(installHint);

const server = urlArg ? undefined : await startDemoServer({ port: 0, host: '127.0.0.1' });
const url = urlArg ?? `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath, args: chromeFlags });
try {
  mkdirSync(docs, { recursive: true });
  for (const [name, viewport] of [
    ['demo.png', { width: 1280, height: 1100 }],
    ['demo-phone.png', { width: 390, height: 844 }],
  ]) {
    const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
    await page.goto(url);
    // Every widget in the first screen has its content (those further down may still load).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('lamtheo-counter, lamtheo-counter-grid')].every((el) =>
        /^(ready|error|empty)$/.test(el.state),
      ),
    );
    await page.screenshot({ path: resolve(docs, name) });
    console.log(`✓ ${resolve(docs, name)}`);
    await page.close();
  }
} finally {
  await browser.close();
  server?.close();
}
