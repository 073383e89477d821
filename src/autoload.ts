/**
 * The one-tag entry (`dist/lamtheo.js`): add it to a page and every lamtheo tag in the
 * page, now or added later, gets its widget; each family's code is fetched only when one
 * of its tags is there.
 *
 * ```html
 * <script type="module" src="https://…/lamtheo.js"></script>
 * ```
 * Module scripts run after the document is parsed, so the first scan sees the whole page.
 */
import { families } from './families.js';
import { startAutoloader } from './autoloader.js';

startAutoloader(families);

// Types only: every tag's element class and every event, for code that imports `lamtheo`.
export type * from './element-types.js';
