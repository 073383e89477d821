/**
 * The exported dataset: the draft as a pretty-printed JSON file (two spaces, a final newline,
 * UTF-8), with `$schema` first so editors offer completion and `npx lamtheo validate` knows what
 * it reads. Pure functions; the studio turns the text into a download.
 */

/** The JSON Schema beside the script (`…/lamtheo.js` → `…/lamtheo.schema.json`). */
export function schemaUrlFor(script: string): string {
  const path = script.trim().replace(/[?#].*$/s, '');
  return path.includes('/') ? path.replace(/[^/]*$/, 'lamtheo.schema.json') : 'lamtheo.schema.json';
}

/** The file's text: `$schema` first (the draft's own when it has one, else `schema`), then the rest. */
export function exportText(draft: unknown, schema: string): string {
  const data =
    typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? (draft as Record<string, unknown>) : {};
  const own = typeof data.$schema === 'string' && data.$schema.trim() ? data.$schema : schema;
  const rest = { ...data };
  delete rest.$schema;
  return `${JSON.stringify({ $schema: own, ...rest }, null, 2)}\n`;
}

/** A file name for the download: the one typed, else the title's words without tone marks. */
export function exportFileName(typed: string, title: unknown): string {
  const base = (typed.trim() || (typeof title === 'string' ? title : '') || 'du-lieu')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'du-lieu'}.json`;
}
