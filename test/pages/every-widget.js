// Adds one of every lamtheo family's widgets, with real fixture data, to #widgets. A file
// (and createElement, not markup strings) so that the strict CSP / Trusted Types page and the
// CSS pages show the same set.
const widgets = [
  [
    'lamtheo-counter-grid',
    {
      id: 'grid',
      src: '/test/fixtures/tan-binh-2017.json',
      metrics: 'dang-vien to-chuc-co-so-dang',
      heading: 'Số liệu',
    },
  ],
  ['lamtheo-commendation-table', { id: 'table', src: '/test/fixtures/tan-binh-2017.json' }],
  [
    'lamtheo-pledge-form',
    { id: 'form', src: '/test/fixtures/ben-tre-2016-2017.json', template: 'ben-tre-2016', action: '/api/none' },
  ],
  ['lamtheo-pledge-list', { id: 'list', src: '/test/fixtures/ben-tre-2016-2017.json' }],
  [
    'lamtheo-space-map',
    { id: 'map', src: '/test/fixtures/quan-11-2022.json', boundaries: '/test/fixtures/geo/quan-11.geojson' },
  ],
];
const holder = document.getElementById('widgets');
// A page may route the data through another URL (the slow-data page: the fault server's delay).
const via = window.lamtheoDataVia ?? ((url) => url);
for (const [tag, attributes] of widgets) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    element.setAttribute(name, name === 'src' || name === 'boundaries' ? via(value) : value);
  holder.append(element);
}
