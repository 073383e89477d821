import { expect } from '@open-wc/testing';
import { recorded, settledWidgets, shadowText } from '../helpers/page.js';

/**
 * The README's embed snippets, run verbatim: every ```html block that holds a lamtheo tag, a
 * `data-lamtheo` div or a `#lamtheo=` link is put in a page as written, with one rewriting rule
 * for the addresses a portal would have (the test server has neither the portal's host nor its
 * folders): a script `…/lamtheo.js` or `…/lamtheo.iife.js` loads /dist/ (a block with no script
 * gets `lamtheo.js` once at the end of the page, as the README says to put it in the theme), and
 * a data file `/data/x.json` or `/du-lieu/x.json` is test/fixtures/x.json (copies of the same
 * seeds), and a pledge receiver's `https://…/api/pledges…` or `endpoint="https://…/"` is the test
 * runner's receiver at /rx. A block marked `<!-- not-runnable: why -->` is skipped; the list of those stays short.
 * Each widget must settle in a state that is not an error, with visible text.
 */
interface Snippet {
  line: number;
  html: string;
}

async function readmeSnippets(): Promise<{ run: Snippet[]; skipped: Snippet[] }> {
  const readme = await (await fetch('/README.md')).text();
  const run: Snippet[] = [];
  const skipped: Snippet[] = [];
  for (const match of readme.matchAll(/```html\n([\s\S]*?)```/g)) {
    const html = match[1];
    if (!/<lamtheo-|data-lamtheo=|#lamtheo=/.test(html)) continue;
    const snippet = { line: readme.slice(0, match.index).split('\n').length + 1, html };
    (/<!-- not-runnable:/.test(html) ? skipped : run).push(snippet);
  }
  return { run, skipped };
}

/** The one rewriting rule: the portal's addresses → the test server's. */
export function localAddresses(html: string): string {
  return html
    .replace(
      /src="[^"]*\/lamtheo(\.iife)?\.js"/g,
      (_all, iife: string | undefined) => `src="/dist/lamtheo${iife ?? ''}.js"`,
    )
    .replace(/(["=])\/(?:data|du-lieu)\/([\w.-]+\.(?:json|csv|geojson))/g, '$1/test/fixtures/$2')
    .replace(/"https:\/\/[^"/]+(\/api\/pledges[^"]*)"/g, '"/rx$1"')
    .replace(/endpoint="https:\/\/[^"/]+\/"/g, 'endpoint="/rx/"');
}

async function portal(body: string): Promise<HTMLIFrameElement> {
  const script = /lamtheo(\.iife)?\.js/.test(body) ? '' : '<script type="module" src="/dist/lamtheo.js"></script>';
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '1500px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base href="${location.origin}/">
<script src="/test/pages/record-errors.js"></script></head><body>${body}${script}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe("the README's embed snippets, as written", function () {
  this.timeout(60_000);

  it('finds the snippets, and skips only the few marked not runnable', async () => {
    const { run, skipped } = await readmeSnippets();
    expect(run.length).to.be.at.least(4);
    expect(skipped.length).to.be.at.most(2);
  });

  it('turns every snippet into widgets that show their data', async () => {
    const { run } = await readmeSnippets();
    for (const { line, html } of run) {
      const frame = await portal(localAddresses(html));
      const widgets = await settledWidgets(frame.contentDocument!, 20_000).catch(() => {
        const states = [...frame.contentDocument!.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('lamtheo-'))
          .map((el) => `<${el.localName}> ${el.getAttribute('state') ?? (el.shadowRoot ? 'no state' : 'not defined')}`);
        throw new Error(`README.md line ${line}: not settled in 20 s: ${states.join(', ')}`);
      });
      expect(widgets.length, `README.md line ${line}`).to.be.greaterThan(0);
      for (const widget of widgets) {
        const where = `README.md line ${line}: <${widget.localName}>`;
        // "empty" is a settled state too: a new receiver's public list has nothing yet, and says so.
        expect(widget.getAttribute('state'), where).to.be.oneOf(['ready', 'empty']);
        expect(shadowText(widget).length, where).to.be.greaterThan(5);
      }
      expect(recorded(frame).errors, `README.md line ${line}`).to.deep.equal([]);
      frame.remove();
    }
  });
});
