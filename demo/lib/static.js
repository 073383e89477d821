// Static files for the demo server: content types, ETag / If-None-Match (304), brotli or gzip
// (encoded.js), `Cache-Control: no-cache` (always revalidate: the library is rebuilt often), and
// no way out of the mounted folders.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { Encoded, sendEncoded } from './encoded.js';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** path → { mtimeMs, size, encoded }: files are hashed and compressed once per version. */
const cache = new Map();

/**
 * Serves `pathname` from the first mount whose prefix it starts with.
 * @param {{ prefix: string, dir: string, hidden?: string[] }[]} mounts  `hidden`: first path
 *   segments never served from that mount (the server's own code).
 */
export async function serveStatic(mounts, req, res, url) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  if (!mount || pathname.includes('\0')) return send(res, 404, 'Not found');
  const segments = pathname.slice(mount.prefix.length).split(/[/\\]/);
  if (segments.includes('..')) return send(res, 403, 'Forbidden');
  // Dotfiles (demo/.data holds submitted pledges) and the server's own code stay private.
  if (segments.some((s) => s.startsWith('.')) || mount.hidden?.includes(segments[0]))
    return send(res, 404, 'Not found');
  let file = join(mount.dir, ...segments);
  if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return send(res, 403, 'Forbidden');

  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return send(res, 301, '', { Location: `${url.pathname}/${url.search}` });
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return send(res, 404, 'Not found');

  const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
  await sendEncoded(req, res, await load(file, info, type));
}

async function load(file, info, type) {
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached.encoded;
  const encoded = new Encoded(await readFile(file), { type });
  cache.set(file, { mtimeMs: info.mtimeMs, size: info.size, encoded });
  return encoded;
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}
