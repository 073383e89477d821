/**
 * The lamtheo data contract, version 1: one zod schema for every widget, the CLI
 * checker and the JSON Schema in dist/lamtheo.schema.json. No Lit, no DOM.
 *
 * Why `zod/mini` and not `zod`: every page that shows a single counter also ships the
 * validator, and that page must stay under 20 kB gzip of JavaScript. Measured here
 * (vite 8 library build, minified, gzip -9) on the same small schema: full `zod`
 * 26.8 kB, `zod/mini` 6.9 kB (esbuild: 26.5 against 6.3; TOOLCHAIN.md: about 24 against
 * 6). This whole schema with mini costs 13.7 kB gzip; the checks around it
 * (src/data/check/validate-core.ts) 7.2 kB more; the words of the messages 3.4 kB (vi) and
 * 3.0 kB (en), loaded only when there is something to say (src/data/check/validate-lazy.ts).
 * mini has the same parser and the same `z.toJSONSchema`; only the API differs
 * (`z.optional(x)`, `.check(z.maxLength(n))`). primitives.ts also turns zod's
 * eval-compiled parser off, for pages with a strict Content-Security-Policy.
 *
 * Messages are not set here: schemas carry `params.code` on custom checks and
 * src/data/words/messages.ts words every issue per call in vi or en, so two widgets on one
 * page can speak different languages.
 */
export * from './calendar.js';
export * from './url.js';
export * from './primitives.js';
export * from './provenance.js';
export * from './unit.js';
export * from './period.js';
export * from './metric.js';
export * from './commendation.js';
export * from './pledge-template.js';
export * from './pledge.js';
export * from './space.js';
export * from './boundaries.js';
export * from './dataset.js';
