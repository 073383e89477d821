import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { fetchText } from '../../data/load.js';
import type { LoadedDataset } from '../../data/read.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { LamtheoErrorEvent, type Problem } from '../../internal/events.js';
import { clusterAt, clusterHolding, clusterPoints, type Cluster, type ScreenPoint } from './cluster.js';
import { coverageClass, coverageClassLabels } from './coverage.js';
import { groupDetails, kindSymbol, safeLink, spaceDetails } from './details.js';
import { kindLabel, placeKinds, type SpaceKind } from './kinds.js';
import { buildMapModel, featuresOf, type LoadedBoundaries, type MapModel } from './map-model.js';
import { CANVAS_THRESHOLD, CLUSTER_CELL, drawCanvas, svgMarker } from './markers.js';
import { boundariesProblem, geometryProblems } from './problems.js';
import { spaceMapStyles } from './styles.js';
import { MapViewport, MAX_ZOOM } from './viewport.js';
import { SpaceList } from './space-list.js';

type Selection =
  { type: 'space'; index: number } | { type: 'ward'; index: number } | { type: 'group'; members: number[] };

/**
 * A map of Ho Chi Minh cultural spaces on their wards, drawn in SVG without a tile server:
 * wards coloured by how many spaces they have, markers by kind (clustered when they crowd,
 * on a canvas beyond a few thousand), a list of every space that stays in step with the map,
 * and a details panel.
 *
 * @summary Map of cultural spaces (không gian văn hóa Hồ Chí Minh) by ward.
 * @csspart map - The map box.
 * @csspart panel - The details of the selected space or ward.
 * @csspart list - The list of spaces.
 * @cssprop --lamtheo-map-height - Height of the map (default 28em).
 * @cssprop --lamtheo-coverage-0 - Fill of a ward with no space; `-1` … `-4` for 1, 2, 3–4 and 5+.
 * @fires lamtheo-error - When the data cannot be shown, or (severity `warning`) when some boundaries were left out or repaired.
 * @fires lamtheo-state - When the state changes.
 */
