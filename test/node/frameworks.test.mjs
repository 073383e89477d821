// The package as a React, Vue or TypeScript developer gets it: `npm pack`, the tarball unpacked
// into node_modules/lamtheo of three small projects (react, vue, plain TypeScript) whose code is
// the README's snippets ("From React, Vue, Angular or plain TypeScript"), nothing fetched from a
// registry (react, vue, typescript and vite come from this repository's node_modules). Each
// project is type-checked with `tsc --strict` (with checks that the types are not `any`),
// bundled with vite, and opened in Chromium, where Tân Bình's figures must show and the
// handlers receive `lamtheo-state` and `lamtheo-error`. Needs `npm run build` first (npm test does it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromePath, chromeFlags } from '../../scripts/chrome.js';

const root = join(import.meta.dirname, '../..');
const modules = join(root, 'node_modules');
const seed = join(root, 'test/fixtures/tan-binh-2017.json');
const apps = { react: 'react/src/main.tsx', vue: 'vue/src/main.ts', plain: 'plain/src/main.ts' };

/** The README's framework snippets: the code block after each `<!-- frameworks-test: path -->`. */
export function readmeSnippets(readme = readFileSync(join(root, 'README.md'), 'utf8')) {
  const snippets = {};
  for (const [, path, code] of readme.matchAll(/<!-- frameworks-test: (\S+) -->\s*```\w*\n([\s\S]*?)```/g))
    snippets[path] = code;
  return snippets;
}

let work;
let server;
let origin;
/** The tarball's file list, as `npm pack --json` gives it. */
let packedFiles = [];

