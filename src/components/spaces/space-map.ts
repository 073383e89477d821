import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { LoadedDataset } from '../../data/read.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { mapSkeleton } from '../../internal/skeletons.js';
import { LamtheoErrorEvent, type Problem } from '../../internal/events.js';
import { PartLoader } from '../../internal/part-loader.js';
import { lazyPart } from '../../i18n/lazy-part.js';
import { BoundariesLoader } from './boundaries-loader.js';
import { clusterPoints, type Cluster } from './cluster.js';
import { coverageLegend, coverageSummaryLine, mapDescription, wardShapes } from './coverage-view.js';
import { safeLink } from './safe-link.js';
import { KindFilter } from './kind-filter.js';
import { MapInteraction } from './map-interaction.js';
import { buildMapModel, type LoadedBoundaries, type MapModel } from './map-model.js';
import { CANVAS_THRESHOLD, CLUSTER_CELL, drawCanvas, svgMarker } from './markers.js';
import { projectionKey, projectMap, screenPoints, type MapProjection } from './projection.js';
import { SpaceSelection } from './selection.js';
import { spaceMapStyles } from './styles.js';
import { MapViewport } from './viewport.js';
import { SpaceList } from './space-list.js';

/** The words of the map's warnings (problems.ts), downloaded the first time a map has something to warn about. */
const mapProblems = lazyPart('map-problems', () => import('./problems.js'));

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
 * @csspart part-missing - A message, with a retry button, when a part of the map could not be downloaded (the details, the warnings).
 * @cssprop --lamtheo-map-height - Height of the map (default 28em).
 * @cssprop --lamtheo-coverage-0 - Fill of a ward with no space.
 * @cssprop --lamtheo-coverage-1 - Fill of a ward with one space.
 * @cssprop --lamtheo-coverage-2 - Fill of a ward with two spaces.
 * @cssprop --lamtheo-coverage-3 - Fill of a ward with three or four spaces.
 * @cssprop --lamtheo-coverage-4 - Fill of a ward with five spaces or more.
 * @fires lamtheo-error - When the data cannot be shown, or (severity `warning`) when some boundaries were left out or repaired.
 * @fires lamtheo-state - When the state changes.
 */
