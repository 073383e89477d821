// One benchmark run: a fresh browser context and page, a DevTools session, a record of
// every JavaScript file the page downloads, and the measuring tools given to scenarios.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

/**
 * Files under /bench/ are the harness's own page helpers, and dist/generate.js makes the same
 * seeded data for every contender before the clock: they are never counted.
 */
const harnessPath = /^\/bench\/|^\/dist\/generate\.js$/;

const isJavaScript = (response) =>
  response.request().resourceType() === 'script' ||
  /javascript|ecmascript/.test(response.headers()['content-type'] ?? '');

/**
 * Records the JavaScript responses of a page: path, raw bytes and gzip -9 bytes of each. The
 * bodies are fetched and compressed only when asked for (after the timed steps): doing it as
 * each file arrives would take CPU from the page on a small machine while it is being timed.
 */
function recordJavaScript(page) {
  const responses = [];
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() !== 200 || !isJavaScript(response) || harnessPath.test(pathname)) return;
    responses.push({ pathname, response });
  });
  const sized = new Map();
  const size = ({ pathname, response }) =>
    response.body().then(
      (body) => ({ path: pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
      (error) => ({ path: pathname, bytes: 0, gzip: 0, error: String(error.message ?? error) }),
    );
  return () =>
    Promise.all(
      responses.map((entry) => {
        if (!sized.has(entry)) sized.set(entry, size(entry));
        return sized.get(entry);
      }),
    );
}

/** In the page: starts a requestAnimationFrame loop; resolves once two frames were seen. */
function startFrames() {
  return new Promise((resolve) => {
    const frames = (window.__benchFrames = { times: [], stop: undefined });
    const loop = (time) => {
      frames.times.push(time);
      if (frames.stop) return frames.stop();
      if (frames.times.length === 2) resolve();
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

/** In the page: lets one more frame be recorded, stops, and gives the largest gap in ms. */
function stopFrames() {
  return new Promise((resolve) => {
    const frames = window.__benchFrames;
    frames.stop = () => {
      let longest = 0;
      for (let i = 1; i < frames.times.length; i++) longest = Math.max(longest, frames.times[i] - frames.times[i - 1]);
      resolve(longest);
    };
  });
}

/**
 * Opens a run: `{ page, tools, files(), errors, close() }`. Durations are measured in thread
 * time (CPU time of the page's main thread) by default, which other processes on a busy
 * machine disturb far less than wall time; `timeDomain: 'timeTicks'` gives wall time.
 */
/**
 * A slow link (and, with `cpu`, a slow phone) through the DevTools protocol: no cache, `latency`
 * ms each way, `bytesPerSecond` both ways, the CPU `cpu` times slower.
 */
export async function slowLink(cdp, { latency, bytesPerSecond, cpu }) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
}

export async function openRun(browser, { viewport = { width: 1280, height: 800 }, timeDomain = 'threadTicks' } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain });
  const files = recordJavaScript(page);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // "Failed to load resource" says no URL: failed responses are recorded below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );

  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  // Before a clock starts on a page that has just built its data: a frame, then a second for
  // the work the setup leaves behind (collecting its garbage, compiling in the background).
  // Measured on the map page, a render started 150 ms after its setup took 1.6× as long as one
  // started 800 ms after; every contender gets the same wait.
  const quiet = async () => {
    await settle();
    await page.waitForTimeout(1000);
  };
  // Until the page has run what it left for idle time (requestIdleCallback runs in order).
  const idle = () => page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(), { timeout: 5000 })));
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map(({ name, value }) => [name, value]));
  };

  // Timed steps force a garbage collection first, but not when nested in another timed step
  // (the collection would then be counted in the outer step).
  let depth = 0;
  const timed = async (step) => {
    if (depth === 0) await gc();
    depth++;
    try {
      return await step();
    } finally {
      depth--;
    }
  };

  const tools = {
    gc,
    settle,
    quiet,
    idle,
    /** gzip -9 bytes of all JavaScript downloaded so far (harness files under /bench/ excluded). */
    jsBytes: async () => (await files()).reduce((sum, file) => sum + file.gzip, 0),
    /** The JavaScript files downloaded so far: `[{ path, bytes, gzip }]`. */
    jsFiles: files,
    /** JS heap in use after a forced garbage collection, in MB (10^6 bytes). */
    heapMB: async () => {
      await gc();
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize / 1e6;
    },
    /**
     * Main-thread time spent while `action` runs and until the page settles (one frame and
     * the next task): `{ taskMs, layoutMs, styleMs, scriptMs, wallMs }`.
     */
    mainThreadTime: (action) =>
      timed(async () => {
        const before = await metrics();
        const start = performance.now();
        await action();
        const wallMs = performance.now() - start;
        await settle();
        const after = await metrics();
        const delta = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
        return {
          taskMs: delta('TaskDuration'),
          layoutMs: delta('LayoutDuration'),
          styleMs: delta('RecalcStyleDuration'),
          scriptMs: delta('ScriptDuration'),
          wallMs,
        };
      }),
    /** The largest gap in ms between successive animation frames while `action` runs. */
    longestFrame: (action) =>
      timed(async () => {
        await page.evaluate(startFrames);
        await action();
        await settle();
        return page.evaluate(stopFrames);
      }),
    /**
     * Polls `predicate(arg)` in the page (every animation frame by default) until it returns a
     * truthy value, and gives that value: return `performance.now()` to learn when it became true.
     */
    until: async (target, predicate, arg, { timeout = 30_000, polling = 'raf' } = {}) => {
      const handle = await target.waitForFunction(predicate, arg, { timeout, polling });
      const value = await handle.jsonValue();
      await handle.dispose();
      return value;
    },
  };

  return { page, cdp, tools, files, errors, close: () => context.close() };
}
