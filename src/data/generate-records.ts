/** One generated commendation or cultural space: realistic forms, issuers, decisions, places. */
import type { Commendation, CommendationForm, CommendationLine } from '../schema/commendation.js';
import type { CulturalSpace, SpaceKind } from '../schema/space.js';
import * as W from './generate-words.js';
import { int, isoDateIn, pad, personName, pick, weighted, type Random } from './generate-random.js';

/** How often each form is drawn (the schema's list of forms, keyed, so a typo cannot compile). */
const FORM_WEIGHTS: Partial<Record<CommendationForm, number>> = {
  'giay-khen': 45,
  'bang-khen': 15,
  'tuyen-duong': 20,
  'bieu-duong': 10,
  'co-thi-dua': 3,
  'chien-si-thi-dua': 5,
  'huan-chuong': 2,
};
const FORMS = Object.keys(FORM_WEIGHTS) as CommendationForm[];
const FORM_ODDS = Object.values(FORM_WEIGHTS);

function issuerFor(r: Random, form: CommendationForm, line: CommendationLine, ward: number) {
  if (form === 'huan-chuong') return { name: 'Chủ tịch nước', level: 'Nhà nước' };
  const high = form === 'bang-khen' || form === 'co-thi-dua' || r() < 0.15;
  if (line === 'party')
    return high
      ? { name: 'Ban Thường vụ Thành ủy', level: 'Thành ủy' }
      : { name: `Đảng ủy Phường ${ward}`, level: 'Đảng ủy phường', unitId: `dang-bo-phuong-${ward}` };
  if (line === 'state')
    return high
      ? { name: 'Chủ tịch UBND Thành phố', level: 'UBND thành phố' }
      : { name: `Chủ tịch UBND Phường ${ward}`, level: 'UBND phường', unitId: `phuong-${ward}` };
  return { name: `Ủy ban Mặt trận Tổ quốc Phường ${ward}`, level: 'Mặt trận phường', unitId: `phuong-${ward}` };
}

export function commendation(r: Random, n: number, wards: number, revokedShare: number): Commendation {
  const ward = int(r, 1, wards);
  const year = int(r, 2016, 2024);
  const form = weighted(r, FORMS, FORM_ODDS);
  const line = weighted<CommendationLine>(r, ['party', 'state', 'mass-organisation'], [40, 50, 10]);
  const individual = r() < 0.75;
  const recipient = individual
    ? {
        kind: 'individual' as const,
        name: personName(r),
        position: pick(r, W.POSITIONS),
        unit: `Phường ${ward}`,
        unitId: `phuong-${ward}`,
      }
    : {
        kind: 'collective' as const,
        name: `${pick(r, W.COLLECTIVE_KINDS)} ${int(r, 1, 20)}`,
        unitId: `phuong-${ward}`,
      };
  const number = line === 'party' ? `${int(r, 1, 999)}-QĐ/ĐU` : `${int(r, 1, 2999)}/QĐ-UBND`;
  const revoked = r() < revokedShare;
  return {
    id: `kt-${pad(n, 6)}`,
    recipient,
    form,
    line,
    issuer: issuerFor(r, form, line, ward),
    decision: { number, date: isoDateIn(r, year) },
    year,
    achievement: `${pick(r, W.ACHIEVEMENTS)} ${year}.`,
    status: revoked ? 'revoked' : 'in-force',
    ...(revoked
      ? { revokedBy: { number: `${int(r, 1, 2999)}/QĐ-UBND`, date: isoDateIn(r, Math.min(year + 1, 2025)) } }
      : {}),
  };
}

/** How often each kind of space is drawn, keyed by the schema's kinds. */
const SPACE_WEIGHTS: Record<SpaceKind, number> = {
  'ward-headquarters': 10,
  office: 20,
  school: 20,
  'religious-site': 8,
  park: 5,
  'armed-forces': 4,
  'residential-area': 28,
  online: 2,
  other: 3,
};
const SPACE_KINDS = Object.keys(SPACE_WEIGHTS) as SpaceKind[];
const SPACE_ODDS = Object.values(SPACE_WEIGHTS);

export function space(r: Random, n: number, wards: number, bbox: [number, number, number, number]): CulturalSpace {
  const ward = int(r, 1, wards);
  const kind = weighted(r, SPACE_KINDS, SPACE_ODDS);
  const year = int(r, 2019, 2024);
  const components = Array.from({ length: int(r, 1, 3) }, () => ({ name: pick(r, W.SPACE_COMPONENTS) }));
  const base = {
    id: `kg-${pad(n, 5)}`,
    name: `Không gian văn hóa Hồ Chí Minh – ${pick(r, W.SPACE_HOSTS)} ${int(r, 1, 30)}`,
    kind,
    unitId: `phuong-${ward}`,
    openedOn: isoDateIn(r, year),
    components,
    status: r() < 0.95 ? ('active' as const) : ('planned' as const),
  };
  if (kind === 'online') return { ...base, url: `https://phuong${ward}.example.vn/khong-gian-van-hoa-${n}` };
  const lon = bbox[0] + r() * (bbox[2] - bbox[0]);
  const lat = bbox[1] + r() * (bbox[3] - bbox[1]);
  return { ...base, location: [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6] };
}
