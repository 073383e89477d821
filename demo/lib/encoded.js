// Compressed answers for the demo server: a body is hashed once (ETag) and compressed at most
// once per encoding (brotli or gzip, whichever the browser accepts), then served from memory.
// Static files and the generated big list both use it, so a repeat visit costs a 304.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this many bytes compression saves less than it costs. */
const smallest = 512;
export const compressibleType = /^(text\/|application\/(json|geo\+json|xml|javascript)|image\/svg)/;

/**
 * The coding to answer with for an `Accept-Encoding` header: `br` before `gzip` when both are
 * accepted equally, then by q-value; `undefined` for the plain body.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function negotiate(header = '') {
  const q = new Map();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const name = coding.trim().toLowerCase();
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name, weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const weight = (name) => q.get(name) ?? (q.has('*') ? q.get('*') : 0);
  const best = ['br', 'gzip'].filter((name) => weight(name) > 0).sort((a, b) => weight(b) - weight(a))[0];
  return /** @type {'br' | 'gzip' | undefined} */ (best);
}

/**
 * One body ready to serve: its ETag, and its compressed forms made on first demand.
 * `level`: 'best' for small files served often, 'fast' for a big generated document (brotli
 * quality 5 compresses 49 MB of JSON in a few seconds, quality 11 would take minutes).
 */
export class Encoded {
  /**
   * @param {Buffer} body
   * @param {{ type: string, level?: 'best' | 'fast' }} options
   */
  constructor(body, { type, level = 'best' }) {
    this.body = body;
    this.type = type;
    this.level = level;
    this.etag = createHash('sha1').update(body).digest('base64url').slice(0, 20);
    /** @type {Map<string, Promise<Buffer>>} */
    this.variants = new Map();
  }

  get compressible() {
    return compressibleType.test(this.type) && this.body.length > smallest;
  }

  /** @param {'br' | 'gzip'} coding */
  encode(coding) {
    let variant = this.variants.get(coding);
    if (!variant) {
      const fast = this.level === 'fast';
      variant =
        coding === 'br'
          ? brotli(this.body, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: fast ? 5 : 11,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length,
              },
            })
          : gzipAsync(this.body, { level: fast ? 6 : 9 });
      this.variants.set(coding, variant);
    }
    return variant;
  }

  /** `If-None-Match: "abc", W/"abc-br"` matches every encoding of this body, or `*`. */
  matches(header) {
    if (!header) return false;
    return header.split(',').some((tag) => {
      const value = tag.trim().replace(/^W\//, '');
      return value === '*' || value.replace(/-(gz|br)"$/, '"') === `"${this.etag}"`;
    });
  }
}

/**
 * Answers GET or HEAD with `encoded`: 304 when the browser holds this version, else the body in
 * the best encoding the browser accepts, with `Vary: Accept-Encoding`.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Encoded} encoded
 * @param {Record<string, string>} [extra]  more headers (Cache-Control defaults to no-cache)
 */
export async function sendEncoded(req, res, encoded, extra = {}) {
  const coding = encoded.compressible ? negotiate(req.headers['accept-encoding']) : undefined;
  const suffix = coding === 'br' ? '-br' : coding === 'gzip' ? '-gz' : '';
  const headers = {
    'Content-Type': encoded.type,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ETag: `"${encoded.etag}${suffix}"`,
    ...(encoded.compressible ? { Vary: 'Accept-Encoding' } : {}),
    ...extra,
  };
  if (encoded.matches(req.headers['if-none-match'])) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = coding ? await encoded.encode(coding) : encoded.body;
  res.writeHead(200, { ...headers, 'Content-Length': body.length, ...(coding ? { 'Content-Encoding': coding } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
