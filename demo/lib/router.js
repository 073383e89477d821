// The API routes of the demo server: every module in demo/routes/ adds its own, so a new
// endpoint (/api/pledges, /api/visits) never touches the server's core. See demo/routes/README.md.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HttpError, sendJson } from './http.js';

/**
 * @typedef {{ url: URL, params: Record<string, string> }} RouteContext
 * @typedef {{
 *   method: string,
 *   path: string,
 *   handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *            context: RouteContext) => unknown,
 * }} Route
 */

/**
 * Imports demo/routes/*.js (sorted); each exports a route or a list of routes (default or named),
 * and may export `close()`, which the returned list's `close()` calls when the server stops.
 */
export async function loadRoutes(dir) {
  const names = await readdir(dir).catch((error) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const files = names.filter((name) => name.endsWith('.js') && !name.startsWith('_')).sort();
  const routes = [];
  const closers = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(dir, file)).href);
    for (const route of [module.default ?? module].flat()) routes.push(checked(route, file, routes));
    if (typeof module.close === 'function') closers.push(module.close);
  }
  // A module may export `close()` (a store to close when the server stops).
  return Object.assign(routes, { close: () => Promise.all(closers.map((close) => close())) });
}

function checked(route, file, existing) {
  const { method, path, handle } = route ?? {};
  if (typeof method !== 'string' || typeof path !== 'string' || !path.startsWith('/') || typeof handle !== 'function') {
    throw new Error(`demo/routes/${file}: export { method, path, handle(req, res) } or a list of them`);
  }
  const upper = method.toUpperCase();
  if (existing.some((r) => r.method === upper && r.path === path)) {
    throw new Error(`demo/routes/${file}: ${upper} ${path} is already handled by another route`);
  }
  return { method: upper, path, handle, pattern: pattern(path), file };
}

/** `/api/pledges/:id` → a RegExp with named groups. */
function pattern(path) {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * Answers the request if a route's path matches and returns true; false lets static files
 * answer. HEAD runs the GET handler (Node sends no body for HEAD).
 */
export async function dispatch(routes, req, res, url) {
  const matches = routes
    .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
    .filter(({ match }) => match);
  if (!matches.length) return false;
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const found = matches.find(({ route }) => route.method === method);
  if (!found) {
    const allow = [...new Set(matches.map(({ route }) => route.method))].join(', ');
    sendJson(res, 405, { error: `Method ${req.method} not allowed` }, { Allow: allow });
    return true;
  }
  const params = Object.fromEntries(
    Object.entries(found.match.groups ?? {}).map(([key, value]) => [key, safeDecode(value)]),
  );
  try {
    await found.route.handle(req, res, { url, params });
  } catch (error) {
    if (!(error instanceof HttpError)) console.error(`demo/routes/${found.route.file}:`, error);
    if (res.headersSent) res.destroy();
    else
      sendJson(res, error instanceof HttpError ? error.status : 500, {
        error: error instanceof HttpError ? error.message : 'Internal error',
      });
  }
  return true;
}

function safeDecode(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
