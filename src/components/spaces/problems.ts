/**
 * Geometry problems in the page's language, with their place in the file, for the admin area
 * and `lamtheo-error`. Downloaded only when a map has something to warn about (space-map.ts).
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { GeometryProblem } from './geometry/geometry.js';
import type { Problem } from '../../internal/events.js';
import type { MapModel } from './map-model.js';

function describe(p: GeometryProblem): string {
  switch (p.code) {
    case 'no-geometry':
      return msg('vùng không có hình (geometry trống); bỏ qua.');
    case 'unsupported-geometry':
      return msg('chỉ vẽ được Polygon hoặc MultiPolygon; bỏ qua.');
    case 'unclosed-ring':
      return msg('vòng ranh giới chưa khép kín; đã tự khép lại.');
    case 'swapped-coordinates':
      return msg('tọa độ có vẻ bị đảo (vĩ độ trước kinh độ); đã đổi lại. Hãy ghi [kinh độ, vĩ độ].');
    default:
      return msg('tọa độ không hợp lệ (không phải số, hoặc ngoài phạm vi); bỏ qua.');
  }
}

export function geometryProblems(problems: readonly GeometryProblem[], base: string): Problem[] {
  return problems.map((p) => ({
    path: `${base}[${p.index}]`,
    message: describe(p),
    code: `geometry-${p.code}`,
    severity: 'warning' as const,
  }));
}

/** Every warning about the map: the boundaries file that could not be read, then the geometry left out or repaired. */
export function mapWarnings(model: MapModel, loadProblem: Problem | undefined): Problem[] {
  const found = geometryProblems(model.problems, model.problemBase);
  return loadProblem ? [loadProblem, ...found] : found;
}

/** The folded admin area that lists the warnings, or nothing when there are none. */
export function warningsDetails(problems: readonly Problem[]) {
  if (!problems.length) return nothing;
  return html`<details class="admin">
    <summary>${msg(str`Cảnh báo cho quản trị viên (${problems.length})`)}</summary>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
  </details>`;
}
