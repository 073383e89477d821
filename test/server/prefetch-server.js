// For test/prefetch.test.ts, mounted by web-test-runner under /test-prefetch/: a family's code
// that arrives late, and a data file that records when each request for it arrived.
//
//   GET /test-prefetch/module?key=k&delay=ms&module=/src/…   after `delay` ms, a module that
//       imports `module` (a family's code held back on a slow link)
//   GET /test-prefetch/data?key=k[&drop=n][&delay=ms]        a small dataset (metric `m`, 11368);
//       the first `n` requests get their connection cut instead (a network failure)
//   GET /test-prefetch/log?key=k   { module: { start, sent }, data: [{ start, accept }] } (server clock, ms)
const logs = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const logOf = (key) => {
  if (!logs.has(key)) logs.set(key, { module: {}, data: [] });
  return logs.get(key);
};
const dataset = JSON.stringify({ version: 1, metrics: [{ id: 'm', label: 'Đảng viên', value: 11368, unit: 'người' }] });

export function prefetchServer() {
  return async function (ctx, next) {
    if (!ctx.path.startsWith('/test-prefetch/')) return next();
    const key = ctx.query.key ?? 'default';
    const log = logOf(key);
    const route = ctx.path.slice('/test-prefetch/'.length);
    if (route === 'log') {
      ctx.body = log;
      return;
    }
    if (route === 'module') {
      log.module.start = Date.now();
      await sleep(Number(ctx.query.delay ?? 0));
      log.module.sent = Date.now();
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text/javascript';
      ctx.body = `import ${JSON.stringify(String(ctx.query.module))};\n`;
      return;
    }
    if (route !== 'data') return next();
    log.data.push({ start: Date.now(), accept: ctx.get('Accept') });
    if (log.data.length <= Number(ctx.query.drop ?? 0)) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (ctx.query.delay) await sleep(Number(ctx.query.delay));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = dataset;
  };
}
