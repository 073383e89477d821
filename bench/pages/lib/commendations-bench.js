// The window.bench interface shared by the three commendation-table pages: the same 100,000
// rows; `start()` loads the library and shows them; `search(q)` / `sortByName()` act as a person
// would; `firstName()` reads the first name on screen.
import { commendationRecords } from './commendations.js';

export const records = commendationRecords(100000, 2017);
/** The query a visitor types, and the first name of the list sorted by name (computed before the clock). */
export const query = 'Nguyễn Văn An';
const collator = new Intl.Collator('vi', { numeric: true });
export const firstByName = records.reduce(
  (min, r) => (collator.compare(r.recipient.name, min) < 0 ? r.recipient.name : min),
  records[0].recipient.name,
);

export function expose(api) {
  window.bench = { query, firstByName, ...api };
}
