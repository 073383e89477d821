// The condition matrix of issue 12: every family on one page (test/pages/matrix.html), in the
// cells of test/matrix/cells.js: a pairwise cover of width × colour scheme × text size × language
// (15 cells). LAMTHEO_MATRIX=full in the runner's environment runs all 60 cells, and
// LAMTHEO_MATRIX=375-os-dark-200-vi,1280-forced-200-en only those. For each cell the page is
// opened once, axe runs once over all widgets (colour contrast on), and each widget is checked
// for clipped or cut text, horizontal overflow and strings in the wrong language. One test per
// widget per cell, whose failure lists every problem found, worded with the element, its text
// and what was measured; `node scripts/matrix-report.js` gathers them in .tmp/matrix-report.md.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { openPage, settledWidgets } from '../helpers/page.js';
import { cellsFor, cellName, languageOf, mediaFeatures, pageUrl, schemes, widgets, type Cell } from './cells.js';
import {
  axeProblems,
  clippedText,
  cutControls,
  dataStrings,
  englishWords,
  horizontalOverflow,
  wrongLanguage,
  type Problem,
} from './checks.js';

const height = 700;
const fetched = new Map<string, Promise<unknown>>();
const json = (url: string) => {
  if (!fetched.has(url))
    fetched.set(
      url,
      fetch(url).then((response) => response.json()),
    );
  return fetched.get(url)!;
};

/** The data a widget shows, and the page's own attribute values: allowed in any language. */
async function dataOf(element: Element & { data?: unknown }, attributes: Record<string, string>) {
  const sources = [attributes.src, attributes.boundaries].filter(Boolean).map((url) => json(url));
  const data = dataStrings([await Promise.all(sources), element.data ?? null, Object.values(attributes)]);
  return data;
}

const xliff = fetch('/src/i18n/xliff/en.xlf').then((response) => response.text());

// LAMTHEO_MATRIX in the runner's environment: 'full', some cell names, or the pairwise cover.
const cells = cellsFor(String(await executeServerCommand('matrix-cells')));
const started = performance.now();
after(async () => {
  await executeServerCommand('lamtheo-media', { features: [] });
  await executeServerCommand('matrix-record', { total: Math.round(performance.now() - started), cells: cells.length });
});

for (const cell of cells as Cell[]) {
  const name = cellName(cell);
  describe(`matrix ${name}`, function () {
    this.timeout(60000);
    const found = new Map<string, Problem[]>();
    let frame: HTMLIFrameElement;

    before(async function () {
      const start = performance.now();
      await setViewport({ width: cell.width + 40, height: height + 40 });
      await executeServerCommand('lamtheo-media', { features: mediaFeatures(cell) });
      frame = await openPage(pageUrl(cell), { width: cell.width, height });
      const doc = frame.contentDocument!;
      // The emulation reached the page: else every cell would silently be the light one.
      const media = (query: string) => frame.contentWindow!.matchMedia(query).matches;
      const scheme = schemes[cell.scheme];
      if (
        media('(prefers-color-scheme: dark)') !== (scheme.os === 'dark') ||
        media('(forced-colors: active)') !== scheme.forced
      )
        throw new Error(`${name}: the colour scheme or forced colours were not emulated`);
      const hosts = await settledWidgets(doc, 30000);
      const loaded = performance.now() - start;
      const axe = await axeProblems(frame.contentWindow!, hosts);
      const fixtures = widgets.flatMap((widget) => (widget.attributes.src ? [json(widget.attributes.src)] : []));
      const english = englishWords(await xliff, dataStrings(await Promise.all(fixtures)));
      for (const widget of widgets) {
        const host = doc.getElementById(widget.id)!;
        // What a visitor sees when they scroll to it (the map fills its list once in view).
        host.scrollIntoView({ block: 'start' });
        await new Promise((resolve) => setTimeout(resolve, 60));
        const data = await dataOf(host, widget.attributes);
        found.set(widget.id, [
          ...(axe.get(host) ?? []),
          ...clippedText(host),
          ...cutControls(host),
          ...horizontalOverflow(host),
          ...wrongLanguage(host, languageOf(widget, cell), data, english),
        ]);
      }
      const total = performance.now() - start;
      await executeServerCommand('matrix-record', {
        cell: name,
        timing: { loaded: Math.round(loaded), total: Math.round(total) },
      });
    });

    after(() => frame?.remove());

    for (const widget of widgets) {
      it(`${widget.family} (${widget.fixture}) #${widget.id}`, async () => {
        const problems = found.get(widget.id) ?? [];
        await executeServerCommand('matrix-record', {
          cell: name,
          widget: widget.id,
          family: widget.family,
          fixture: widget.fixture,
          problems,
        });
        // The first 30 in the runner's output; all of them in .tmp/matrix-report.md.
        const shown = problems.slice(0, 30).map((problem) => `  ${problem.check}: ${problem.message}`);
        if (problems.length > shown.length)
          shown.push(`  … and ${problems.length - shown.length} more: node scripts/matrix-report.js`);
        if (problems.length)
          expect.fail(
            [`${widget.family} (${widget.fixture}) in ${name}: ${problems.length} problems`, ...shown].join('\n'),
          );
      });
    }
  });
}
