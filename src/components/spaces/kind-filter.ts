/**
 * The legend that filters by kind: one toggle button per kind present on the map, with its
 * symbol and name (`aria-pressed` while shown). A kind switched off leaves the map and the list.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { kindLabel, kindSymbol, placeKinds, type SpaceKind } from './kinds.js';
import type { MapModel } from './map-model.js';

/** The kinds of the spaces on the map, in the legend's order. */
export function presentKinds(model: MapModel): SpaceKind[] {
  return placeKinds.filter((k) => model.placed.some((i) => model.spaces[i].kind === k));
}

export class KindFilter {
  /** The kinds switched off. */
  hidden: ReadonlySet<SpaceKind> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {}

  toggle(kind: SpaceKind): void {
    const next = new Set(this.hidden);
    if (!next.delete(kind)) next.add(kind);
    this.hidden = next;
    this.host.requestUpdate();
  }

  render(model: MapModel) {
    const present = presentKinds(model);
    if (!present.length) return nothing;
    return html`<ul class="kinds" aria-label=${msg('Lọc theo loại')}>
      ${present.map(
        (kind) =>
          html`<li>
            <button
              type="button"
              aria-pressed=${this.hidden.has(kind) ? 'false' : 'true'}
              @click=${() => this.toggle(kind)}
            >
              ${kindSymbol(kind)} ${kindLabel(kind)}
            </button>
          </li>`,
      )}
    </ul>`;
  }
}