export class LamtheoSpaceMap extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, spaceMapStyles];

  /** URL of a GeoJSON FeatureCollection of ward boundaries; wins over the dataset's `boundaries`. */
  @property() boundaries?: string;

  /** The map's accessible name; by default "Bản đồ không gian văn hóa Hồ Chí Minh". */
  @property() label?: string;

  @state() private selection?: Selection;
  @state() private hiddenKinds: ReadonlySet<SpaceKind> = new Set();
  @state() private loaded?: LoadedBoundaries;
  @state() private loadProblem?: Problem;
  @query('.map') private mapBox?: HTMLElement;
  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly viewport = new MapViewport(this);
  private readonly list = new SpaceList(this);
  private model?: MapModel;
  private modelSource?: [LoadedDataset, LoadedBoundaries | undefined];
  private projection?: { key: string; xy: Float64Array; wardPaths: string[] };
  private clusters: Cluster[] = [];
  private focusMember?: number;
  private loading?: { url: string; abort: AbortController };
  private reportedModel?: MapModel;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort.abort();
    this.loading = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.dataController.snapshot.data;
    const b = data?.dataset.boundaries;
    const base = this.src ? new URL(this.src, document.baseURI).href : document.baseURI;
    const url = this.boundaries || (b && !b.featureCollection ? b.url : undefined);
    if (!url) this.loaded = this.loadProblem = undefined;
    else if (this.state === 'ready' || this.state === 'stale') this.loadBoundaries(new URL(url, base).href);
  }

  private loadBoundaries(url: string): void {
    if (this.loading?.url === url || this.loaded?.url === url) return;
    this.loading?.abort.abort();
    const abort = new AbortController();
    this.loading = { url, abort };
    void fetchText(url, { signal: abort.signal, language: this.language }).then((result) => {
      if (abort.signal.aborted) return;
      this.loading = undefined;
      let features: readonly unknown[] | undefined;
      if (result.status === 'ok') {
        try {
          features = featuresOf(JSON.parse(result.text));
        } catch {
          features = undefined;
        }
      }
      this.loaded = { url, features: features ?? [] };
      const reason = result.status === 'failed' ? result.message : msg('không phải GeoJSON FeatureCollection.');
      this.loadProblem = features ? undefined : boundariesProblem(url, reason);
    });
  }

  private modelOf(data: LoadedDataset): MapModel {
    if (!this.model || this.modelSource?.[0] !== data || this.modelSource[1] !== this.loaded) {
      this.model = buildMapModel(data, this.loaded);
      this.modelSource = [data, this.loaded];
      this.projection = undefined;
      this.selection = undefined;
    }
    return this.model;
  }

  /** Fits the wards (or, without them, the spaces) to the box and projects every placed space once. */
  private project(model: MapModel, width: number, height: number) {
    const key = `${width}x${height}`;
    if (this.projection?.key === key) return this.projection;
    const pad = Math.min(16, width / 20);
    const extent: [[number, number], [number, number]] = [
      [pad, pad],
      [width - pad, height - pad],
    ];
    const p: GeoProjection = geoMercator();
    const points = model.placed.map((i) => model.spaces[i].location!);
    if (model.wards.length)
      p.fitExtent(extent, { type: 'FeatureCollection', features: model.wards.map((w) => w.feature) });
    else if (points.length > 1) p.fitExtent(extent, { type: 'MultiPoint', coordinates: points });
    else
      p.scale(200000)
        .center(points[0] ?? [106.65, 10.77])
        .translate([width / 2, height / 2]);
    const xy = new Float64Array(model.placed.length * 2);
    points.forEach((lonLat, j) => {
      const [x, y] = p(lonLat) ?? [NaN, NaN];
      xy[2 * j] = x;
      xy[2 * j + 1] = y;
    });
    const path = geoPath(p);
    this.projection = { key, xy, wardPaths: model.wards.map((w) => path(w.feature) ?? '') };
    return this.projection;
  }

  protected override renderData(data: LoadedDataset) {
    const model = this.modelOf(data);
    const { width, height, transform: t } = this.viewport;
    const shown = width > 0 && height > 0 ? this.project(model, width, height) : undefined;
    const points: ScreenPoint[] = [];
    if (shown) {
      model.placed.forEach((index, j) => {
        const kind = model.spaces[index].kind;
        if (!this.hiddenKinds.has(kind))
          points.push({ x: t.applyX(shown.xy[2 * j]), y: t.applyY(shown.xy[2 * j + 1]), kind, index });
      });
    }
    this.clusters = clusterPoints(points, CLUSTER_CELL, width, height);
    const useCanvas = model.placed.length > CANVAS_THRESHOLD;
    const selected = this.selection?.type === 'space' ? this.selection.index : undefined;
    const wardSelected = this.selection?.type === 'ward' ? this.selection.index : -1;
    const { covered, total, allWards } = model.summary;
    const name = this.label || msg('Bản đồ không gian văn hóa Hồ Chí Minh');
    return html`
      ${
        total
          ? html`<p class="summary">
              ${allWards ? msg(str`${covered}/${total} phường có không gian văn hóa`) : msg(str`${covered}/${total} địa bàn có không gian văn hóa`)}
              · ${msg(str`${model.spaces.length} không gian`)}
            </p>`
          : nothing
      }
      <div class="layout">
        <div>
          ${this.renderKindFilter(model)}
          <div
            class="map"
            part="map"
            role="region"
            tabindex="0"
            aria-label=${name}
            aria-describedby="map-description"
            @keydown=${this.onMapKey}
            @click=${this.onMapClick}
          >
            <svg width=${width} height=${height} aria-hidden=${useCanvas ? 'true' : nothing}>
              <g transform=${t.toString()}>
                ${model.wards.map(
                  (
                    w,
                    i,
                  ) => svg`<path class="ward cov-${coverageClass(w.spaces.length)} ${i === wardSelected ? 'selected' : ''}"
                    d=${shown?.wardPaths[i] ?? ''} data-ward=${i}><title>${w.name}: ${w.spaces.length}</title></path>`,
                )}
              </g>
              ${useCanvas ? nothing : this.clusters.map((c) => svgMarker(c, model.spaces, selected))}
            </svg>
            ${useCanvas ? html`<canvas width=${width * devicePixelRatio} height=${height * devicePixelRatio} aria-hidden="true"></canvas>` : nothing}
            <div class="controls">
              <button type="button" aria-label=${msg('Phóng to')} @click=${() => this.viewport.zoomBy(1.5)}>+</button>
              <button type="button" aria-label=${msg('Thu nhỏ')} @click=${() => this.viewport.zoomBy(1 / 1.5)}>
                −
              </button>
              <button type="button" aria-label=${msg('Về toàn cảnh')} @click=${() => this.viewport.reset()}>⟲</button>
            </div>
            ${model.attribution ? html`<div class="attribution">${safeLink(model.attribution.text, model.attribution.url)}</div>` : nothing}
          </div>
          <p id="map-description" class="visually-hidden">${this.description(model)}</p>
          ${
            total
              ? html`<p class="coverage">
                  <span>${msg('Số không gian mỗi phường:')}</span>
                  ${coverageClassLabels.map((label, i) => html`<span><span class="swatch cov-${i}"></span> ${label}</span>`)}
                </p>`
              : nothing
          }
        </div>
        <div class="side">${this.renderPanel(data, model)} ${this.list.render(model, this.hiddenKinds, selected)}</div>
      </div>
      ${this.renderProblems(model)}
    `;
  }

  private description(model: MapModel): string {
    const { covered, total } = model.summary;
    return msg(
      str`${total} phường, ${covered} phường có không gian văn hóa; ${model.placed.length} không gian có vị trí, ${model.online.length} không gian trực tuyến. Danh sách bên cạnh liệt kê tất cả. Khi bản đồ được chọn: phím + và − để phóng to, thu nhỏ, phím mũi tên để di chuyển, phím 0 để về toàn cảnh.`,
    );
  }

  private renderKindFilter(model: MapModel) {
    const present = placeKinds.filter((k) => model.placed.some((i) => model.spaces[i].kind === k));
    if (!present.length) return nothing;
    return html`<ul class="kinds" aria-label=${msg('Lọc theo loại')}>
      ${present.map(
        (kind) =>
          html`<li>
            <button
              type="button"
              aria-pressed=${this.hiddenKinds.has(kind) ? 'false' : 'true'}
              @click=${() => this.toggleKind(kind)}
            >
              ${kindSymbol(kind)} ${kindLabel(kind)}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private toggleKind(kind: SpaceKind): void {
    const next = new Set(this.hiddenKinds);
    if (!next.delete(kind)) next.add(kind);
    this.hiddenKinds = next;
  }

  private renderPanel(data: LoadedDataset, model: MapModel) {
    const s = this.selection;
    if (!s) return nothing;
    const body =
      s.type === 'space'
        ? spaceDetails(model.spaces[s.index], data, this.language)
        : s.type === 'ward'
          ? groupDetails(model.wards[s.index].name, model.wards[s.index].spaces, model.spaces, (i) => this.select(i))
          : groupDetails(msg('Các không gian tại cùng một chỗ'), s.members, model.spaces, (i) => this.select(i));
    return html`<section class="panel" part="panel" aria-label=${msg('Chi tiết')}>
      <button
        type="button"
        class="close"
        aria-label=${msg('Đóng chi tiết')}
        @click=${() => (this.selection = undefined)}
      >
        ×
      </button>
      ${body}
    </section>`;
  }

  private renderProblems(model: MapModel) {
    const problems = this.warnings(model);
    if (!problems.length) return nothing;
    return html`<details class="admin">
      <summary>${msg(str`Cảnh báo cho quản trị viên (${problems.length})`)}</summary>
      <ul>
        ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      </ul>
    </details>`;
  }

  private warnings(model: MapModel): Problem[] {
    const found = geometryProblems(model.problems, model.problemBase);
    return this.loadProblem ? [this.loadProblem, ...found] : found;
  }

  /** Selects a space (from the list or the map); the list and the map highlight it. */
  select(index: number): void {
    this.selection = { type: 'space', index };
    this.list.reveal(index);
  }

  private activate(target: Element): void {
    const space = target.closest('[data-space]')?.getAttribute('data-space');
    const cluster = target.closest('[data-cluster]')?.getAttribute('data-cluster');
    const ward = target.closest('[data-ward]')?.getAttribute('data-ward');
    if (space) this.select(Number(space));
    else if (cluster) this.openCluster(this.clusters.find((c) => c.members[0] === Number(cluster)));
    else if (ward) this.selection = { type: 'ward', index: Number(ward) };
  }

  /** Zooms in on a cluster so it splits; when its members share one place, lists them instead. */
  private openCluster(cluster: Cluster | undefined): void {
    if (!cluster) return;
    const { transform } = this.viewport;
    const xy = this.projection!.xy;
    const at = (i: number) => this.model!.placedAt[i];
    const spread = cluster.members.some((m) => {
      const [a, b] = [at(m), at(cluster.members[0])];
      return Math.hypot(xy[2 * a] - xy[2 * b], xy[2 * a + 1] - xy[2 * b + 1]) * MAX_ZOOM > 4;
    });
    if (!spread || transform.k * 2 > MAX_ZOOM) {
      this.selection = { type: 'group', members: cluster.members };
      return;
    }
    if (this.shadowRoot?.activeElement?.closest('.map')) this.focusMember = cluster.members[0];
    this.viewport.zoomBy(2, [cluster.x, cluster.y]);
  }

  private onMapClick = (event: MouseEvent) => {
    const target = event.target as Element;
    if (target.closest('.controls, .attribution')) return;
    if (this.canvas && this.mapBox) {
      const box = this.mapBox.getBoundingClientRect();
      const hit = clusterAt(this.clusters, event.clientX - box.left, event.clientY - box.top, 14);
      if (hit) return hit.members.length === 1 ? this.select(hit.members[0]) : this.openCluster(hit);
    }
    this.activate(target);
  };

  private onMapKey = (event: KeyboardEvent) => {
    const step = Math.max(40, this.viewport.height / 8);
    const actions: Record<string, () => void> = {
      '+': () => this.viewport.zoomBy(1.5),
      '=': () => this.viewport.zoomBy(1.5),
      '-': () => this.viewport.zoomBy(1 / 1.5),
      _: () => this.viewport.zoomBy(1 / 1.5),
      '0': () => this.viewport.reset(),
      ArrowLeft: () => this.viewport.panBy(step, 0),
      ArrowRight: () => this.viewport.panBy(-step, 0),
      ArrowUp: () => this.viewport.panBy(0, step),
      ArrowDown: () => this.viewport.panBy(0, -step),
      Escape: () => (this.selection = undefined),
    };
    const target = event.target as Element;
    const onItem = target.closest('[data-space], [data-cluster]');
    const action =
      (event.key === 'Enter' || event.key === ' ') && onItem ? () => this.activate(onItem) : actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey || target.closest('button')) return;
    event.preventDefault();
    action();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.viewport.attach(this.mapBox);
    const model = this.model;
    if (this.canvas && model) {
      const s = this.selection;
      const style = getComputedStyle(this.canvas);
      drawCanvas(this.canvas, this.clusters, model.spaces, s?.type === 'space' ? s.index : undefined, {
        disc: style.getPropertyValue('--_bg') || '#fff',
        text: style.getPropertyValue('--_fg') || '#000',
        halo: style.getPropertyValue('--_focus') || '#0b57d0',
      });
    }
    if (this.focusMember !== undefined) {
      const holder = clusterHolding(this.clusters, this.focusMember);
      const first = holder?.members[0];
      const el = this.renderRoot.querySelector<SVGElement>(`[data-space="${first}"], [data-cluster="${first}"]`);
      if (el) el.focus();
      this.focusMember = undefined;
    }
    if (model && this.reportedModel !== model && this.state === 'ready') {
      this.reportedModel = model;
      const warnings = this.warnings(model);
      if (warnings.length) this.dispatchEvent(new LamtheoErrorEvent(warnings, this.src ?? 'data'));
    }
    this.list.afterUpdate();
  }
}
