// The pledge receiver for the demo server and the test runner: lamtheo's own receiver
// (src/receiver/, built into dist/receiver.js — `npx lamtheo receiver`), its embedded store in a
// folder, mounted under a path. For tests it can also be stopped (answers 503 like a stopped
// backend behind a proxy), started, restarted (the store closed and opened again, as a new
// process would) and counted.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sendJson } from './lib/http.js';

const root = resolve(import.meta.dirname, '..');

async function receiverModule() {
  const built = resolve(root, 'dist/receiver.js');
  if (!existsSync(built)) throw new Error('dist/receiver.js is missing: run "npm run build" first');
  return import(pathToFileURL(built).href);
}

/**
 * @param {{ data: string, dataset: string | object, base?: string, rateLimit?: number, allowOrigins?: string[] }} options
 */
export async function createReceiver({ data, dataset, base = '', rateLimit = 30, allowOrigins = [] }) {
  const { createReceiver: open } = await receiverModule();
  const settings = { data, dataset, base, rateLimit, allowOrigins };
  let receiver = await open(settings);
  let running = true;
  let reopening;

  async function handle(req, res) {
    if (reopening) await reopening;
    if (!running)
      return sendJson(res, 503, { errors: [{ path: '', message: 'receiver stopped' }] }, { 'Retry-After': '5' });
    return receiver.handle(req, res);
  }

  return {
    handle,
    stop: () => void (running = false),
    start: () => void (running = true),
    restart: () =>
      (reopening ??= (async () => {
        await receiver.close();
        receiver = await open(settings);
        running = true;
      })().finally(() => (reopening = undefined))),
    reset: () => receiver.reset(),
    addReviewer: (unit, name) => receiver.admin.add(unit, name),
    revokeReviewer: (id) => receiver.admin.revoke(id),
    get running() {
      return running;
    },
    count: async () => Number((await receiver.store.query('select count(*)::int as n from registrations')).rows[0].n),
    close: () => receiver.close(),
  };
}

function readBody(req) {
  return new Promise((ok, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * A control endpoint for tests: GET → `{ running, count }`; POST `{ "action": "stop" | "start" | "restart" | "reset" }`.
 * @param {Awaited<ReturnType<typeof createReceiver>>} receiver
 */
export async function handleControl(receiver, req, res) {
  if (req.method === 'POST') {
    const { action } = JSON.parse((await readBody(req)) || '{}');
    if (action === 'stop') receiver.stop();
    else if (action === 'start') receiver.start();
    else if (action === 'restart') await receiver.restart();
    else if (action === 'reset') await receiver.reset();
  }
  sendJson(res, 200, { running: receiver.running, count: await receiver.count() });
}
