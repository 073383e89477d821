// POST /api/pledges (a pledge, JSON) and GET /api/pledges (the public ones, as a dataset
// document): the demo's pledge receiver, storing into demo/.data/pledges.jsonl.
// Contract: docs/pledge-http-contract.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createReceiver } from '../receiver.js';

const root = resolve(import.meta.dirname, '../..');
const fixture = resolve(root, 'test/fixtures/ben-tre-2016-2017.json');

const receiver = await createReceiver({
  file: resolve(root, 'demo/.data/pledges.jsonl'),
  dataset: existsSync(fixture) ? fixture : { version: 1 },
});

export default [
  { method: 'POST', path: '/api/pledges', handle: (req, res) => receiver.handle(req, res) },
  { method: 'GET', path: '/api/pledges', handle: (req, res) => receiver.handle(req, res) },
];
