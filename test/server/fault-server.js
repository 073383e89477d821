// A misbehaving data server for the data-layer tests, mounted by web-test-runner under
// /test-api/. Each test uses its own `key`, so tests never see each other's requests.
//
//   GET  /test-api/data?key=k[&status=500][&delay=ms][&slow=ms][&body=invalid][&file=path]
//        counts the request; serves the scripted reply for k if any (see /script), else the
//        file under test/fixtures/ named by `file` (a fixture served slowly), else a
//        small valid dataset with an ETag, answering 304 to a matching If-None-Match
//   POST /test-api/script?key=k   body: [{ "status": 200, "body": {...} }, …] replies in turn
//   GET  /test-api/count?key=k     how many /data requests k received
//   GET  /test-api/events?key=k    Server-Sent Events;  POST /test-api/emit?key=k sends the body
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const counts = new Map();
const scripts = new Map();
const streams = new Map();

const dataset = (value) => JSON.stringify({ version: 1, metrics: [{ id: 'm', label: 'Đảng viên', value }] });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A file of test/fixtures (`quan-11-2022.json`, `geo/quan-11.geojson`); nothing outside it. */
async function fixture(name) {
  const path = resolve(fixtures, name);
  if (!path.startsWith(fixtures + sep)) throw new Error(`fault server: ${name} is not under test/fixtures`);
  return readFile(path, 'utf8');
}

async function readBody(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export function faultServer() {
  return async function (ctx, next) {
    if (!ctx.path.startsWith('/test-api/')) return next();
    const key = ctx.query.key ?? 'default';
    const route = ctx.path.slice('/test-api/'.length);

    if (route === 'script' && ctx.method === 'POST') {
      scripts.set(key, JSON.parse(await readBody(ctx.req)));
      ctx.status = 204;
      return;
    }
    if (route === 'count') {
      ctx.body = { count: counts.get(key) ?? 0 };
      return;
    }
    if (route === 'emit' && ctx.method === 'POST') {
      const body = await readBody(ctx.req);
      for (const res of streams.get(key) ?? []) res.write(`data: ${body.replace(/\n/g, '\ndata: ')}\n\n`);
      ctx.status = 204;
      return;
    }
    if (route === 'events') {
      ctx.respond = false;
      const res = ctx.res;
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const list = streams.get(key) ?? new Set();
      list.add(res);
      streams.set(key, list);
      ctx.req.on('close', () => list.delete(res));
      return;
    }
    if (route !== 'data') return next();

    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (ctx.query.delay) await sleep(Number(ctx.query.delay));
    const scripted = scripts.get(key)?.shift();
    const status = Number(scripted?.status ?? ctx.query.status ?? 200);
    const body =
      scripted?.body !== undefined
        ? typeof scripted.body === 'string'
          ? scripted.body
          : JSON.stringify(scripted.body)
        : ctx.query.body === 'invalid'
          ? '{ "version": 1, "metrics": [ '
          : ctx.query.file
            ? await fixture(ctx.query.file)
            : dataset(11368);
    const etag = scripted?.etag ?? (scripted ? undefined : '"v1"');
    ctx.set('Cache-Control', 'no-cache');
    if (etag) ctx.set('ETag', etag);
    if (etag && ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    if (ctx.query.slow) {
      ctx.respond = false;
      ctx.res.writeHead(status, { 'Content-Type': 'application/json' });
      ctx.res.write(body.slice(0, 10));
      await sleep(Number(ctx.query.slow));
      if (!ctx.res.destroyed) ctx.res.end(body.slice(10));
      return;
    }
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = body;
  };
}
