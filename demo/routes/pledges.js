// The demo's pledge receiver — lamtheo's own (`npx lamtheo receiver`, src/receiver/) — at /api/…:
// registration, the public list and dataset, the registrant's own access and the cell committee's
// review. Its store is demo/.data/dang-ky/ (PGlite). A reviewer token for the demo:
//   npx lamtheo receiver add-reviewer --unit tinh-uy-ben-tre --data demo/.data/dang-ky
// Contract: docs/pledge-http-contract.md.
import { resolve } from 'node:path';
import { createReceiver } from '../receiver.js';

const root = resolve(import.meta.dirname, '../..');

const receiver = await createReceiver({
  data: resolve(root, 'demo/.data/dang-ky'),
  dataset: resolve(root, 'test/fixtures/ben-tre-2016-2017.json'),
});

const handle = (req, res) => receiver.handle(req, res);
export default [
  { method: 'POST', path: '/api/pledges', handle },
  { method: 'GET', path: '/api/pledges', handle },
  { method: 'GET', path: '/api/pledges/dataset.json', handle },
  { method: 'GET', path: '/api/pledges/self', handle },
  { method: 'PUT', path: '/api/pledges/self', handle },
  { method: 'PUT', path: '/api/pledges/self/assessment', handle },
  { method: 'GET', path: '/api/review/me', handle },
  { method: 'GET', path: '/api/review/pledges', handle },
  { method: 'POST', path: '/api/review/pledges/:receipt', handle },
  { method: 'PUT', path: '/api/review/pledges/:receipt/public', handle },
  { method: 'PUT', path: '/api/review/pledges/:receipt/rating', handle },
  { method: 'GET', path: '/api/review/export.csv', handle },
  { method: 'GET', path: '/api/review/export.xlsx', handle },
];
