// npm run test:stories: opens every story of the built Storybook (storybook-static/) in
// Chromium and fails when a story throws, logs an error, or shows no lamtheo widget.
import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, chromeFlags } from './chrome.js';

const root = resolve(import.meta.dirname, '../storybook-static');
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeFlags });
const failures = [];

// Every link between pages (`?path=/docs/…` or `?path=/story/…` in the MDX pages and the
// stories' descriptions) must lead to a page Storybook has: no "Couldn't find story".
for (const file of await readdir(resolve(import.meta.dirname, '../stories'))) {
  const text = await readFile(resolve(import.meta.dirname, '../stories', file), 'utf8');
  for (const [, id] of text.matchAll(/\?path=\/(?:docs|story)\/([\w-]+)/g))
    if (!index.entries[id]) failures.push(`stories/${file}: the link to "${id}" leads nowhere`);
}
// Stories that show an error or a network failure on purpose log it; that is not a failure.
const expectedLog = /\[lamtheo\]|Failed to load resource|net::ERR|Lit is in dev mode/;

for (const story of stories) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expectedLog.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
  try {
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) =>
          el.localName.startsWith('lamtheo-'),
        );
        return (
          widgets.length > 0 &&
          widgets.every((el) => el.localName === 'lamtheo-dataset' || el.shadowRoot?.childElementCount)
        );
      },
      null,
      { timeout: 10000 },
    );
    await page.waitForTimeout(300);
    // Stories render in the portal-like font the widgets inherit, never the browser's default serif.
    const font = await page.$eval('#storybook-root', (root) => {
      const widget = [...root.querySelectorAll('*')].find((el) => el.localName.startsWith('lamtheo-'));
      return getComputedStyle(widget ?? root).fontFamily;
    });
    if (/^"?(Times|serif)/i.test(font)) problems.push(`renders in ${font}`);
    // A "Loading" story must still be loading (its source never answers).
    if (story.id.endsWith('--loading')) {
      const states = await page.$$eval('#storybook-root *', (els) =>
        els.filter((el) => el.localName.startsWith('lamtheo-')).map((el) => el.getAttribute('state')),
      );
      if (!states.every((state) => state === 'loading')) problems.push(`not loading: ${states.join(', ')}`);
    }
  } catch {
    problems.push('no lamtheo widget rendered within 10 s');
  }
  if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
  await page.close();
}
// Docs pages show many stories in one document, some in a lang="en" block: each widget must
// speak the language of its own nearest lang, whatever the others speak.
const docs = Object.values(index.entries).filter(
  (entry) => entry.type === 'docs' && !entry.tags?.includes('unattached-mdx'),
);
const words = await interfaceWords();
for (const entry of docs) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`);
  try {
    await page.waitForFunction(
      () => {
        const widgets = [...document.querySelectorAll('#storybook-docs *')].filter(
          (el) => el.localName.startsWith('lamtheo-') && el.localName !== 'lamtheo-dataset',
        );
        return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.childElementCount);
      },
      null,
      { timeout: 15000 },
    );
    await page.waitForTimeout(500);
    const mixed = await page.evaluate(wrongLanguage, words);
    const rawTables = await rawMarkdownTables(page);
    if (rawTables) failures.push(`${entry.id} (docs): ${rawTables}`);
    if (mixed.length) failures.push(`${entry.id} (docs): ${mixed.join('; ')}`);
  } catch {
    // A page about the data format has no widget: nothing to check. A widget that never drew is a failure.
    const widgets = await page.$$eval(
      '#storybook-docs *',
      (els) => els.filter((el) => el.localName.startsWith('lamtheo-')).length,
    );
    if (widgets) failures.push(`${entry.id} (docs): ${widgets} widgets, not all drawn within 15 s`);
    const rawTables = await rawMarkdownTables(page);
    if (rawTables) failures.push(`${entry.id} (docs): ${rawTables}`);
  }
  await page.close();
}

// The MDX pages (Introduction, Data/Format, …) have no widget to wait for; their tables must render.
const pages = Object.values(index.entries).filter((entry) => entry.tags?.includes('unattached-mdx'));
for (const entry of pages) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`);
  const rawTables = await rawMarkdownTables(page);
  if (rawTables) failures.push(`${entry.id} (page): ${rawTables}`);
  await page.close();
}

await browser.close();
server.close();
console.log(`${stories.length} stories and ${docs.length} docs pages opened, ${failures.length} with problems`);
for (const failure of failures) console.log(`  ✗ ${failure}`);
process.exit(failures.length ? 1 : 0);

