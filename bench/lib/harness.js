// Runs scenarios: contenders interleaved run by run, each run in a fresh browser context;
// then medians per metric, ratios lamtheo / peer, and targets checked on lamtheo's medians.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openRun } from './tools.js';

export const subject = 'lamtheo';

function check(scenario, file) {
  const fail = (why) => {
    throw new Error(`${file}: ${why}`);
  };
  if (!scenario || typeof scenario !== 'object') fail('export default { name, contenders, … }');
  if (typeof scenario.name !== 'string' || !scenario.name) fail('"name" must be a non-empty string');
  // A Node scenario (no browser, e.g. the receiver's load test): run({ log, quick }) → its result.
  if (scenario.kind === 'node') {
    if (typeof scenario.run !== 'function') fail('a scenario of kind "node" needs run({ log, quick })');
    return scenario;
  }
  if (!Array.isArray(scenario.contenders) || scenario.contenders.length === 0) fail('"contenders" must be a list');
  for (const c of scenario.contenders) {
    if (typeof c.name !== 'string' || typeof c.page !== 'string' || typeof c.measure !== 'function') {
      fail('each contender needs { name, page, measure(page, tools) }');
    }
  }
  if (!scenario.contenders.some((c) => c.name === subject)) fail(`one contender must be named "${subject}"`);
  return scenario;
}

/** Imports bench/scenarios/*.js (sorted), keeping those named in `only` when given. */
export async function loadScenarios(dir, only) {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
  const scenarios = [];
  for (const name of files) {
    const module = await import(pathToFileURL(join(dir, name)).href);
    const scenario = check(module.default, `bench/scenarios/${name}`);
    if (!only || only.includes(scenario.name)) scenarios.push(scenario);
  }
  return scenarios;
}

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Half the range of the samples, relative to the median: a rough noise figure. */
const spread = (values, middle) => {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2 || !middle) return undefined;
  return (Math.max(...finite) - Math.min(...finite)) / 2 / Math.abs(middle);
};

async function runOnce(browser, origin, scenario, contender, { timeoutMs, timeDomain }) {
  const run = await openRun(browser, { timeDomain, ...(scenario.viewport ? { viewport: scenario.viewport } : {}) });
  let timer;
  try {
    // A scenario may set the page up before it opens (device emulation, observers).
    await scenario.prepare?.(run.page, run.cdp);
    const path = contender.page.replace(/^\//, '');
    const response = await run.page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered HTTP ${response?.status()}`);
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`measure took over ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const metrics = await Promise.race([contender.measure(run.page, run.tools), timeout]);
    for (const [key, value] of Object.entries(metrics ?? {})) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`metric "${key}" is not a number`);
    }
    return { metrics, pageErrors: run.errors.slice(0, 5) };
  } catch (error) {
    return { error: String(error.message ?? error).split('\n')[0], pageErrors: run.errors.slice(0, 5) };
  } finally {
    clearTimeout(timer);
    await run.close();
  }
}

function checkTarget(target, own, peerMedians) {
  if (own === undefined) return { ok: false, why: 'no lamtheo figure' };
  const reasons = [];
  if (target.max !== undefined && own > target.max) reasons.push(`over ${target.max}`);
  if (target.lessThanPeer) {
    for (const [peer, value] of Object.entries(peerMedians)) {
      if (value === undefined) reasons.push(`no figure for ${peer}`);
      else if (!(own < value)) reasons.push(`not below ${peer}`);
    }
  }
  return { ok: reasons.length === 0, why: reasons.join(', ') };
}

/** Runs one scenario; `log` receives progress lines. */
export async function runScenario(
  browser,
  origin,
  scenario,
  { runs, log, timeoutMs = scenario.timeoutMs ?? 60_000, timeDomain },
) {
  const names = scenario.contenders.map((c) => c.name);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const contender of scenario.contenders) {
      const started = Date.now();
      const sample = await runOnce(browser, origin, scenario, contender, { timeoutMs, timeDomain });
      samples[contender.name].push(sample);
      const status = sample.error ? `ERROR ${sample.error}` : `${((Date.now() - started) / 1000).toFixed(1)} s`;
      log(`${scenario.name}: run ${i + 1}/${runs} ${contender.name} ${status}`);
    }
  }

  const metrics = [...new Set(names.flatMap((name) => samples[name].flatMap((s) => Object.keys(s.metrics ?? {}))))];
  const medians = {};
  const spreads = {};
  for (const name of names) {
    medians[name] = {};
    spreads[name] = {};
    for (const metric of metrics) {
      const values = samples[name].map((s) => s.metrics?.[metric]);
      medians[name][metric] = median(values);
      spreads[name][metric] = spread(values, medians[name][metric]);
    }
  }
  const peers = names.filter((name) => name !== subject);
  const ratios = Object.fromEntries(
    peers.map((peer) => [
      peer,
      Object.fromEntries(
        metrics.map((m) => [m, medians[subject][m] / medians[peer][m]]).filter(([, r]) => Number.isFinite(r)),
      ),
    ]),
  );
  const targets = {};
  for (const [metric, target] of Object.entries(scenario.targets ?? {})) {
    const peerMedians = Object.fromEntries(peers.map((peer) => [peer, medians[peer][metric]]));
    targets[metric] = { ...target, ...checkTarget(target, medians[subject][metric], peerMedians) };
  }
  return {
    name: scenario.name,
    description: scenario.description ?? '',
    runs,
    contenders: names,
    metrics,
    labels: scenario.labels ?? {},
    samples,
    medians,
    spreads,
    ratios,
    targets,
  };
}
