// Static files for the demo server: content types, ETag / If-None-Match (304), gzip,
// `Cache-Control: no-cache` (always revalidate: the library is rebuilt often), and no way out
// of the mounted folders.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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
const compressible = /^(text\/|application\/(json|geo\+json|xml)|image\/svg)/;

/** path → { mtimeMs, size, body, etag, gzipped? }: files are hashed and compressed once per version. */
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

  const entry = await load(file, info);
  const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const zip = compressible.test(type) && entry.body.length > 512 && acceptsGzip(req.headers['accept-encoding']);
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ETag: zip ? `"${entry.etag}-gz"` : `"${entry.etag}"`,
    ...(compressible.test(type) ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (matches(req.headers['if-none-match'], entry.etag)) return send(res, 304, '', headers);
  if (zip) entry.gzipped ??= gzipSync(entry.body);
  const body = zip ? entry.gzipped : entry.body;
  res.writeHead(200, { ...headers, 'Content-Length': body.length, ...(zip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function load(file, info) {
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
  const body = await readFile(file);
  const etag = createHash('sha1').update(body).digest('base64url').slice(0, 20);
  const entry = { mtimeMs: info.mtimeMs, size: info.size, body, etag };
  cache.set(file, entry);
  return entry;
}

/** `If-None-Match: "abc", W/"abc-gz"` matches both encodings of the same version, or `*`. */
function matches(header, etag) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === `"${etag}"` || value === `"${etag}-gz"`;
  });
}

function acceptsGzip(header = '') {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return coding.trim().toLowerCase() === 'gzip' && (!q || Number(q.slice(2)) > 0);
  });
}

function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(text);
}