/** A Markdown table shown as text (`| widget | shows |`) means the MDX was compiled without GFM. */
async function rawMarkdownTables(page) {
  await page.waitForSelector('#storybook-docs p, #storybook-docs h1', { timeout: 10000 }).catch(() => {});
  const raw = await page.$$eval('#storybook-docs p', (paragraphs) =>
    paragraphs.map((p) => p.textContent ?? '').find((text) => /^\s*\|.*\|.*\|/.test(text)),
  );
  return raw ? `a table shown as raw text: "${raw.slice(0, 60)}…"` : '';
}

/**
 * The words only one language of the interface has (src/i18n/xliff/en.xlf: Vietnamese source,
 * English target), as in test/helpers/language.ts: a whole string counts when a text or label
 * is exactly it, a piece between placeholders (two words or more) inside a longer text.
 */
async function interfaceWords() {
  const xliff = await readFile(resolve(import.meta.dirname, '../src/i18n/xliff/en.xlf'), 'utf8');
  const entities = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  const pieces = (text = '') => {
    const texts = text.split(/<x [^>]*\/>/).map((piece) =>
      piece
        .replace(/&(\w+);/g, (all, name) => entities[name] ?? all)
        .replace(/\s+/g, ' ')
        .trim(),
    );
    return texts.length === 1
      ? texts.filter((piece) => piece.length >= 4).map((piece) => ({ text: piece, whole: true }))
      : texts
          .filter((piece) => piece.length >= 6 && piece.includes(' '))
          .map((piece) => ({ text: piece, whole: false }));
  };
  // The studio's words (ids `studio.…`) are the interface of the studio only: elsewhere the same
  // words ("Thành phố", a unit kind) are data, not interface, so they are checked in studio elements alone.
  const units = [...xliff.matchAll(/<trans-unit id="([^"]*)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, unit]) => ({
    studio: id.startsWith('studio.'),
    unit,
  }));
  const tagged = (list, studio) => list.map((piece) => ({ ...piece, studio }));
  const vi = units.flatMap(({ unit, studio }) =>
    tagged(pieces(unit.match(/<source>([\s\S]*?)<\/source>/)?.[1]), studio),
  );
  const en = units.flatMap(({ unit, studio }) =>
    tagged(pieces(unit.match(/<target>([\s\S]*?)<\/target>/)?.[1]), studio),
  );
  const both = new Set(vi.filter((piece) => en.some((other) => other.text === piece.text)).map((piece) => piece.text));
  return { vi: vi.filter((piece) => !both.has(piece.text)), en: en.filter((piece) => !both.has(piece.text)) };
}

/** In the page: the widgets that show words of the other language than their nearest lang's. */
function wrongLanguage({ vi, en }) {
  const attributes = ['aria-label', 'aria-description', 'placeholder', 'title', 'alt'];
  // Met by a visitor: not aria-hidden, or aria-hidden but drawn (a clipped 1 px honeypot is neither).
  const met = (element) => {
    const hidden = element.closest('[aria-hidden=true]');
    if (!hidden) return true;
    const box = hidden.getBoundingClientRect();
    return (
      hidden.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 2 && box.height > 2
    );
  };
  const languageOf = (element) => {
    for (let node = element; node; node = node.getRootNode().host) {
      const withLang = node.closest('[lang]');
      if (withLang) return withLang.getAttribute('lang').toLowerCase().startsWith('en') ? 'en' : 'vi';
    }
    return 'vi';
  };
  const tidy = (text) => text.replace(/\s+/g, ' ').trim();
  const found = [];
  const widgets = [...document.querySelectorAll('#storybook-docs *')].filter(
    (el) => el.localName.startsWith('lamtheo-') && el.localName !== 'lamtheo-dataset' && el.shadowRoot,
  );
  for (const widget of widgets) {
    const strings = [];
    const walker = document.createTreeWalker(widget.shadowRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (node.parentElement && met(node.parentElement)) strings.push(tidy(node.textContent));
    for (const element of widget.shadowRoot.querySelectorAll('*'))
      for (const name of attributes)
        if (element.getAttribute(name) && met(element)) strings.push(tidy(element.getAttribute(name)));
    const language = languageOf(widget);
    const inStudio = widget.localName.startsWith('lamtheo-studio');
    const foreign = (language === 'vi' ? en : vi).filter(
      (piece) =>
        (inStudio || !piece.studio) &&
        strings.some((text) => (piece.whole ? text === piece.text : text.includes(piece.text))),
    );
    if (foreign.length)
      found.push(
        `<${widget.localName}> in ${language} shows "${foreign
          .slice(0, 3)
          .map((piece) => piece.text)
          .join('", "')}"`,
      );
  }
  return found;
}
