/** Geometry problems in the page's language, with their place in the file, for the admin area and `lamtheo-error`. */
import { msg, str } from '@lit/localize';
import type { GeometryProblem } from '../../data/geometry.js';
import type { Problem } from '../../internal/events.js';

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

/** The boundaries file could not be read: the map still shows the spaces. */
export function boundariesProblem(url: string, reason: string): Problem {
  return {
    path: url,
    message: msg(str`Không đọc được ranh giới: ${reason}`),
    code: 'boundaries-load',
    severity: 'warning',
  };
}
