// The matrix page (test/pages/matrix.html): every widget of test/matrix/cells.js, as the cell in
// the query asks: ?scheme=light|os-dark|dark-portal|forced&text=100|200&lang=vi|en|mixed.
// Each widget sits in a <section class="slot" data-widget="id"> under a small heading of the
// portal's own. Served from src/ by the test runner, and by scripts/screens.js with the same plugins.
import { generateDataset } from '../fixtures/generate/generate.js';
import { schemes, widgets, type Scheme } from '../matrix/cells.js';
import '../../src/index.js';

const query = new URLSearchParams(location.search);
const scheme = (query.get('scheme') ?? 'light') as Scheme;
const lang = query.get('lang') ?? 'vi';
const root = document.documentElement;
root.lang = lang === 'en' ? 'en' : 'vi';
root.dataset.portal = schemes[scheme]?.portal ?? 'light';
root.dataset.text = query.get('text') ?? '100';

const holder = document.getElementById('widgets')!;
for (const widget of widgets) {
  const slot = document.createElement('section');
  slot.className = 'slot';
  slot.dataset.widget = widget.id;
  if (lang === 'mixed' && widget.english) slot.lang = 'en';
  const heading = document.createElement('h2');
  heading.textContent = `${widget.family} · ${widget.fixture}`;
  slot.setAttribute('aria-label', heading.textContent);
  const element = document.createElement(widget.tag) as HTMLElement & { data?: unknown };
  element.id = widget.id;
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  if (widget.generated) element.data = generateDataset(widget.generated);
  slot.append(heading, element);
  holder.append(slot);
}
