// The size scenario: every bench/pages/*.html is one entry-point page. Each is opened once
// in a fresh context; every JavaScript file it downloads is recorded with its gzip -9 size.
// A page may declare, in <head>:
//   <meta name="bench-max-gzip" content="20000">          budget for all its JS, in bytes
//   <meta name="bench-forbid" content="/chunks/spaces- …">  URL parts it must never download
import { readdir } from 'node:fs/promises';
import { openRun } from './tools.js';

/** Size pages, the ones without lamtheo first and then alphabetical. */
export async function sizePages(dir) {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  const rank = (name) => (name === 'empty.html' ? 0 : 1);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function readPage() {
  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content')?.trim();
  const undefinedTags = [...document.querySelectorAll(':not(:defined)')]
    .map((element) => element.localName)
    .filter((tag) => tag.startsWith('lamtheo-'));
  return {
    title: document.title,
    max: meta('bench-max-gzip'),
    forbid: meta('bench-forbid'),
    undefinedTags: [...new Set(undefinedTags)],
  };
}

export async function measureSize(browser, origin, name) {
  const run = await openRun(browser);
  try {
    await run.page.goto(`${origin}/bench/pages/${name}`, { waitUntil: 'load' });
    await run.page.waitForLoadState('networkidle');
    // Lazily loaded families: wait (a little) until every lamtheo tag in the page is defined.
    await run.page
      .waitForFunction(
        () => ![...document.querySelectorAll(':not(:defined)')].some((e) => e.localName.startsWith('lamtheo-')),
        undefined,
        { timeout: 5000 },
      )
      .catch(() => {});
    await run.tools.settle();
    const info = await run.page.evaluate(readPage);
    const files = await run.files();
    const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
    const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
    const max = info.max === undefined ? undefined : Number(info.max);
    const forbidden = (info.forbid ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((part) => files.filter((file) => file.path.includes(part)).map((file) => file.path));
    const problems = [
      ...(max !== undefined && gzip > max ? [`over ${max} B`] : []),
      ...forbidden.map((path) => `downloaded ${path}`),
      ...info.undefinedTags.map((tag) => `<${tag}> never defined`),
      ...run.errors.map((message) => `page: ${message}`),
    ];
    return {
      page: `bench/pages/${name}`,
      title: info.title,
      files,
      bytes,
      gzip,
      max,
      ok: problems.length === 0,
      problems,
    };
  } finally {
    await run.close();
  }
}
