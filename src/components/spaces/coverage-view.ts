/**
 * How coverage is shown: wards filled by their coverage class, the summary line ("16/16
 * phường có không gian văn hóa · 23 trong số 43 không gian có trong dữ liệu"), the legend of
 * the classes, and the map's description for screen readers (with the keys it answers to).
 * Every count here is of every space of the data, as the list beside the map and the
 * counters of the same dataset count them.
 */
import { html, nothing, svg } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../../data/words/format.js';
import { coverageClass, coverageClassLabels } from './coverage.js';
import type { MapModel } from './map-model.js';

/** The ward shapes (for the map's zoomed `<g>`), each titled with its name and count. */
export function wardShapes(model: MapModel, paths: readonly string[] | undefined, selected: number) {
  return model.wards.map(
    (w, i) => svg`<path class="ward cov-${coverageClass(w.spaces.length)} ${i === selected ? 'selected' : ''}"
      d=${paths?.[i] ?? ''} data-ward=${i}><title>${w.name}: ${w.spaces.length}</title></path>`,
  );
}

/**
 * "23 không gian", or, when the data states more than it lists, "23 trong số 43 không gian
 * có trong dữ liệu" (the words the counter of that figure uses).
 */
export function spacesPhrase(model: MapModel, language: string): string {
  const n = formatNumber(model.spaces.length, language);
  return model.statedTotal !== undefined
    ? msg(str`${n} trong số ${formatNumber(model.statedTotal, language)} không gian có trong dữ liệu`)
    : msg(str`${n} không gian`);
}

function wardsPhrase(model: MapModel): string {
  const { covered, total, allWards } = model.summary;
  return allWards
    ? msg(str`${covered}/${total} phường có không gian văn hóa`)
    : msg(str`${covered}/${total} địa bàn có không gian văn hóa`);
}

/** "2 chưa có vị trí trên bản đồ", or '' when every space has a place (or is online). */
function unplacedPhrase(model: MapModel, language: string): string {
  const n = model.unplaced.length;
  return n ? msg(str`${formatNumber(n, language)} chưa có vị trí trên bản đồ`) : '';
}

/** "16/16 phường có không gian văn hóa · 23 trong số 43 không gian có trong dữ liệu · 2 chưa có vị trí trên bản đồ". */
export function coverageSummaryLine(model: MapModel, language: string) {
  if (!model.summary.total && !model.spaces.length) return nothing;
  const spaces = [spacesPhrase(model, language), unplacedPhrase(model, language)].filter(Boolean).join(' · ');
  const wards = model.summary.total
    ? html`<strong>${wardsPhrase(model)}</strong><span class="visually-hidden">. </span>`
    : nothing;
  return html`<p class="summary">${wards}<span class="spaces">${spaces}</span></p>`;
}

/**
 * The swatches of the coverage classes, or nothing without wards. Screen readers get one
 * sentence with words ("Số không gian mỗi phường: 0, 1, 2, 3 đến 4, 5 trở lên"); the
 * swatches and their short labels are for the eye.
 */
export function coverageLegend(model: MapModel) {
  if (!model.summary.total) return nothing;
  const words = [...coverageClassLabels.slice(0, 3), msg('3 đến 4'), msg('5 trở lên')];
  return html`<p class="coverage">
    <span class="visually-hidden"
      >${msg(str`Số không gian mỗi phường: ${words.join(', ')}; phường càng đậm, càng nhiều không gian.`)}</span
    >
    <span aria-hidden="true">${msg('Số không gian mỗi phường:')}</span>
    ${coverageClassLabels.map(
      (label, i) =>
        html`<span class="class" aria-hidden="true"
          ><span class="swatch cov-${i}"></span>
          ${i === coverageClassLabels.length - 1 ? msg('5 trở lên') : label}</span
        >`,
    )}
  </p>`;
}

/** What the map shows and how to move it, for `aria-describedby`. */
export function mapDescription(model: MapModel, language: string): string {
  const { placed, online, unplaced } = model;
  const f = (n: number) => formatNumber(n, language);
  const counts = msg(
    str`${spacesPhrase(model, language)}: ${f(placed.length)} có vị trí trên bản đồ, ${f(online.length)} trực tuyến, ${f(unplaced.length)} chưa có vị trí trên bản đồ.`,
  );
  const wards = model.summary.total ? ` ${wardsPhrase(model)}.` : '';
  return `${counts}${wards} ${msg(
    str`Danh sách bên cạnh liệt kê cả ${f(model.spaces.length)} không gian. Khi bản đồ được chọn: phím + và − để phóng to, thu nhỏ, phím mũi tên để di chuyển, phím 0 để về toàn cảnh.`,
  )}`;
}
