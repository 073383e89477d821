/**
 * Clicks, keys and buttons on the map. A marker selects its space; a cluster zooms in until it
 * splits (keeping focus on the part that holds its first member), or lists its members when
 * they share one place; a ward selects the ward. On a canvas, clicks are matched to the
 * clusters drawn. The keys are in `map-keys.ts`; the zoom buttons do the same as + − 0.
 */
import { html, type ReactiveElement } from 'lit';
import { msg } from '@lit/localize';
import { canSplit, clusterAt, clusterHolding, type Cluster } from './cluster.js';
import { mapKeyCommand, type MapKeyCommand } from './map-keys.js';
import type { SpaceSelection } from './selection.js';
import { MAX_ZOOM, type MapViewport } from './viewport.js';

/** What the map shows now, as last rendered. */
export interface MapScene {
  /** The clusters (and single markers) drawn, in pixels of the current view. */
  clusters: readonly Cluster[];
  /** Unzoomed pixels of the placed spaces (`MapProjection.xy`), once the map has a size. */
  xy?: Float64Array;
  /** For each space, its entry in `xy` (`MapModel.placedAt`). */
  placedAt?: Int32Array;
  /** The markers' size for the text size (1 at 16 px). */
  scale?: number;
}

interface InteractionHost extends ReactiveElement {
  select(index: number): void;
}

export class MapInteraction {
  private focusMember?: number;

  constructor(
    private readonly host: InteractionHost,
    private readonly viewport: MapViewport,
    private readonly selection: SpaceSelection,
    private readonly scene: () => MapScene,
  ) {}

  /** For `@click` on the map box. */
  readonly onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    if (target.closest('.controls, .attribution')) return;
    const mapBox = event.currentTarget as HTMLElement;
    if (mapBox.querySelector('canvas')) {
      const box = mapBox.getBoundingClientRect();
      const hit = clusterAt(
        this.scene().clusters,
        event.clientX - box.left,
        event.clientY - box.top,
        14 * (this.scene().scale ?? 1),
      );
      if (hit) return hit.members.length === 1 ? this.host.select(hit.members[0]) : this.openCluster(hit);
    }
    this.activate(target);
  };

  /** For `@keydown` on the map box. */
  readonly onKey = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const command = mapKeyCommand(event.key, target, this.viewport.height);
    if (!command || event.altKey || event.ctrlKey || event.metaKey || target.closest('button')) return;
    event.preventDefault();
    this.run(command);
  };

  /** The zoom and reset buttons over the map. */
  renderControls() {
    return html`<div class="controls">
      <button type="button" aria-label=${msg('Phóng to')} @click=${() => this.viewport.zoomIn()}>+</button>
      <button type="button" aria-label=${msg('Thu nhỏ')} @click=${() => this.viewport.zoomOut()}>−</button>
      <button type="button" aria-label=${msg('Về toàn cảnh')} @click=${() => this.viewport.reset()}>⟲</button>
    </div>`;
  }

  /** After the host's update: moves focus to the cluster (or marker) that now holds the opened cluster's first member. */
  afterUpdate(): void {
    if (this.focusMember === undefined) return;
    const holder = clusterHolding(this.scene().clusters, this.focusMember);
    const first = holder?.members[0];
    const el = this.host.renderRoot.querySelector<SVGElement>(`[data-space="${first}"], [data-cluster="${first}"]`);
    if (el) el.focus();
    this.focusMember = undefined;
  }

  private run(command: MapKeyCommand): void {
    switch (command.type) {
      case 'zoom-in':
        return this.viewport.zoomIn();
      case 'zoom-out':
        return this.viewport.zoomOut();
      case 'reset':
        return this.viewport.reset();
      case 'pan':
        return this.viewport.panBy(command.dx, command.dy);
      case 'close':
        return this.selection.clear();
      case 'activate':
        return this.activate(command.item);
    }
  }

  private activate(target: Element): void {
    const space = target.closest('[data-space]')?.getAttribute('data-space');
    const cluster = target.closest('[data-cluster]')?.getAttribute('data-cluster');
    const ward = target.closest('[data-ward]')?.getAttribute('data-ward');
    if (space) this.host.select(Number(space));
    else if (cluster) this.openCluster(this.scene().clusters.find((c) => c.members[0] === Number(cluster)));
    else if (ward) this.selection.set({ type: 'ward', index: Number(ward) });
  }

  /** Zooms in on a cluster so it splits; when its members share one place, lists them instead. */
  private openCluster(cluster: Cluster | undefined): void {
    if (!cluster) return;
    const { xy, placedAt } = this.scene();
    if (!canSplit(cluster, xy!, placedAt!, MAX_ZOOM) || this.viewport.transform.k * 2 > MAX_ZOOM) {
      this.selection.set({ type: 'group', members: cluster.members });
      return;
    }
    if (this.host.shadowRoot?.activeElement?.closest('.map')) this.focusMember = cluster.members[0];
    this.viewport.zoomBy(2, [cluster.x, cluster.y]);
  }
}
