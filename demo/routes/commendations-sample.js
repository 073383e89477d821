// GET /api/khen-thuong-mau.json?n=100000: a large generated commendation list for the portal's
// "big list" demo (seeded, the benchmark's data; not real people). The same `n` always gives
// the same document, so it is serialised and compressed once (49 MB of JSON → about 2.5 MB
// with brotli), carries an ETag and answers a repeat visit with 304.
import { commendationRecords } from '../../bench/pages/lib/commendations.js';
import { Encoded, sendEncoded } from '../lib/encoded.js';

/** @type {{ count: number, encoded: Encoded } | undefined} */
let cached;

export default {
  method: 'GET',
  path: '/api/khen-thuong-mau.json',
  async handle(req, res, { url }) {
    const count = Math.min(200000, Math.max(1, Number(url.searchParams.get('n')) || 100000));
    if (cached?.count !== count) {
      const body = {
        version: 1,
        title: `Dữ liệu mẫu: ${new Intl.NumberFormat('vi-VN').format(count)} khen thưởng (sinh tự động)`,
        commendations: commendationRecords(count),
      };
      const type = 'application/json; charset=utf-8';
      cached = { count, encoded: new Encoded(Buffer.from(JSON.stringify(body)), { type, level: 'fast' }) };
    }
    await sendEncoded(req, res, cached.encoded);
  },
};
