// The demo's pledge receiver — lamtheo's own (`npx lamtheo receiver`, src/receiver/) — at /api/…:
// registration, the public list and dataset, the registrant's own access and the cell committee's
// review. Its store is demo/.data/dang-ky/ (PGlite; LAMTHEO_DEMO_DATA names another folder),
// opened at the first request. When another demo server holds that folder, this one keeps its
// pledges in a temporary folder and says so. A reviewer token for the demo:
//   npx lamtheo receiver add-reviewer --unit tinh-uy-ben-tre --data demo/.data/dang-ky
// Contract: docs/pledge-http-contract.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createReceiver } from '../receiver.js';

const root = resolve(import.meta.dirname, '../..');
const dataset = resolve(root, 'test/fixtures/ben-tre-2016-2017.json');
let opening;
let temporary;

function receiver() {
  return (opening ??= createReceiver({
    data: resolve(root, process.env.LAMTHEO_DEMO_DATA ?? 'demo/.data/dang-ky'),
    dataset,
  }).catch((error) => {
    if (!/is used by process/.test(String(error?.message))) throw error;
    temporary = mkdtempSync(join(tmpdir(), 'lamtheo-demo-pledges-'));
    console.warn(`lamtheo demo: ${error.message}; this server keeps its pledges in ${temporary} until it stops.`);
    return createReceiver({ data: temporary, dataset });
  }));
}

const handle = async (req, res) => (await receiver()).handle(req, res);

/** Called when the demo server closes: the store is closed and its lock released. */
export async function close() {
  if (!opening) return;
  const open = await opening.catch(() => undefined);
  opening = undefined;
  await open?.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

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
