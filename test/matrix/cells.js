// The condition matrix of issue 12: one definition shared by the test suite
// (test/matrix/matrix.test.ts, run by `npm test`) and by `npm run screens`
// (scripts/screens.js). Plain JavaScript so that Node can import it as it is; types in cells.d.ts.
//
// A cell is one way a visitor meets the widgets:
//   width   the page's width in CSS px (a phone, a desktop)
//   scheme  light   a light portal, the OS in light mode
//           os-dark a light portal, the OS in dark mode (most phones at night; the portal stays white)
//           dark-portal  a portal that is dark itself (`color-scheme: dark`, dark background), OS dark
//           dark-portal-os-light  the same dark portal on a computer in light mode
//           forced  Windows' contrast themes: `forced-colors: active` (dark palette), light portal
//   text    the root font size in %: 200 is what the portal's A+ buttons end up at
//   lang    vi      a Vietnamese page
//           en      an English page
//           mixed   a Vietnamese page with one English widget (the counter in <div lang="en">)
//
// The full product is 2 × 5 × 2 × 3 = 60 cells. The tests take `cells`: every pair of values of
// any two dimensions appears in at least one cell (a greedy pairwise cover: 15 cells, the least
// possible, as scheme × lang alone has 15 pairs), seeded with the cell the issue describes (a
// 375 px phone in dark mode at 200 % text, in Vietnamese). Why not all 60: one cell takes 3–11 s
// here (page load and settle 0.6–5 s, then axe over 17 widgets and the other checks), so the 15
// cells take about 90 s of `npm test` and the 60 would take about 6 minutes on two cores.
// LAMTHEO_MATRIX=full in the environment of `npm test` runs all 60, LAMTHEO_MATRIX=375-os-dark-200-vi,…
// only those cells; `npm run screens -- --full` or `-- --only <names>` photographs the same way.

export const dimensions = {
  width: [375, 1280],
  scheme: ['light', 'os-dark', 'dark-portal', 'dark-portal-os-light', 'forced'],
  text: [100, 200],
  lang: ['vi', 'en', 'mixed'],
};

/** What each scheme asks of the browser and of the page. */
export const schemes = {
  light: { os: 'light', forced: false, portal: 'light' },
  'os-dark': { os: 'dark', forced: false, portal: 'light' },
  'dark-portal': { os: 'dark', forced: false, portal: 'dark' },
  'dark-portal-os-light': { os: 'light', forced: false, portal: 'dark' },
  forced: { os: 'dark', forced: true, portal: 'light' },
};

/** `375-os-dark-200-vi`: the folder name of a cell's screenshots, and the test title. */
export const cellName = (cell) => `${cell.width}-${cell.scheme}-${cell.text}-${cell.lang}`;

const keys = Object.keys(dimensions);

export const fullMatrix = keys.reduce(
  (cells, key) => cells.flatMap((cell) => dimensions[key].map((value) => ({ ...cell, [key]: value }))),
  [{}],
);

const pairsOf = (cell) => {
  const pairs = [];
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) pairs.push(`${keys[i]}=${cell[keys[i]]}|${keys[j]}=${cell[keys[j]]}`);
  return pairs;
};

/** The cells that must be there whatever the cover picks. */
export const seedCells = [{ width: 375, scheme: 'os-dark', text: 200, lang: 'vi' }];

/** A greedy pairwise cover of the full matrix: deterministic, seeded with `seedCells`. */
export function pairwise(all = fullMatrix, seeds = seedCells) {
  const uncovered = new Set(all.flatMap(pairsOf));
  const chosen = [];
  const take = (cell) => {
    chosen.push(cell);
    for (const pair of pairsOf(cell)) uncovered.delete(pair);
  };
  seeds.forEach(take);
  while (uncovered.size) {
    let best = all[0];
    let bestGain = -1;
    for (const cell of all) {
      const gain = pairsOf(cell).filter((pair) => uncovered.has(pair)).length;
      if (gain > bestGain) [best, bestGain] = [cell, gain];
    }
    take(best);
  }
  return chosen;
}

export const cells = pairwise();

/**
 * The cells a run asks for: `full` for all 60, a comma-separated list of cell names for those,
 * anything else for the pairwise cover. An unknown name is an error, not an empty run.
 */
export function cellsFor(choice) {
  if (choice === 'full' || choice === true) return fullMatrix;
  if (typeof choice !== 'string' || !choice.trim()) return cells;
  const names = choice.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !fullMatrix.some((cell) => cellName(cell) === name));
  if (unknown.length) throw new Error(`no matrix cell called ${unknown.join(', ')} (width-scheme-text-lang)`);
  return fullMatrix.filter((cell) => names.includes(cellName(cell)));
}

/** The test page of a cell (the width comes from the frame or the viewport, the OS from emulation). */
export const pageUrl = (cell) => `/test/pages/matrix.html?scheme=${cell.scheme}&text=${cell.text}&lang=${cell.lang}`;

