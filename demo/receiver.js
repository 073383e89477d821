// The pledge receiver for Node: demo/receiver-core.js with a durable store (an append-only
// JSON-lines file, each line written with fs.writeSync and fs.fsyncSync before the answer,
// re-read at start) and HTTP. Used by demo/routes/pledges.js and by the test runner.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReceiverCore } from './receiver-core.js';
import { sendJson } from './lib/http.js';

const root = resolve(import.meta.dirname, '..');
let rulesPromise;

/**
 * `validatePledgeSubmission` from lamtheo's own schema and data layer. Node cannot import
 * TypeScript, so it comes from the build (dist/schema.js) when that exports it, or else is
 * bundled from src with esbuild into demo/.data/ at start.
 */
export function loadPledgeRules() {
  return (rulesPromise ??= (async () => {
    const built = resolve(root, 'dist/schema.js');
    if (existsSync(built)) {
      const mod = await import(pathToFileURL(built).href);
      if (typeof mod.validatePledgeSubmission === 'function') return mod;
    }
    const { build } = await import('esbuild');
    const out = resolve(root, 'demo/.data/pledge-rules.mjs');
    mkdirSync(dirname(out), { recursive: true });
    await build({
      stdin: {
        contents: "export * from './src/schema/index.ts'; export * from './src/data/check/pledges.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: out,
      logLevel: 'error',
    });
    return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  })());
}

/** Every stored pledge in `file`; a torn last line (power cut mid-write) is skipped. */
export function readStore(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    });
}

function appendDurably(file, record) {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'a');
  try {
    writeSync(fd, `${JSON.stringify(record)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readBody(req, limit) {
  return new Promise((ok, fail) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        fail(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * A receiver storing into `file`, for the templates and units of `dataset` (an object or
 * the path of a JSON file). `handle(req, res)` answers POST (a pledge) and GET (the public
 * list). `stop()` makes it answer 503 like a stopped backend behind a proxy; `restart()`
 * forgets everything in memory and re-reads the file, as a new process would.
 */
export async function createReceiver({ file, dataset }) {
  const rules = await loadPledgeRules();
  const data = typeof dataset === 'string' ? JSON.parse(readFileSync(dataset, 'utf8')) : (dataset ?? { version: 1 });
  const open = () =>
    createReceiverCore({
      validate: rules.validatePledgeSubmission,
      dataset: data,
      records: readStore(file),
      append: (record) => appendDurably(file, record),
    });
  let core = open();
  let running = true;

  async function handle(req, res) {
    if (!running)
      return sendJson(res, 503, { errors: [{ path: '', message: 'receiver stopped' }] }, { 'Retry-After': '5' });
    if (req.method === 'GET' || req.method === 'HEAD') {
      const { status, json } = core.list();
      return sendJson(res, status, json);
    }
    if (req.method !== 'POST' && req.method !== 'PUT')
      return sendJson(res, 405, { errors: [] }, { Allow: 'GET, POST' });
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return sendJson(res, 415, { errors: [{ path: '', message: 'Content-Type must be application/json' }] });
    }
    let body;
    try {
      body = JSON.parse(await readBody(req, 64 * 1024));
    } catch (error) {
      const status = error?.status ?? 400;
      return sendJson(res, status, { errors: [{ path: '', message: status === 413 ? 'body too large' : 'not JSON' }] });
    }
    const { status, json } = await core.post({ headers: req.headers, body });
    sendJson(res, status, json);
  }

  return {
    handle,
    stop: () => void (running = false),
    start: () => void (running = true),
    restart: () => {
      core = open();
      running = true;
    },
    get running() {
      return running;
    },
    count: () => core.count(),
  };
}

/**
 * A control endpoint for tests: GET → `{ running, count }`; POST `{ "action": "stop" | "start" | "restart" }`.
 * @param {Awaited<ReturnType<typeof createReceiver>>} receiver
 */
export async function handleControl(receiver, req, res) {
  if (req.method === 'POST') {
    const { action } = JSON.parse((await readBody(req, 1024)) || '{}');
    if (action === 'stop') receiver.stop();
    else if (action === 'start') receiver.start();
    else if (action === 'restart') receiver.restart();
  }
  sendJson(res, 200, { running: receiver.running, count: receiver.count() });
}
