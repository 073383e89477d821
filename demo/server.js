// npm start: the demo portal on http://localhost:8080/ (PORT to change it), plain node:http.
//   /            demo/         the portal page (index.html), its CSS and script
//   /dist/…      dist/         the built library (npm run build)
//   /data/…      test/fixtures the datasets the widgets read
//   /api/…       demo/routes/  one module per endpoint (see demo/routes/README.md)
//   /studio/     demo/routes/studio.js  the studio page (<lamtheo-studio>), with /dist/lamtheo.js
// Everything goes out compressed (brotli or gzip, as Accept-Encoding asks: lib/encoded.js),
// files and the generated big list with an ETag, so that a repeat visit costs 304s.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dispatch, loadRoutes } from './lib/router.js';
import { serveStatic } from './lib/static.js';

const root = resolve(import.meta.dirname, '..');

export const mounts = [
  { prefix: '/dist/', dir: resolve(root, 'dist') },
  { prefix: '/data/', dir: resolve(root, 'test/fixtures') },
  { prefix: '/', dir: resolve(root, 'demo'), hidden: ['lib', 'routes', 'server.js'] },
];

/** Starts the server; resolves once it listens. `port: 0` picks a free port (see server.address()). */
export async function startDemoServer({ port = Number(process.env.PORT ?? 8080), host } = {}) {
  const routes = await loadRoutes(resolve(import.meta.dirname, 'routes'));
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!(await dispatch(routes, req, res, url))) await serveStatic(mounts, req, res, url);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    }
  });
  server.on('close', () => void routes.close());
  await new Promise((ok, fail) => server.once('error', fail).listen(port, host, ok));
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(resolve(root, 'dist/lamtheo.js'))) {
    console.warn('lamtheo demo: dist/lamtheo.js is missing, the widgets will not load (run npm run build).');
  }
  try {
    const server = await startDemoServer();
    console.log(`lamtheo demo: http://localhost:${server.address().port}/`);
  } catch (error) {
    console.error(
      error.code === 'EADDRINUSE' ? `lamtheo demo: port ${error.port} is in use; try PORT=8081 npm start` : error,
    );
    process.exitCode = 1;
  }
}
