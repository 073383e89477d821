/**
 * The one door to zod in lamtheo's code: every schema is built with these functions and every
 * value is checked with `safeParse` from here, never with `zod/mini` directly (eslint.config.js
 * says so), because here zod runs with the page's additions to `Object.prototype` hidden.
 *
 * Why. Old portal scripts add enumerable properties to `Object.prototype`
 * (`Object.prototype.clone = function () {…}`: CMS plugins, Prototype-era helpers). zod 4 walks
 * plain objects with `for…in` and no own-property check in several places, so it meets those
 * additions as if they were its own keys:
 * - `members` (zod/v4/core/util.js, since 4.6) installs each schema class's methods from an
 *   object literal when the first schema of that class is built; for `clone` it reads
 *   `Object.getOwnPropertyDescriptor(table, 'clone').get` of undefined and throws
 *   "Cannot read properties of undefined (reading 'get')". No schema can be built, the module
 *   that builds them fails while it is evaluated, and no lamtheo element is ever defined;
 * - `propValues` of an object schema (core/schemas.js), computed when a discriminated union
 *   first checks a value, reads `shape[key]._zod` for every key `for…in` finds in the shape,
 *   and throws on `clone`;
 * - loose and strict objects list the keys of the checked value with `for…in`, so an addition
 *   is copied into the output or reported as an unknown key.
 * Upstream: https://github.com/colinhacks/zod/blob/main/packages/zod/src/v4/core/util.ts
 * (`members`, `derived`) and core/schemas.ts (`propValues`, `handleCatchall`); the fix there
 * is an own-property check or `Object.keys`. Until zod has it, it runs here inside
 * `withPlainObjects`.
 *
 * Only the schema functions lamtheo uses are here; a schema file that needs another adds it.
 * Methods called on a schema (`.check(…)`) build only more schemas of a class that one of these
 * functions already built, which is where zod installs its members; checking goes through
 * `safeParse` below.
 */
import * as zod from 'zod/mini';

export type { core, infer, input, output } from 'zod/mini';

/**
 * Runs `run` with the enumerable properties that page scripts added to `Object.prototype`
 * made non-enumerable, and makes them enumerable again before returning (or throwing).
 * Nothing else runs meanwhile (it is synchronous), nothing is removed or replaced, and on a
 * page without such additions it changes nothing. An addition that cannot be redefined (not
 * configurable, or `Object.prototype` frozen) stays as it is: zod may then fail, and the
 * caller words that failure as for any other.
 */
export function withPlainObjects<T>(run: () => T): T {
  const proto = Object.prototype;
  const hidden: string[] = [];
  for (const key of Object.keys(proto)) {
    try {
      Object.defineProperty(proto, key, { enumerable: false });
      hidden.push(key);
    } catch {
      // Not configurable: left as it is.
    }
  }
  try {
    return run();
  } finally {
    for (const key of hidden) Object.defineProperty(proto, key, { enumerable: true });
  }
}

/** `f`, run inside `withPlainObjects` (same signature, generics included). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function, its type kept as is
const plain = <F extends (...args: any[]) => unknown>(f: F): F =>
  ((...args: Parameters<F>) => withPlainObjects(() => f(...args))) as F;

export const _default = /* @__PURE__ */ plain(zod._default);
export const array = /* @__PURE__ */ plain(zod.array);
export const boolean = /* @__PURE__ */ plain(zod.boolean);
export const config = /* @__PURE__ */ plain(zod.config);
export const discriminatedUnion = /* @__PURE__ */ plain(zod.discriminatedUnion);
// `enum` and `null` are reserved words: exported under their names from local ones.
const enumOf = /* @__PURE__ */ plain(zod.enum);
export { enumOf as enum };
export const gte = /* @__PURE__ */ plain(zod.gte);
export const int = /* @__PURE__ */ plain(zod.int);
export const literal = /* @__PURE__ */ plain(zod.literal);
export const looseObject = /* @__PURE__ */ plain(zod.looseObject);
export const lte = /* @__PURE__ */ plain(zod.lte);
export const maxLength = /* @__PURE__ */ plain(zod.maxLength);
export const minLength = /* @__PURE__ */ plain(zod.minLength);
export const nullable = /* @__PURE__ */ plain(zod.nullable);
const nullOf = /* @__PURE__ */ plain(zod.null);
export { nullOf as null };
export const number = /* @__PURE__ */ plain(zod.number);
export const object = /* @__PURE__ */ plain(zod.object);
export const optional = /* @__PURE__ */ plain(zod.optional);
export const record = /* @__PURE__ */ plain(zod.record);
export const refine = /* @__PURE__ */ plain(zod.refine);
export const registry = /* @__PURE__ */ plain(zod.registry);
export const string = /* @__PURE__ */ plain(zod.string);
export const toJSONSchema = /* @__PURE__ */ plain(zod.toJSONSchema);
export const tuple = /* @__PURE__ */ plain(zod.tuple);
export const union = /* @__PURE__ */ plain(zod.union);
export const unknown = /* @__PURE__ */ plain(zod.unknown);

/**
 * Checks `value` against `schema` (zod's `safeParse`). The error, which zod builds on first
 * read, is built here too, inside `withPlainObjects`.
 */
export const safeParse: typeof zod.safeParse = (schema, value, params) =>
  withPlainObjects(() => {
    const result = zod.safeParse(schema, value, params);
    if (!result.success) void result.error.issues;
    return result;
  });
