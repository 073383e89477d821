// GET /api/health: the demo server is up, and whether the library has been built.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sendJson } from '../lib/http.js';

const built = resolve(import.meta.dirname, '../../dist/lamtheo.js');

export default {
  method: 'GET',
  path: '/api/health',
  handle(_req, res) {
    sendJson(res, 200, { ok: true, built: existsSync(built) });
  },
};
