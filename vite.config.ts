import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * zod keeps its config and schema registry on globalThis (`__zod_globalConfig`,
 * `__zod_globalRegistry`) so that copies of zod can share them. lamtheo promises a portal
 * that it adds no globals besides its elements, and it never shares schemas with a host's
 * zod: in the bundles these two live in a module-scoped object instead.
 */
function zodWithoutGlobals(): Plugin {
  return {
    name: 'lamtheo:zod-without-globals',
    transform(code, id) {
      if (!/zod[\\/]v4[\\/]core[\\/](core|registries)\.js$/.test(id) || !code.includes('globalThis')) return null;
      return {
        code: `const __lamtheoZodScope = {};\n${code.replaceAll('globalThis', '__lamtheoZodScope')}`,
        map: null,
      };
    },
  };
}

const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/**
 * The ES module build: the one-tag autoloader (`lamtheo.js`), every element at once
 * (`all.js`) and one entry per family, sharing chunks so a page downloads each piece of
 * code once. Lit and zod are bundled: a portal pastes one tag and needs nothing else.
 * The classic-script build is in scripts/build.js (`lamtheo.iife.js`).
 */
export const entries = {
  lamtheo: src('autoload.ts'),
  all: src('index.ts'),
  counter: src('components/counter/index.ts'),
  commendations: src('components/commendations/index.ts'),
  pledge: src('components/pledge/index.ts'),
  spaces: src('components/spaces/index.ts'),
  schema: src('schema-entry.ts'),
};

export default defineConfig({
  // `npm run dev` serves the demo page with the sources, rebuilt on save.
  root: '.',
  plugins: [zodWithoutGlobals()],
  server: { open: '/demo/index.html' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
});
