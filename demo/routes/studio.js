// GET /studio/ (and /studio/en.html): the studio page, with the library the demo serves
// (scripts/studio-page.js; the same page is built into dist/studio/ with a relative script).
import { Encoded, sendEncoded } from '../lib/encoded.js';
import { studioPage, studioPageCss } from '../../scripts/studio-page.js';

const type = 'text/html; charset=utf-8';
const pages = {
  vi: new Encoded(Buffer.from(studioPage('/dist/lamtheo.js', 'vi', '/dist/geo/')), { type }),
  en: new Encoded(Buffer.from(studioPage('/dist/lamtheo.js', 'en', '/dist/geo/')), { type }),
  css: new Encoded(Buffer.from(studioPageCss), { type: 'text/css; charset=utf-8' }),
};

export default [
  { method: 'GET', path: '/studio/', handle: (req, res) => sendEncoded(req, res, pages.vi) },
  { method: 'GET', path: '/studio/en.html', handle: (req, res) => sendEncoded(req, res, pages.en) },
  { method: 'GET', path: '/studio/studio.css', handle: (req, res) => sendEncoded(req, res, pages.css) },
];
