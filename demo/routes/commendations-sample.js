// GET /api/khen-thuong-mau.json?n=100000: a large generated commendation list for the portal's
// "big list" demo (seeded, the benchmark's data; not real people).
import { commendationRecords } from '../../bench/pages/lib/commendations.js';
import { sendJson } from '../lib/http.js';

let cached;

export default {
  method: 'GET',
  path: '/api/khen-thuong-mau.json',
  handle(_req, res, { url }) {
    const count = Math.min(200000, Math.max(1, Number(url.searchParams.get('n')) || 100000));
    if (cached?.count !== count) {
      cached = {
        count,
        body: {
          version: 1,
          title: `Dữ liệu mẫu: ${count} khen thưởng (sinh tự động)`,
          commendations: commendationRecords(count),
        },
      };
    }
    sendJson(res, 200, cached.body);
  },
};
