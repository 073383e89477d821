/**
 * The map's viewport: its size in pixels (a ResizeObserver, so the map fits its own box,
 * also when it was created in a hidden tab and shown later) and the zoom transform
 * (d3-zoom: wheel, drag, pinch, plus the buttons and keys). Everything it registers is
 * removed when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const MAX_ZOOM = 64;
/** How much the + and − keys and buttons zoom. */
export const ZOOM_STEP = 1.5;

export class MapViewport implements ReactiveController {
  width = 0;
  height = 0;
  transform: ZoomTransform = zoomIdentity;
  private target?: HTMLElement;
  private observer?: ResizeObserver;
  private readonly behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([1, MAX_ZOOM])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      this.transform = event.transform;
      this.host.requestUpdate();
    });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Starts watching `element` (the map box); cheap when it already does. */
  attach(element: HTMLElement | null | undefined): void {
    if (!element || element === this.target || !this.host.isConnected) return;
    this.detach();
    this.target = element;
    select(element).call(this.behaviour).on('dblclick.zoom', null);
    this.observer = new ResizeObserver(([entry]) => this.resize(entry.contentRect.width, entry.contentRect.height));
    this.observer.observe(element);
  }

  /**
   * Reads the box's size at once when it is not known yet (the first draw), instead of
   * waiting for the ResizeObserver's first report in the next frame. A box in a hidden tab
   * measures 0×0: the observer reports its size once it is shown.
   */
  measureNow(): void {
    if (this.target && (this.width === 0 || this.height === 0))
      this.resize(this.target.clientWidth, this.target.clientHeight);
  }

  private resize(width: number, height: number): void {
    // Less than a pixel apart: the observer's fractional content box after `measureNow`'s whole pixels.
    if (Math.abs(width - this.width) < 1 && Math.abs(height - this.height) < 1) return;
    [this.width, this.height] = [Math.round(width), Math.round(height)];
    const extent: [[number, number], [number, number]] = [
      [0, 0],
      [this.width, this.height],
    ];
    this.behaviour.extent(extent).translateExtent(extent);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Moved within the page: the shadow DOM is kept, so watch the same box again.
    const target = this.target;
    this.target = undefined;
    this.attach(target);
  }

  hostDisconnected(): void {
    const target = this.target;
    this.detach();
    this.target = target;
  }

  private detach(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.target) select(this.target).on('.zoom', null);
    this.target = undefined;
  }

  /** Zooms by `factor` about the centre of the view, or about `[x, y]`. */
  zoomBy(factor: number, point?: [number, number]): void {
    if (this.target) this.behaviour.scaleBy(select(this.target), factor, point);
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Moves the map content by `dx`, `dy` pixels. */
  panBy(dx: number, dy: number): void {
    if (this.target) this.behaviour.translateBy(select(this.target), dx / this.transform.k, dy / this.transform.k);
  }

  /** Back to the whole area. */
  reset(): void {
    if (this.target) this.behaviour.transform(select(this.target), zoomIdentity);
  }

  /** Centres the view on the pixel `[x, y]` of the unzoomed map. */
  centreOn(x: number, y: number): void {
    if (this.target) this.behaviour.translateTo(select(this.target), x, y);
  }
}
