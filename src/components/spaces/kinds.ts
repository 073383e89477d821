/**
 * How each kind of cultural space looks: a shape (so kinds never differ by colour alone),
 * a colour from the Okabe–Ito palette (distinct for the common colour-vision deficiencies)
 * and a name in the page's language.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { spaceKinds, type SpaceKind } from '../../schema/space.js';

export { spaceKinds, type SpaceKind };

/** The kinds drawn on the map (online spaces have no place; they are listed beside it). */
export const placeKinds = spaceKinds.filter((k) => k !== 'online');

export const kindColours: Record<SpaceKind, string> = {
  office: '#0072b2',
  'ward-headquarters': '#d55e00',
  school: '#009e73',
  'religious-site': '#cc79a7',
  park: '#3a7d2c',
  'armed-forces': '#56551a',
  'residential-area': '#e69f00',
  online: '#6a3d9a',
  other: '#555555',
};

/** SVG path data for each kind's symbol, centred on 0,0, about 14 px across. */
export const kindShapes: Record<SpaceKind, string> = {
  office: 'M-6-6h12v12h-12z',
  'ward-headquarters': 'M0-7.5l2.2 4.6 5 .7-3.6 3.5.9 5-4.5-2.4-4.5 2.4.9-5-3.6-3.5 5-.7z',
  school: 'M0-7l7.5 12.5h-15z',
  'religious-site': 'M0-7.5l7.5 7.5-7.5 7.5-7.5-7.5z',
  park: 'M0-7a7 7 0 1 1 0 14a7 7 0 1 1 0-14z',
  'armed-forces': 'M-6.5-6.5h13v5c0 5-4 8-6.5 9c-2.5-1-6.5-4-6.5-9z',
  'residential-area': 'M0-7.5l7 6v8.5h-14v-8.5z',
  online: 'M-7-5h14v9h-5l2 3h-8l2-3h-5z',
  other: 'M-2.5-7h5v4.5h4.5v5h-4.5v4.5h-5v-4.5h-4.5v-5h4.5z',
};

/** The kind's name, in the page's language. */
export function kindLabel(kind: SpaceKind): string {
  switch (kind) {
    case 'office':
      return msg('Cơ quan, đơn vị');
    case 'ward-headquarters':
      return msg('Trụ sở phường');
    case 'school':
      return msg('Trường học');
    case 'religious-site':
      return msg('Cơ sở tôn giáo');
    case 'park':
      return msg('Công viên');
    case 'armed-forces':
      return msg('Lực lượng vũ trang');
    case 'residential-area':
      return msg('Khu dân cư');
    case 'online':
      return msg('Trực tuyến');
    default:
      return msg('Khác');
  }
}

/** A kind's symbol beside its name (in the list, the legend, the panel). */
export function kindSymbol(kind: SpaceKind): TemplateResult {
  return html`<svg class="symbol" viewBox="-8 -8 16 16" aria-hidden="true">
    <path d=${kindShapes[kind]} fill=${kindColours[kind]}></path>
  </svg>`;
}
