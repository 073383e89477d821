// A visitor on a slow link: each one-widget page of bench/pages (the one tag, an element, its
// data) opened in Chromium with the network slowed down by the DevTools protocol, timed from
// navigation until every lamtheo widget is ready. Bytes and round trips both count here: a
// chunk the page discovers only after another has arrived costs a whole round trip.
// Run after a build: node bench/slow-link.js [--latency 300] [--kbps 1600] [--runs 3]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromePath, chromeFlags } from '../scripts/chrome.js';
import { startServer } from './lib/server.js';
import { slowLink } from './lib/tools.js';

const { values: args } = parseArgs({
  options: { latency: { type: 'string' }, kbps: { type: 'string' }, runs: { type: 'string' } },
});
const latency = Number(args.latency ?? 300);
const bytesPerSecond = (Number(args.kbps ?? 1600) * 1000) / 8;
const runs = Number(args.runs ?? 3);
const pages = ['counter-only.html', 'counter-src.html', 'spaces-only.html'];

/** In the page: every lamtheo widget is defined and ready (the map with its wards drawn). */
function allReady() {
  const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('lamtheo-'));
  return (
    widgets.length > 0 &&
    widgets.every((w) => w.state === 'ready') &&
    widgets.every((w) => w.localName !== 'lamtheo-space-map' || w.shadowRoot.querySelector('path.ward[d^="M"]')) &&
    performance.now()
  );
}

const server = await startServer(new URL('..', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeFlags });
console.log(`| page | ready after (median of ${runs}; ${latency} ms latency, ${bytesPerSecond / 125} kbit/s) |`);
console.log('| --- | --- |');
try {
  for (const name of pages) {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await slowLink(cdp, { latency, bytesPerSecond });
      await page.goto(`${server.origin}/bench/pages/${name}`);
      const handle = await page.waitForFunction(allReady, undefined, { timeout: 60_000, polling: 20 });
      times.push(await handle.jsonValue());
      await context.close();
    }
    times.sort((a, b) => a - b);
    console.log(`| \`bench/pages/${name}\` | ${Math.round(times[Math.floor(times.length / 2)])} ms |`);
  }
} finally {
  await browser.close();
  await server.close();
}
