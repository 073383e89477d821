import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { zodWithoutGlobals } from './scripts/no-globals-plugin.js';

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
