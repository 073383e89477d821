/**
 * Code that only some pages run, downloaded the first time it is needed: vite puts each of
 * these modules (with what only it uses, such as d3-dsv) in a chunk of its own, so a table
 * read from JSON, never exported and without `url-state` downloads none of them.
 *
 * A download can fail (the visitor's connection dropped): every caller turns a rejected
 * loader into a message for the visitor. Tests replace a loader to see that happen.
 */
export const lazyParts = {
  /** The CSV file of the rows shown, when the visitor presses "Tải CSV". */
  csvExport: () => import('./csv-export.js'),
  /** The CSV reader (and d3-dsv), when the text fetched from `src` may be CSV. */
  csvSource: () => import('./csv-source.js'),
  /** The view kept in the URL hash, with the `url-state` attribute. */
  urlState: () => import('./url-state.js'),
};
