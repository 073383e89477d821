// A visitor on a slow phone: a demo-like ward portal page (two counters, a counter grid, a
// commendation table and a map, data from the fixtures) at 375 px, CPU slowed 4×, 400 ms latency
// and 400 kbit/s (Chromium's DevTools emulation). lamtheo's page (the one tag) against the same
// page written with CountUp.js, Grid.js and Leaflet (bench/pages/slow-phone/). Each page is opened
// twice: once left at its top, once scrolled at once to the figures (the visitor who follows a link
// to them), both measured until every widget shows its final content.
// bench/slow-link.js times one-widget pages on a faster link; this one is the phone.

import { slowLink } from '../lib/tools.js';

const latency = 400;
const bytesPerSecond = (400 * 1000) / 8;

/** Before the page's own scripts: layout shifts, long tasks, and when each widget is done. */
function observe() {
  const record = (window.__phone = { shift: 0, shifts: 0, longest: 0, ready: {} });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (!entry.hadRecentInput) {
        record.shift += entry.value;
        record.shifts++;
      }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const poll = () => {
    for (const [id, done] of Object.entries(window.benchWidgets ?? {}))
      if (record.ready[id] === undefined && done()) record.ready[id] = performance.now();
    setTimeout(poll, 20);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') record.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  poll();
  if (location.hash === '#scrolled')
    document.addEventListener('DOMContentLoaded', () => document.getElementById('grid').scrollIntoView());
}

async function prepare(page, cdp) {
  await page.addInitScript(observe);
  await slowLink(cdp, { latency, bytesPerSecond, cpu: 4 });
}

/** In the page: every widget is done; then the record. */
function finished() {
  const ids = Object.keys(window.benchWidgets ?? {});
  const record = window.__phone;
  return ids.length > 0 && ids.every((id) => record.ready[id] !== undefined) && record;
}

async function settled(page, tools) {
  await tools.until(page, finished, undefined, { timeout: 90_000, polling: 100 });
  // Late shifts (a count-up, a map fitting itself) come within a second of the last widget.
  await page.waitForTimeout(1500);
  return page.evaluate(() => window.__phone);
}

async function measure(page, tools) {
  const top = await settled(page, tools);
  await page.goto(`${page.url().split('#')[0]}#scrolled`, { waitUntil: 'load', timeout: 90_000 });
  await page.reload({ waitUntil: 'load', timeout: 90_000 });
  const scrolled = await settled(page, tools);
  const counters = Math.max(top.ready['counter-1'], top.ready['counter-2']);
  const paint = (record) => record.firstPaint;
  return {
    firstPaintMs: paint(top),
    countersMs: counters,
    gridMs: top.ready.grid,
    tableMs: top.ready.table,
    mapMs: top.ready.map,
    layoutShift: top.shift,
    layoutShiftScrolled: scrolled.shift,
    longestTaskMs: Math.max(top.longest, scrolled.longest),
  };
}

export default {
  name: 'slow-phone',
  runs: 3,
  timeoutMs: 240_000,
  viewport: { width: 375, height: 740 },
  prepare,
  description:
    'A ward portal page at 375 × 740 px, CPU ×4, 400 ms latency, 400 kbit/s, no HTTP compression (bench/lib/server.js): two counters, a grid of four figures, the Gò Vấp commendation table and the Quận 11 map, data from test/fixtures. lamtheo: the one tag in the head (render-blocking, 770 B gzip). Peers: the same page with CountUp.js 2, Grid.js and Leaflet 1.9, each fetching its data in the page’s script, each with its defaults (CountUp.js: Vietnamese separators and lamtheo’s 1.2 s count-up). Times from navigation until each widget shows its final content (the map: its wards drawn); layout shift summed over the whole load (PerformanceObserver), left at the top and scrolled at once to the figures; the longest main-thread task of both loads.',
  contenders: [
    { name: 'lamtheo', page: 'bench/pages/slow-phone/lamtheo.html', measure },
    { name: 'CountUp + Grid.js + Leaflet', page: 'bench/pages/slow-phone/peers.html', measure },
  ],
  labels: {
    firstPaintMs: 'first contentful paint',
    countersMs: 'both counters show their figure',
    gridMs: 'the grid of figures',
    tableMs: 'the commendation table',
    mapMs: 'the map',
    layoutShift: 'layout shift, page left at its top',
    layoutShiftScrolled: 'layout shift, scrolled to the figures while loading',
    longestTaskMs: 'longest main-thread task',
  },
  // "0.00": what rounds to it (a browser reports sub-pixel shifts as tiny fractions).
  targets: {
    layoutShift: { max: 0.004 },
    layoutShiftScrolled: { max: 0.004 },
  },
};