/** The CSS media features a cell emulates (Emulation.setEmulatedMedia). Motion is always reduced: figures final. */
export const mediaFeatures = (cell) => [
  { name: 'prefers-color-scheme', value: schemes[cell.scheme].os },
  { name: 'forced-colors', value: schemes[cell.scheme].forced ? 'active' : 'none' },
  { name: 'prefers-reduced-motion', value: 'reduce' },
];

/** The language a widget should speak in a cell. */
export const languageOf = (widget, cell) =>
  cell.lang === 'en' || (cell.lang === 'mixed' && widget.english) ? 'en' : 'vi';

const fixture = (name) => `/test/fixtures/${name}.json`;

/**
 * Every widget on the matrix page: every family, and each of the five source fixtures in the
 * families it has data for. `english`: the one widget that is in English on the mixed page.
 * `generated`: the page builds the dataset in memory (test/fixtures/generate/generate.ts) instead of `src`.
 */
export const widgets = [
  {
    id: 'counter-khoi-co-quan-tw',
    family: 'counter',
    tag: 'lamtheo-counter',
    fixture: 'khoi-co-quan-tw-2018-2019',
    attributes: { src: fixture('khoi-co-quan-tw-2018-2019'), metric: 'bai-du-thi' },
    english: true,
  },
  {
    id: 'counter-tan-binh',
    family: 'counter',
    tag: 'lamtheo-counter',
    fixture: 'tan-binh-2017',
    attributes: { src: fixture('tan-binh-2017'), metric: 'nguoi-hoc-cac-lop', variant: 'progress' },
  },
  ...[
    ['tan-binh-2017', 'Tân Bình 2015 – 2017'],
    ['khoi-co-quan-tw-2018-2019', 'Khối các cơ quan Trung ương 2018 – 2019'],
    ['ben-tre-2016-2017', 'Bến Tre 2016 – 2017'],
    ['go-vap-2007-2011', 'Gò Vấp 2007 – 2011'],
  ].map(([name, heading]) => ({
    id: `grid-${name}`,
    family: 'counter grid',
    tag: 'lamtheo-counter-grid',
    fixture: name,
    attributes: { src: fixture(name), heading },
  })),
  {
    id: 'grid-quan-11-2022',
    family: 'counter grid',
    tag: 'lamtheo-counter-grid',
    fixture: 'quan-11-2022',
    attributes: {
      src: fixture('quan-11-2022'),
      heading: 'Quận 11: không gian văn hóa Hồ Chí Minh',
      variant: 'progress',
      metrics: 'spaces-launched party-bases-with-space wards-with-space religious-sites-with-space online-spaces',
    },
  },
  {
    id: 'table-tan-binh',
    family: 'commendation table',
    tag: 'lamtheo-commendation-table',
    fixture: 'tan-binh-2017',
    attributes: { src: fixture('tan-binh-2017'), columns: 'stt recipient form issuer year achievement' },
  },
  {
    id: 'table-go-vap',
    family: 'commendation table',
    tag: 'lamtheo-commendation-table',
    fixture: 'go-vap-2007-2011',
    attributes: { src: fixture('go-vap-2007-2011') },
  },
  {
    id: 'table-generated',
    family: 'commendation table',
    tag: 'lamtheo-commendation-table',
    fixture: 'generated: 2,000 commendations',
    attributes: { 'group-by': 'year' },
    generated: { seed: 3, commendations: 2000, spaces: 0, revokedShare: 0.05 },
  },
  ...['ben-tre-2016', 'ben-tre-2017', 'quy-dinh-144-2024'].map((template) => ({
    id: `form-${template}`,
    family: 'pledge form',
    tag: 'lamtheo-pledge-form',
    fixture: 'ben-tre-2016-2017',
    attributes: { src: fixture('ben-tre-2016-2017'), template, action: '/api/none' },
  })),
  {
    id: 'list-ben-tre',
    family: 'pledge list',
    tag: 'lamtheo-pledge-list',
    fixture: 'ben-tre-2016-2017',
    attributes: { src: fixture('ben-tre-2016-2017') },
  },
  // The chain's widgets on the test runner's receiver (/rx): the committee's and the registrant's
  // sign-in, with the headings and units from the receiver's dataset.
  {
    id: 'review-ben-tre',
    family: 'pledge review',
    tag: 'lamtheo-pledge-review',
    fixture: 'receiver /rx (ben-tre-2016-2017)',
    attributes: { endpoint: '/rx/' },
  },
  {
    id: 'assessment-ben-tre',
    family: 'pledge assessment',
    tag: 'lamtheo-pledge-assessment',
    fixture: 'receiver /rx (ben-tre-2016-2017)',
    attributes: { endpoint: '/rx/', receipt: 'DK2016-00001' },
  },
  {
    id: 'map-quan-11',
    family: 'space map',
    tag: 'lamtheo-space-map',
    fixture: 'quan-11-2022',
    attributes: {
      src: fixture('quan-11-2022'),
      boundaries: '/test/fixtures/geo/quan-11.geojson',
      label: 'Bản đồ không gian văn hóa Hồ Chí Minh Quận 11',
    },
  },
];
