/**
 * How coverage is shown: wards filled by their coverage class, the summary line ("16/16
 * phường có không gian văn hóa"), the legend of the classes, and the map's description for
 * screen readers (with the keys it answers to).
 */
import { html, nothing, svg } from 'lit';
import { msg, str } from '@lit/localize';
import { coverageClass, coverageClassLabels } from './coverage.js';
import type { MapModel } from './map-model.js';

/** The ward shapes (for the map's zoomed `<g>`), each titled with its name and count. */
export function wardShapes(model: MapModel, paths: readonly string[] | undefined, selected: number) {
  return model.wards.map(
    (w, i) => svg`<path class="ward cov-${coverageClass(w.spaces.length)} ${i === selected ? 'selected' : ''}"
      d=${paths?.[i] ?? ''} data-ward=${i}><title>${w.name}: ${w.spaces.length}</title></path>`,
  );
}

/** "3/16 phường có không gian văn hóa · 20 không gian", or nothing without wards. */
export function coverageSummaryLine(model: MapModel) {
  const { covered, total, allWards } = model.summary;
  return total
    ? html`<p class="summary">
        ${allWards ? msg(str`${covered}/${total} phường có không gian văn hóa`) : msg(str`${covered}/${total} địa bàn có không gian văn hóa`)}
        · ${msg(str`${model.spaces.length} không gian`)}
      </p>`
    : nothing;
}

/** The swatches of the coverage classes, or nothing without wards. */
export function coverageLegend(model: MapModel) {
  return model.summary.total
    ? html`<p class="coverage">
        <span>${msg('Số không gian mỗi phường:')}</span>
        ${coverageClassLabels.map((label, i) => html`<span><span class="swatch cov-${i}"></span> ${label}</span>`)}
      </p>`
    : nothing;
}

/** What the map shows and how to move it, for `aria-describedby`. */
export function mapDescription(model: MapModel): string {
  const { covered, total } = model.summary;
  return msg(
    str`${total} phường, ${covered} phường có không gian văn hóa; ${model.placed.length} không gian có vị trí, ${model.online.length} không gian trực tuyến. Danh sách bên cạnh liệt kê tất cả. Khi bản đồ được chọn: phím + và − để phóng to, thu nhỏ, phím mũi tên để di chuyển, phím 0 để về toàn cảnh.`,
  );
}
