// Small helpers for route modules (demo/routes/*.js): JSON in, JSON out, errors with a status.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { negotiate } from './encoded.js';

/** Throw from a handler to answer with this status and `{ "error": message }`. */
export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, value, headers = {}) {
  let body = Buffer.from(JSON.stringify(value));
  // Compressed (brotli or gzip, as the browser accepts) when that saves something: a long
  // list of pledges shrinks to a fifth.
  const coding = body.length > 1024 ? negotiate(res.req?.headers['accept-encoding']) : undefined;
  if (coding === 'br') body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  else if (coding === 'gzip') body = gzipSync(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    Vary: 'Accept-Encoding',
    ...(coding ? { 'Content-Encoding': coding } : {}),
    ...headers,
  });
  res.end(body);
}

/**
 * Reads a JSON request body. Refuses other content types (415), bodies over `limit` bytes (413)
 * and text that is not JSON (400).
 * @param {import('node:http').IncomingMessage} req
 * @param {{ limit?: number }} [options]
 * @returns {Promise<unknown>}
 */
export async function readJson(req, { limit = 1024 * 1024 } = {}) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'Expected Content-Type: application/json');
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}
