/**
 * Code that only some tables run, downloaded the first time it is needed (i18n/lazy-part.ts):
 * vite puts each of these modules (with what only it uses, such as d3-dsv) in a chunk of its
 * own, so a table read from JSON, never exported and without `url-state` downloads none of
 * them. A failed download shows in place of what it was for, with a retry.
 */
import { lazyPart } from '../../i18n/lazy-part.js';

/** The CSV file of the rows shown, when the visitor presses "Tải CSV". */
export const csvExport = lazyPart('csv-export', () => import('./csv-export.js'));

/** The CSV reader (and d3-dsv), when the text fetched from `src` may be CSV. */
export const csvSource = lazyPart('csv-source', () => import('./csv-source.js'));

/** The view kept in the URL hash, with the `url-state` attribute. */
export const urlState = lazyPart('url-state', () => import('./url-state.js'));