before(async () => {
  assert.ok(
    existsSync(join(root, 'dist/types/react.d.ts')) && existsSync(join(root, 'dist/counter.js')),
    'dist/ is missing or old: run `npm run build` first',
  );
  work = mkdtempSync(join(tmpdir(), 'lamtheo-frameworks-'));
  // node_modules: this repository's packages, linked (nothing is installed), and lamtheo from
  // the tarball, as `npm install lamtheo-0.1.0.tgz` would unpack it.
  const nodeModules = join(work, 'node_modules');
  mkdirSync(nodeModules);
  for (const name of readdirSync(modules))
    if (!name.startsWith('.') && name !== 'lamtheo')
      symlinkSync(realpathSync(join(modules, name)), join(nodeModules, name));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  packedFiles = packed.files.map((f) => f.path);
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
  renameSync(join(work, 'package'), join(nodeModules, 'lamtheo'));

  const snippets = readmeSnippets();
  for (const [name, path] of Object.entries(apps)) {
    assert.ok(snippets[path], `README has no snippet marked <!-- frameworks-test: ${path} -->`);
    const dir = join(work, name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    mkdirSync(join(dir, 'public'));
    writeFileSync(join(work, path), snippets[path]);
    copyFileSync(seed, join(dir, 'src/tan-binh-2017.json'));
    copyFileSync(seed, join(dir, 'public/tan-binh-2017.json'));
    const mount = name === 'react' ? 'root' : 'app';
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title></head>` +
        `<body><div id="${mount}"></div><script type="module" src="/${path.slice(name.length + 1)}"></script></body></html>`,
    );
  }
  writeChecks(JSON.parse(readFileSync(join(nodeModules, 'lamtheo/custom-elements.json'), 'utf8')));
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        resolveJsonModule: true,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        types: [],
        skipLibCheck: true,
      },
      include: ['react/src', 'vue/src', 'plain/src', 'checks'],
    }),
  );

  server = createServer((request, response) => {
    const [app, ...rest] = decodeURIComponent(new URL(request.url, 'http://x').pathname).slice(1).split('/');
    const file = normalize(join(work, app, 'dist', rest.join('/') || 'index.html'));
    if (!Object.hasOwn(apps, app) || !file.startsWith(join(work, app, 'dist')) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server?.close();
  // LAMTHEO_KEEP_FRAMEWORKS=1 keeps the projects to look at (the path is printed).
  if (process.env.LAMTHEO_KEEP_FRAMEWORKS === '1') console.log(`frameworks test projects kept in ${work}`);
  else if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Type checks beyond the snippets: the types are not `any` (a wrong value must fail), and every
 * tag of the packed manifest is a typed JSX element and a Vue global component.
 */
function writeChecks(manifest) {
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  assert.ok(tags.includes('lamtheo-counter'), `tags in the packed manifest: ${tags}`);
  const list = JSON.stringify(tags);
  mkdirSync(join(work, 'checks'));
  writeFileSync(
    join(work, 'checks/react.tsx'),
    `import type {} from 'lamtheo/react';
import type { LamtheoTagName, WidgetState } from 'lamtheo';

// Every tag of the manifest is a tag of the types, and no other.
const tags = ${list} as const satisfies readonly LamtheoTagName[];
type Untested = Exclude<LamtheoTagName, (typeof tags)[number]>;
export const none: [Untested] extends [never] ? true : Untested = true;

export const typed = [
  <lamtheo-counter metric="x" />,
  <lamtheo-counter-grid metrics="a b" heading-level="3" />,
  <lamtheo-counter onlamtheo-state={(e) => { const s: WidgetState = e.state; return s; }} />,
  <lamtheo-pledge-form onlamtheo-pledge-sent={(e) => e.detail.receipt.toUpperCase()} />,
  // @ts-expect-error metric is a string
  <lamtheo-counter metric={1} />,
  // @ts-expect-error no such property
  <lamtheo-counter metrix="x" />,
  // @ts-expect-error the handler gets a LamtheoStateEvent
  <lamtheo-counter onlamtheo-state={(e: number) => e} />,
  // @ts-expect-error problems are Problem objects
  <lamtheo-counter onlamtheo-error={(e) => e.problems[0]?.toFixed()} />,
  // @ts-expect-error no such element
  <lamtheo-countr metric="x" />,
];
`,
  );
  writeFileSync(
    join(work, 'checks/vue.ts'),
    `import type { GlobalComponents } from 'vue';
import type {} from 'lamtheo/vue';
import type { LamtheoTagName } from 'lamtheo';

type Props<T extends LamtheoTagName> = InstanceType<GlobalComponents[T]>['$props'];
export const all: { [T in LamtheoTagName]: Props<T> } = Object.fromEntries(${list}.map((t) => [t, {}])) as never;
export const counter: Props<'lamtheo-counter'> = {
  metric: 'x',
  data: {},
  onLamtheoError: (e) => e.problems.map((p) => p.message),
  onLamtheoState: (e) => e.state,
};
// @ts-expect-error metric is a string
export const wrongValue: Props<'lamtheo-counter'> = { metric: 1 };
// @ts-expect-error the handler gets a LamtheoErrorEvent
export const wrongHandler: Props<'lamtheo-counter'> = { onLamtheoError: (e: number) => e };
`,
  );
  writeFileSync(
    join(work, 'checks/plain.ts'),
    `import type { LamtheoCounter } from 'lamtheo/counter';
export const counter: LamtheoCounter = document.createElement('lamtheo-counter');
document.body.addEventListener('lamtheo-pledge-sent', (e) => e.detail.idempotencyKey.length);
// @ts-expect-error metric is a string
counter.metric = 1;
`,
  );
}

test('the tarball holds every file package.json names, and only the built package', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const named = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin ?? {})]);
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  for (const target of targets(pkg.exports)) named.add(target);
  const files = new Set(packedFiles);
  const missing = [...named]
    .filter(Boolean)
    .map((path) => path.replace(/^\.\//, ''))
    .filter((path) => !files.has(path));
  assert.deepEqual(missing, [], 'named in package.json, missing from the tarball');
  const stray = packedFiles.filter(
    (path) =>
      !/^(dist|bin)\//.test(path) &&
      !['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'custom-elements.json'].includes(path),
  );
  assert.deepEqual(stray, [], 'files a user does not need');
  assert.ok(!files.has('dist/generate.js'), 'the benchmark data generator');
});

test('the consumers type-check with tsc --strict against the packed package', () => {
  const tsc = join(modules, 'typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { cwd: work, encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
  for (const path of Object.values(apps))
    assert.doesNotMatch(readFileSync(join(work, path), 'utf8'), /\bany\b|@ts-/, `${path} uses any or a ts comment`);
});

test('the consumers, bundled with vite, show the seed figures in Chromium and hear the events', async () => {
  const { build } = await import('vite');
  for (const name of Object.keys(apps)) {
    await build({
      root: join(work, name),
      base: `/${name}/`,
      configFile: false,
      logLevel: 'error',
      // A template string needs Vue's compiler in the page (the README says so).
      resolve: name === 'vue' ? { alias: { vue: 'vue/dist/vue.esm-bundler.js' } } : {},
      define:
        name === 'vue'
          ? {
              __VUE_OPTIONS_API__: 'true',
              __VUE_PROD_DEVTOOLS__: 'false',
              __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
            }
          : {},
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
      build: { outDir: join(work, name, 'dist'), emptyOutDir: true },
    });
  }
  // `src="/tan-binh-2017.json"` in the snippets: the app's public file, as served at its root.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeFlags });
  try {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    await context.route('**/tan-binh-2017.json', (route) => route.fulfill({ path: seed }));
    for (const name of Object.keys(apps)) {
      const page = await context.newPage();
      const failures = [];
      page.on('pageerror', (error) => failures.push(String(error)));
      page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
      /** Waits until the page shows it, or fails naming the app and what was missing. */
      const shows = (locator, what) =>
        locator.waitFor({ state: 'visible', timeout: 15_000 }).catch((error) => {
          throw new Error(`${name}: ${what} never showed (${failures.join('; ') || 'no page errors'})`, {
            cause: error,
          });
        });
      await page.goto(`${origin}/${name}/`);
      const counters = page.locator('lamtheo-counter');
      // The figures as a visitor reads them (Vietnamese grouping), in each counter's shadow root.
      await shows(counters.nth(0).getByText('11.368', { exact: true }), 'the figure 11.368 (data as a property)');
      await shows(counters.nth(1).getByText('473', { exact: true }), 'the figure 473 (src as an attribute)');
      assert.match(await counters.nth(0).getByText('Đảng viên', { exact: true }).innerText(), /Đảng viên/, name);
      // `data` arrived as a property, not as an attribute "[object Object]".
      assert.equal(await counters.nth(0).getAttribute('data'), null, `${name}: data became an attribute`);
      // The handlers: lamtheo-state (the first counter ready) and lamtheo-error (an unknown metric).
      await shows(page.getByText('Trạng thái: ready'), 'the state from lamtheo-state');
      // (The counter shows its own error view too, also role=alert: the app's is a <p>.)
      await shows(page.locator('p[role=alert]'), 'the problem from lamtheo-error');
      const alert = await page.locator('p[role=alert]').innerText();
      assert.match(alert, /^Lỗi dữ liệu: \S.*khong-gian-van-hoa/s, `${name}: ${alert}`);
      assert.deepEqual(failures, [], `${name}: errors in the page`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
