/**
 * The studio's words for the data's fixed values (qualifiers, kinds, periods…), and the
 * registration of its English chunk. Every studio string has an id starting `studio.`, so
 * `npm run i18n:build` puts its English in src/i18n/locales/en-studio.ts, which only the studio
 * downloads (scripts/i18n-split.js).
 */
import { msg } from '@lit/localize';
import { addEnglish } from '../i18n/locale.js';
import { templates } from '../i18n/locales/en-studio.js';
import type { MetricKind, Qualifier } from '../schema/metric.js';
import type { PeriodType } from '../schema/period.js';
import type { PledgeOptionalField } from '../schema/pledge-template.js';
import type { UnitKind } from '../schema/unit.js';

addEnglish(templates);

export const qualifierWords = (): [Qualifier, string][] => [
  ['exact', msg('chính xác', { id: 'studio.q.exact' })],
  ['more-than', msg('hơn', { id: 'studio.q.more-than' })],
  ['at-least', msg('ít nhất', { id: 'studio.q.at-least' })],
  ['nearly', msg('gần', { id: 'studio.q.nearly' })],
  ['about', msg('khoảng', { id: 'studio.q.about' })],
  ['less-than', msg('dưới', { id: 'studio.q.less-than' })],
];

export const metricKindWords = (): [MetricKind, string][] => [
  ['count', msg('Số đếm (473)', { id: 'studio.kind.count' })],
  ['percent', msg('Tỉ lệ phần trăm (98,8%)', { id: 'studio.kind.percent' })],
  ['share', msg('Trên tổng số (24/40)', { id: 'studio.kind.share' })],
];

export const periodWords = (): [PeriodType, string][] => [
  ['year', msg('Một năm', { id: 'studio.period.year' })],
  ['term', msg('Nhiệm kỳ', { id: 'studio.period.term' })],
  ['range', msg('Từ ngày … đến ngày …', { id: 'studio.period.range' })],
  ['part-of-year', msg('Mấy tháng đầu năm', { id: 'studio.period.part' })],
];

export const collectionWords = (): [string, string][] => [
  ['spaces', msg('Không gian văn hoá', { id: 'studio.col.spaces' })],
  ['commendations', msg('Khen thưởng', { id: 'studio.col.commendations' })],
  ['pledges', msg('Bản đăng ký', { id: 'studio.col.pledges' })],
  ['units', msg('Đơn vị', { id: 'studio.col.units' })],
];

export const requiredFieldWords = (): [PledgeOptionalField, string][] => [
  ['position', msg('Chức vụ', { id: 'studio.req.position' })],
  ['unitId', msg('Đơn vị', { id: 'studio.req.unit' })],
  ['cellId', msg('Chi bộ', { id: 'studio.req.cell' })],
  ['measures', msg('Biện pháp thực hiện', { id: 'studio.req.measures' })],
  ['deadline', msg('Thời hạn', { id: 'studio.req.deadline' })],
  ['selfAssessment', msg('Tự đánh giá cuối năm', { id: 'studio.req.self' })],
];

export const unitKindWords = (): [UnitKind, string][] => [
  ['ward', msg('Phường', { id: 'studio.unit.ward' })],
  ['commune', msg('Xã', { id: 'studio.unit.commune' })],
  ['special-zone', msg('Đặc khu', { id: 'studio.unit.special-zone' })],
  ['township', msg('Thị trấn', { id: 'studio.unit.township' })],
  ['district', msg('Quận, huyện', { id: 'studio.unit.district' })],
  ['town', msg('Thị xã', { id: 'studio.unit.town' })],
  ['city', msg('Thành phố', { id: 'studio.unit.city' })],
  ['province', msg('Tỉnh', { id: 'studio.unit.province' })],
  ['party-committee', msg('Đảng bộ', { id: 'studio.unit.party-committee' })],
  ['party-cell', msg('Chi bộ', { id: 'studio.unit.party-cell' })],
  ['agency', msg('Cơ quan', { id: 'studio.unit.agency' })],
  ['mass-organisation', msg('Đoàn thể', { id: 'studio.unit.mass' })],
  ['school', msg('Trường học', { id: 'studio.unit.school' })],
  ['hospital', msg('Bệnh viện', { id: 'studio.unit.hospital' })],
  ['religious-site', msg('Cơ sở tôn giáo', { id: 'studio.unit.religious' })],
  ['armed-forces', msg('Lực lượng vũ trang', { id: 'studio.unit.armed' })],
  ['residential-group', msg('Khu phố, tổ dân phố', { id: 'studio.unit.residential' })],
  ['organisation', msg('Tổ chức', { id: 'studio.unit.organisation' })],
  ['other', msg('Khác', { id: 'studio.unit.other' })],
];
