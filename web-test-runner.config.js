// @web/test-runner: every test in a real headless Chromium, Lit in dev mode.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromePath, chromeFlags } from './scripts/chrome.js';
import { isD3Selection, slimSelection } from './scripts/d3-selection-slim.js';
import { faultServer } from './test/server/fault-server.js';
import { prefetchServer } from './test/server/prefetch-server.js';
import { brokenDist, fixturesForEveryOrigin } from './test/server/broken-dist.js';
import { touchCommands } from './test/server/touch-commands.js';
import { mediaCommands } from './test/server/media-commands.js';
import { axCommands } from './test/server/ax-commands.js';
import { fuzzCommands } from './test/server/fuzz-commands.js';
import { cliCommands } from './test/server/cli-commands.js';
import { receiverCommands } from './test/server/receiver-commands.js';
import { receiverProcessCommands } from './test/server/receiver-process.js';
import { createReceiver, handleControl } from './demo/receiver.js';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// lamtheo's pledge receiver (src/receiver/, from dist/), with a store of its own for this run
// (PGlite in a temporary folder), mounted at /rx: /rx/api/pledges, /rx/api/review/…, and
// /rx/control for the tests. No rate limit: the tests post from one address all day.
const pledgeStore = mkdtempSync(join(tmpdir(), 'lamtheo-test-receiver-'));
const testReceiver = await createReceiver({
  data: pledgeStore,
  dataset: 'test/fixtures/ben-tre-2016-2017.json',
  base: '/rx',
  rateLimit: 0,
});
process.once('exit', () => rmSync(pledgeStore, { recursive: true, force: true }));

/** Pages under /test/pages/csp/ are served with the strictest policy a portal might set. */
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One page at a time: a test page behind another tab is hidden, and hidden pages get no
  // animation frames or ResizeObserver callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    touchCommands(),
    mediaCommands(),
    axCommands(),
    fuzzCommands(),
    cliCommands(),
    receiverCommands(testReceiver),
    receiverProcessCommands(),
    // The same d3-transition stand-in as the build (vite.config.ts).
    {
      name: 'lamtheo-aliases',
      resolveImport: ({ source }) =>
        source === 'd3-transition' ? '/src/components/spaces/zoom-without-transitions.ts' : undefined,
    },
    // The same slim d3-selection as the build, so the tests drive what ships.
    {
      name: 'lamtheo-d3-selection-slim',
      transform: (context) => (isD3Selection(context.path) ? { body: slimSelection(context.body) } : undefined),
    },
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    faultServer(),
    prefetchServer(),
    brokenDist(),
    fixturesForEveryOrigin(),
    async function pledgeReceiver(context, next) {
      if (!context.path.startsWith('/rx/')) return next();
      context.respond = false;
      const { req, res } = context;
      await (context.path === '/rx/control' ? handleControl(testReceiver, req, res) : testReceiver.handle(req, res));
    },
    // Files as Excel wrote them, byte for byte: the dev server would read a UTF-16 file with a
    // BOM as text and send it again as UTF-8 (getResponseBody), which a real server never does.
    async function excelBytes(context, next) {
      if (!context.path.startsWith('/test/fixtures/excel/') || context.path.endsWith('.json')) return next();
      context.respond = false;
      const body = await readFile(fileURLToPath(new URL(`.${context.path}`, import.meta.url)));
      context.res.writeHead(200, { 'Content-Type': context.path.endsWith('.txt') ? 'text/plain' : 'text/csv' });
      context.res.end(body);
    },
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/pages/csp/')) context.set('Content-Security-Policy', strictPolicy);
      return next();
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromeFlags } })],
  filterBrowserLogs: ({ args }) =>
    !args.some(
      (arg) => typeof arg === 'string' && (arg.includes('Lit is in dev mode') || arg.includes('lit.dev/msg/dev-mode')),
    ),
};
