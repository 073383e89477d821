// The floor under every data widget: what the required stack weighs before a widget's own
// code. Builds three small probes with the library's own vite config (same minifier, same
// zod transform), gzip -9 each, and prints a table:
//   Lit        a LitElement that renders one line
//   zod/mini   the smallest object schema and a safeParse
//   reader     lamtheo's data element with its store, loader, views and dataset reader
// Run: node bench/floor.js   (about 20 s; builds in .tmp/, removed after)
import { build } from 'vite';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
// Inside the repository (ignored by git), so the probes resolve packages from node_modules.
const work = join(root, '.tmp', `floor-${process.pid}`);
mkdirSync(work, { recursive: true });

const probes = {
  lit: `import { LitElement, html } from 'lit';
customElements.define('probe-lit', class extends LitElement { render() { return html\`<p>\${this.localName}</p>\`; } });`,
  'zod-mini': `import * as z from 'zod/mini';
z.config({ jitless: true });
const s = z.object({ id: z.string(), value: z.number() });
globalThis.probe = (x) => s.safeParse(x).success;`,
  reader: `import { LamtheoDataElement } from '${root}/src/internal/data-element.ts';
customElements.define('probe-data', class extends LamtheoDataElement { renderData(d) { return String(d.dataset.version); } });`,
};

async function gzipOf(name, code) {
  const entry = join(work, `${name}.js`);
  writeFileSync(entry, code);
  const outDir = join(work, `out-${name}`);
  await build({
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
    },
  });
  // The entry and what it imports statically: lazily loaded parts (message words, the
  // explainers of problems) are not downloaded by a page whose data is valid.
  let total = 0;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    total += gzipSync(code, { level: 9 }).length;
    for (const [, path] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["'`](\.[^"'`]+)["'`]/g))
      visit(resolve(dirname(file), path));
  };
  visit(join(outDir, `${name}.js`));
  return total;
}

try {
  const rows = [];
  for (const [name, code] of Object.entries(probes)) rows.push([name, await gzipOf(name, code)]);
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('| probe | JS gzip |\n| --- | --- |');
  for (const [name, gzip] of rows) console.log(`| ${name} | ${kB(gzip)} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
