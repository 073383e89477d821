// npm run bench → node bench/run.js [--only size,counters] [--runs N] [--quick] [--serve] [--wall-time]
// Serves the repository, drives Chromium with playwright-core, prints Markdown tables and
// writes bench/results.json. Exits 0 even when a target is missed (it says MISSED).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromePath, chromeFlags, installHint } from '../scripts/chrome.js';
import { startServer } from './lib/server.js';
import { loadScenarios, runScenario } from './lib/harness.js';
import { measureSize, sizePages } from './lib/size.js';
import { missedLines, receiverMissed, receiverTable, scenarioTable, sizeTable } from './lib/report.js';

const root = resolve(import.meta.dirname, '..');
const here = (...parts) => join(root, 'bench', ...parts);
const log = (line) => console.error(`· ${line}`);

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    serve: { type: 'boolean', default: false },
    'wall-time': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(`node bench/run.js [--only size,counters] [--runs N] [--quick] [--serve] [--wall-time]
  --only       run only these scenarios ("size" is the entry-point size table)
  --runs       runs per contender (default: the scenario's own, else 5)
  --quick      one run each, for smoke checks
  --serve      only serve the repository (open the bench pages in a browser yourself)
  --wall-time  main-thread durations in wall time instead of thread (CPU) time`);
  process.exit(0);
}
const only = args.only?.split(',').map((name) => name.trim());
const timeDomain = args['wall-time'] ? 'timeTicks' : 'threadTicks';
const runsOverride = args.quick ? 1 : args.runs ? Number(args.runs) : undefined;
if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride > 0)) {
  console.error('--runs needs a positive whole number');
  process.exit(1);
}

const server = await startServer(root);
if (args.serve) {
  console.log(`Serving ${root} at ${server.origin}/bench/pages/ (Ctrl+C stops)`);
  await new Promise(() => {});
}

if (!existsSync(join(root, 'dist/lamtheo.js'))) {
  console.error('dist/lamtheo.js is missing: run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(1);
}
warnIfStale();

const all = await loadScenarios(here('scenarios'), only);
const nodeScenarios = all.filter((s) => s.kind === 'node');
const browserScenarios = all.filter((s) => s.kind !== 'node');
const needsBrowser = !only || only.includes('size') || browserScenarios.length > 0;
const executablePath = chromePath();
if (needsBrowser && !executablePath) {
  console.error(installHint);
  process.exit(1);
}

const started = Date.now();
const browser = needsBrowser ? await chromium.launch({ executablePath, args: chromeFlags }) : undefined;
const sizes = [];
const scenarios = [];
const nodeResults = [];
try {
  if (!only || only.includes('size')) {
    for (const name of await sizePages(here('pages'))) {
      sizes.push(await measureSize(browser, server.origin, name));
      log(`size: ${name}`);
    }
  }
  for (const scenario of browserScenarios) {
    const runs = runsOverride ?? scenario.runs ?? 5;
    scenarios.push(await runScenario(browser, server.origin, scenario, { runs, log, timeDomain }));
  }
  for (const scenario of nodeScenarios) {
    const result = await scenario.run({ log, quick: args.quick });
    nodeResults.push({ name: scenario.name, kind: 'node', description: scenario.description ?? '', ...result });
  }
  const unknown = (only ?? []).filter((name) => name !== 'size' && !all.some((s) => s.name === name));
  if (unknown.length) log(`no scenario named ${unknown.join(', ')} in bench/scenarios/`);

  const version = browser?.version() ?? 'not started';
  const missed = [...missedLines(sizes, scenarios), ...nodeResults.flatMap(receiverMissed)];
  console.log(
    [
      `# lamtheo benchmark`,
      '',
      `Chromium ${version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg()[0].toFixed(1)}, ${new Date().toISOString()}. ` +
        `Main-thread durations in ${timeDomain === 'threadTicks' ? 'CPU time of the thread' : 'wall time'}.`,
      '',
      ...scenarios.flatMap((s) => [scenarioTable(s), '']),
      ...nodeResults.flatMap((s) => [receiverTable(s), '']),
      ...(sizes.length ? [sizeTable(sizes), ''] : []),
      missed.length ? missed.join('\n') : 'All targets met.',
    ].join('\n'),
  );
  await writeFile(
    here('results.json'),
    JSON.stringify(
      {
        ...environment(version),
        seconds: (Date.now() - started) / 1000,
        sizes,
        scenarios: [...scenarios, ...nodeResults],
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await browser?.close();
  await server.close();
}

function environment(chromiumVersion) {
  const git = (...command) => {
    try {
      return execFileSync('git', command, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const require = createRequire(import.meta.url);
  return {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedChanges: Boolean(git('status', '--porcelain')),
    machine: {
      platform: `${platform()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGB: Math.round(totalmem() / 1e9),
      loadAverageAtEnd: loadavg(),
      node: process.version,
    },
    chromium: chromiumVersion,
    chromiumPath: executablePath,
    playwright: require('playwright-core/package.json').version,
    runs: runsOverride ?? 'per scenario (default 5)',
    durations: timeDomain === 'threadTicks' ? 'main-thread CPU time (threadTicks)' : 'wall time (timeTicks)',
  };
}

/** Warns when a source file is newer than the build the benchmark is about to measure. */
function warnIfStale() {
  const built = statSync(join(root, 'dist/lamtheo.js')).mtimeMs;
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
      const path = join(dir, entry.name);
      return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
    }, 0);
  if (newest(join(root, 'src')) > built)
    log('warning: src/ changed after the last build; `npm run bench` rebuilds first');
}
