// 100,000 commendation records for the table benchmark (and the demo's large list): the
// library's own seeded generator (test/fixtures/generate/generate.ts, built to dist/generate.js), so the
// records are valid against the schema and every contender gets the same rows.
import { generateDataset } from '../../../dist/generate.js';

export function commendationRecords(count = 100000, seed = 2017) {
  return generateDataset({ seed, commendations: count, spaces: 0 }).commendations;
}