export class LamtheoSpaceMap extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, spaceMapStyles];

  static {
    // The first draw measures the map box in `updated` and draws again at once (see
    // MapViewport.measureNow): an update scheduled by an update, on purpose.
    this.disableWarning?.('change-in-update');
  }

  /** URL of a GeoJSON FeatureCollection of ward boundaries; wins over the dataset's `boundaries`. */
  @property() boundaries?: string;

  /** The map's accessible name; by default "Bản đồ không gian văn hóa Hồ Chí Minh". */
  @property() label?: string;

  @query('.map') private mapBox?: HTMLElement;
  @query('canvas') private canvas?: HTMLCanvasElement;

  private readonly viewport = new MapViewport(this);
  private readonly boundaryFile = new BoundariesLoader(this);
  private readonly list = new SpaceList(this);
  private readonly selection = new SpaceSelection(this, this.list);
  private readonly kinds = new KindFilter(this);
  private readonly interaction = new MapInteraction(this, this.viewport, this.selection, () => ({
    clusters: this.clusters,
    xy: this.projection?.xy,
    placedAt: this.model?.placedAt,
    scale: this.scale,
  }));
  private model?: MapModel;
  private modelSource?: [LoadedDataset, LoadedBoundaries | undefined];
  private projection?: MapProjection;
  private clusters: Cluster[] = [];
  /** The markers' size for the text size, as last drawn. */
  private scale = 1;
  private reportedModel?: MapModel;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.loaded;
    const b = data?.dataset.boundaries;
    const base = this.src ? new URL(this.src, document.baseURI).href : document.baseURI;
    const url = this.boundaries || (b && !b.featureCollection ? b.url : undefined);
    if (!url) this.boundaryFile.clear();
    else if (this.state === 'ready' || this.state === 'stale')
      this.boundaryFile.load(new URL(url, base).href, this.language);
  }

  private modelOf(data: LoadedDataset): MapModel {
    const loaded = this.boundaryFile.loaded;
    if (!this.model || this.modelSource?.[0] !== data || this.modelSource[1] !== loaded) {
      this.model = buildMapModel(data, loaded);
      this.modelSource = [data, loaded];
      this.projection = undefined;
      this.selection.clear();
    }
    return this.model;
  }

  private project(model: MapModel, width: number, height: number): MapProjection {
    if (this.projection?.key !== projectionKey(width, height)) this.projection = projectMap(model, width, height);
    return this.projection;
  }

  protected override renderSkeleton() {
    return mapSkeleton();
  }

  protected override renderData(data: LoadedDataset) {
    const model = this.modelOf(data);
    const { width, height, transform: t } = this.viewport;
    const shown = width > 0 && height > 0 ? this.project(model, width, height) : undefined;
    const points = shown ? screenPoints(model, shown.xy, t, this.kinds.hidden) : [];
    // Markers and clusters are sized by the text (the portal's A+ button, 200% text), not in pixels.
    const scale = (this.scale = this.markerScale());
    this.clusters = clusterPoints(points, CLUSTER_CELL * scale, width, height);
    const useCanvas = model.placed.length > CANVAS_THRESHOLD;
    const selected = this.selection.space;
    const name = this.label || msg('Bản đồ không gian văn hóa Hồ Chí Minh');
    return html`
      ${coverageSummaryLine(model, this.language)}
      <div class="layout">
        <div>
          ${this.kinds.render(model)}
          <div
            class="map"
            part="map"
            role="region"
            tabindex="0"
            aria-label=${name}
            aria-describedby="map-description"
            @keydown=${this.interaction.onKey}
            @click=${this.interaction.onClick}
          >
            <svg width=${width} height=${height} aria-hidden=${useCanvas ? 'true' : nothing}>
              <g transform=${t.toString()}>${wardShapes(model, shown?.wardPaths, this.selection.ward)}</g>
              ${useCanvas ? nothing : this.clusters.map((c) => svgMarker(c, model.spaces, selected, scale))}
            </svg>
            ${useCanvas && shown ? html`<canvas width=${width * devicePixelRatio} height=${height * devicePixelRatio} aria-hidden="true"></canvas>` : nothing}
            ${this.interaction.renderControls()}
            ${model.attribution ? html`<div class="attribution">${safeLink(model.attribution.text, model.attribution.url)}</div>` : nothing}
          </div>
          <p id="map-description" class="visually-hidden">${mapDescription(model, this.language)}</p>
          ${coverageLegend(model)}
        </div>
        <div class="side">
          ${this.selection.renderPanel(data, model, this.language)}
          ${this.list.render(model, this.kinds.hidden, selected)}
        </div>
      </div>
      ${
        this.hasWarnings(model)
          ? this.problemWords.render((words) =>
              words.warningsDetails(words.mapWarnings(model, this.boundaryFile.problem)),
            )
          : nothing
      }
    `;
  }

  /** Markers' size for the text size: 1 at 16 px, 2 at 200% text. */
  private markerScale(): number {
    const size = parseFloat(getComputedStyle(this).fontSize);
    return Number.isFinite(size) && size > 0 ? size / 16 : 1;
  }

  private readonly problemWords = new PartLoader(this, mapProblems);

  private hasWarnings(model: MapModel): boolean {
    return model.problems.length > 0 || this.boundaryFile.problem !== undefined;
  }

  /** The map's warnings; undefined while the code that words them downloads (or could not be downloaded). */
  private warnings(model: MapModel): Problem[] | undefined {
    return this.hasWarnings(model) ? this.problemWords.value?.mapWarnings(model, this.boundaryFile.problem) : [];
  }

  /**
   * Selects a space (from the list or the map); the list and the map highlight it.
   * @internal the index is the map model's, not the dataset's
   */
  select(index: number): void {
    this.selection.selectSpace(index);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.viewport.attach(this.mapBox);
    // First draw: size the map now rather than when the ResizeObserver reports, so the wards
    // and markers are drawn in the update that follows at once, before the first frame.
    this.viewport.measureNow();
    const model = this.model;
    if (this.canvas && model) {
      // The canvas's own color, border and outline colours (styles.ts) are the theme's, resolved
      // by the browser (light-dark(), forced colours) into colours a canvas understands.
      const style = getComputedStyle(this.canvas);
      drawCanvas(
        this.canvas,
        this.clusters,
        model.spaces,
        this.selection.space,
        {
          disc: style.borderTopColor,
          text: style.color,
          halo: style.outlineColor,
        },
        this.scale,
      );
    }
    this.interaction.afterUpdate();
    if (model && this.reportedModel !== model && this.state === 'ready') {
      this.reportedModel = model;
      const warnings = this.warnings(model);
      if (warnings === undefined)
        this.reportedModel = undefined; // told once its words are in
      else if (warnings.length) this.dispatchEvent(new LamtheoErrorEvent(warnings, this.src ?? 'data'));
    }
    this.list.afterUpdate();
  }
}
