// Serving as a portal's servers may (mounted by web-test-runner): the built library with one file
// missing, as on a half-copied deployment or behind a proxy that blocks a file, under /test-dist/:
//   /test-dist/missing-<file>/<path>  serves dist/<path>, except dist/<file> (e.g. spaces.js): 404
// The loader names its chunks relative to itself, so a page that loads
// /test-dist/missing-spaces.js/lamtheo.js gets every file but the map's.
export function brokenDist() {
  return function (ctx, next) {
    const match = /^\/test-dist\/missing-([\w.-]+)\/(.+)$/.exec(ctx.path);
    if (!match) return next();
    const [, missing, path] = match;
    if (path === missing) {
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    }
    ctx.url = `/dist/${path}`;
    return next();
  };
}

/**
 * The test fixtures as a CDN serves them to other origins: with `Access-Control-Allow-Origin: *`
 * (the page on localhost reads them from 127.0.0.1 through its <base href>, hostile-envs.js).
 */
export function fixturesForEveryOrigin() {
  return function (ctx, next) {
    if (ctx.path.startsWith('/test/fixtures/')) ctx.set('Access-Control-Allow-Origin', '*');
    return next();
  };
}
