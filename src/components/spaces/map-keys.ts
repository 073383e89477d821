/**
 * The map's keys, while it (or a marker on it) has focus: arrows pan, + / = and − / _ zoom,
 * 0 goes back to the whole area, Escape closes the details, Enter or Space on a marker or a
 * cluster opens it. Pure: it names the command; the map carries it out.
 */

export type MapKeyCommand =
  | { type: 'zoom-in' | 'zoom-out' | 'reset' | 'close' }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'activate'; item: Element };

/** How far an arrow key moves the map: an eighth of its height, at least 40 px. */
export const panStep = (height: number) => Math.max(40, height / 8);

/** The command for `key` pressed on `target` in a map `height` pixels high, or undefined. */
export function mapKeyCommand(key: string, target: Element, height: number): MapKeyCommand | undefined {
  const item = target.closest('[data-space], [data-cluster]');
  if ((key === 'Enter' || key === ' ') && item) return { type: 'activate', item };
  const step = panStep(height);
  switch (key) {
    case '+':
    case '=':
      return { type: 'zoom-in' };
    case '-':
    case '_':
      return { type: 'zoom-out' };
    case '0':
      return { type: 'reset' };
    case 'ArrowLeft':
      return { type: 'pan', dx: step, dy: 0 };
    case 'ArrowRight':
      return { type: 'pan', dx: -step, dy: 0 };
    case 'ArrowUp':
      return { type: 'pan', dx: 0, dy: step };
    case 'ArrowDown':
      return { type: 'pan', dx: 0, dy: -step };
    case 'Escape':
      return { type: 'close' };
    default:
      return undefined;
  }
}
