// The studio's page (<lamtheo-studio> alone on a page), in Vietnamese and English: built into
// dist/studio/ by scripts/build.js with `../lamtheo.js` (relative, so a portal can host the
// folder as it is), and served by the demo at /studio/ with `/dist/lamtheo.js`
// (demo/routes/studio.js). No inline script or style: it works under a strict CSP; the page's
// few rules are in studio.css beside it.

const words = {
  vi: { title: 'Soạn dữ liệu lamtheo', other: 'English', otherHref: 'en.html', otherLang: 'en' },
  en: { title: 'lamtheo data studio', other: 'Tiếng Việt', otherHref: './', otherLang: 'vi' },
};

const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * @param {string} script  the address of lamtheo.js from the page
 * @param {'vi' | 'en'} lang
 * @param {string} wardFiles  the folder of the ward maps lamtheo ships (dist/geo/), from the page
 */
export function studioPage(script, lang = 'vi', wardFiles = '../geo/') {
  const w = words[lang];
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escape(w.title)}</title>
    <link rel="stylesheet" href="studio.css" />
    <script type="module" src="${escape(script)}"></script>
  </head>
  <body>
    <nav><a href="${w.otherHref}" lang="${w.otherLang}" hreflang="${w.otherLang}">${escape(w.other)}</a></nav>
    <main>
      <lamtheo-studio ward-files="${escape(wardFiles)}"></lamtheo-studio>
    </main>
  </body>
</html>
`;
}

/** The page around the studio: the system's font and colours (light or dark), a margin. */
export const studioPageCss = `:root {
  color-scheme: light dark;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
  background: Canvas;
  color: CanvasText;
}
body {
  margin: 0;
  padding: 0.75em max(0.75em, env(safe-area-inset-left));
}
nav {
  text-align: end;
  max-width: 72em;
  margin: 0 auto;
}
`;
