/**
 * zod keeps its config and schema registry on globalThis (`__zod_globalConfig`,
 * `__zod_globalRegistry`) so that copies of zod can share them. lamtheo promises a portal
 * that it adds no globals besides its elements, and it never shares schemas with a host's
 * zod: in the bundles these two live in a module-scoped object instead.
 */
export function zodWithoutGlobals() {
  return {
    name: 'lamtheo:zod-without-globals',
    transform(code, id) {
      if (!/zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/.test(id) || !code.includes('globalThis')) return null;
      return { code: `const __lamtheoZodScope = {};\n${code.replaceAll('globalThis', '__lamtheoZodScope')}`, map: null };
    },
  };
}
