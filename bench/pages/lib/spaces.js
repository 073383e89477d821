// Data for the map scenario, the same for lamtheo and Leaflet: Quận 11's ward boundaries
// (test/fixtures/geo, © OpenStreetMap contributors, ODbL) and 10,000 seeded points in its box.
import { seeded } from './seeded.js';

const KINDS = ['office', 'ward-headquarters', 'school', 'religious-site', 'park', 'armed-forces', 'other'];
const BBOX = [106.634205, 10.753396, 106.6615, 10.778501];

export async function spacesScenario(count = 10000) {
  const boundaries = await (await fetch('/test/fixtures/geo/quan-11.geojson')).json();
  const random = seeded(43);
  const points = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Không gian ${i + 1}`,
    kind: KINDS[Math.floor(random() * KINDS.length)],
    location: [BBOX[0] + random() * (BBOX[2] - BBOX[0]), BBOX[1] + random() * (BBOX[3] - BBOX[1])],
  }));
  return { boundaries, points };
}
