import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { BoundariesLoader } from '../components/spaces/boundaries-loader.js';
import { cleanBoundaries, type AreaFeature } from '../components/spaces/geometry/geometry.js';
import { wardLocator } from '../components/spaces/geometry/ward-locator.js';
import { kindLabel } from '../components/spaces/kinds.js';
import { fittedMercator, type FittedMercator } from '../components/spaces/projection.js';
import { formatNumber } from '../data/words/format.js';
import { parsePath } from '../data/words/issues.js';
import { inLanguage } from '../i18n/locale.js';
import { LamtheoElement } from '../internal/base-element.js';
import { spaceKinds, type SpaceKind } from '../schema/index.js';
import type { Problem } from '../schema/result.js';
import { controlStyles } from '../styles/controls.js';
import { spacesEditorStyles } from './editor-styles.js';
import { StudioEditEvent } from './edit.js';
import { fetchWardFile, isFeatureCollection, unitOfWard, wardFiles, withWardFile } from './ward-files.js';
import './words.js'; // the studio's English words

/** The drawing's own units: the map is drawn in this box and scaled to the element's width. */
const WIDTH = 640;
const HEIGHT = 480;
/** Crosshair steps for the arrow keys, in the drawing's units (Shift: the larger one). */
const STEP = 8;
const BIG_STEP = 40;

type Space = Record<string, unknown> & { location?: [number, number]; name?: string; kind?: string };

interface Ward {
  name: string;
  feature: AreaFeature;
  path: string;
}

/** Six decimals of a degree: about 11 cm, more than a click can say. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The studio's map of cultural spaces: the ward map from the draft's boundaries (inline, or
 * the file at `boundaries.url`), on which the administrator places a space by clicking (then
 * types its name, kind and address), moves it ("Đặt lại trên bản đồ", then a click), or
 * removes it. Without a mouse: the arrow keys move a crosshair on the focused map and Enter
 * places; or the latitude and longitude are typed in the space's form.
 *
 * @summary Cultural spaces placed on the ward map (studio).
 * @fires lamtheo-state - When its state changes (`ready` once it is drawn).
 * @fires lamtheo-studio-edit - `detail: { path: ['spaces'], value }` on every accepted change.
 */
export class LamtheoStudioSpaces extends LamtheoElement {
  static override styles = [...[LamtheoElement.styles].flat(), controlStyles, spacesEditorStyles];

  /** The dataset's `spaces` array; set by the studio, and by this editor on each change. */
  @property({ attribute: false }) value: readonly unknown[] = [];

  /** The whole draft dataset: its `boundaries` (inline or by url) give the ward map. */
  @property({ attribute: false }) draft?: Record<string, unknown>;

  /** The draft's problems whose path starts with `spaces`, shown in the form of their space. @internal (set by the studio) */
  @property({ attribute: false }) problems: readonly Problem[] = [];

  /**
   * Where the ward maps lamtheo ships are served (`dist/geo/`, e.g. `../geo/` from the studio's
   * page): each becomes a choice of the "Bản đồ phường" list. Without it, a map is chosen by address.
   */
  @property({ attribute: 'ward-files' }) wardFiles = '';

  /** The address typed in the ward map's address field. */
  @state() private wardUrl = '';
  @state() private wardNote = '';
  @state() private wardBusy = false;
  @state() private selected = -1;
  /** Whether the next click (or Enter) moves the selected space rather than adding one. */
  @state() private moving = false;
  @state() private cross: [number, number] = [WIDTH / 2, HEIGHT / 2];
  @state() private status = '';

  private readonly boundaries = new BoundariesLoader(this);
  private wards: Ward[] = [];
  private locate: (lon: number, lat: number) => number = () => -1;
  private projection?: FittedMercator;
  private wardsKey?: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    this.state = 'ready';
  }

  private get spaces(): Space[] {
    return (Array.isArray(this.value) ? this.value : []).map((s) => (s && typeof s === 'object' ? s : {}) as Space);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const b = this.draft?.boundaries as { featureCollection?: { features?: unknown[] }; url?: string } | undefined;
    let features: readonly unknown[] | undefined = b?.featureCollection?.features;
    if (!features && typeof b?.url === 'string') {
      const url = new URL(b.url, document.baseURI).href;
      this.boundaries.load(url, this.language);
      features = this.boundaries.loaded?.url === url ? this.boundaries.loaded.features : undefined;
    }
    if (changed.has('draft') || features !== this.wardsKey) this.buildWards(features ?? []);
    if (this.selected >= this.spaces.length) this.selected = -1;
  }

  private buildWards(features: readonly unknown[]): void {
    this.wardsKey = features;
    const clean = cleanBoundaries(features).features.map((f) => f.feature);
    const located = this.spaces.filter((s) => Array.isArray(s.location)).map((s) => s.location!);
    const shape = clean.length
      ? { type: 'FeatureCollection' as const, features: clean }
      : { type: 'MultiPoint' as const, coordinates: located.length ? located : [[106.65, 10.77]] };
    const projection = fittedMercator(shape as never, WIDTH, HEIGHT);
    this.projection = projection;
    this.wards = clean.map((feature) => ({
      name: String(feature.properties.name ?? ''),
      feature,
      path: projection.path(feature as never),
    }));
    this.locate = wardLocator(clean.map((f) => f.geometry));
  }

  private wardAt(location: [number, number] | undefined): string {
    if (!location) return '';
    return this.wards[this.locate(location[0], location[1])]?.name ?? '';
  }

  private emit(spaces: Space[], said?: () => string): void {
    this.value = spaces;
    if (said) this.status = inLanguage(this, said);
    this.dispatchEvent(new StudioEditEvent({ path: ['spaces'], value: spaces }));
  }

  /** Places a space (new, or the selected one when moving) at a point of the drawing. */
  private placeAt(x: number, y: number): void {
    if (!this.projection) return;
    const [lon, lat] = this.projection.invert(x, y);
    const location: [number, number] = [round(lon), round(lat)];
    const ward = this.wardAt(location);
    const unitId = unitOfWard(this.draft, this.wards[this.locate(location[0], location[1])]?.feature as never);
    const spaces = this.spaces.slice();
    if (this.moving && this.selected >= 0) {
      spaces[this.selected] = { ...spaces[this.selected], location, ...(unitId ? { unitId } : {}) };
      this.moving = false;
      const n = this.selected + 1;
      this.emit(spaces, () =>
        ward
          ? msg(str`Đã chuyển không gian ${n} đến ${ward}.`, { id: 'studio.spaces.moved-in' })
          : msg(str`Đã chuyển không gian ${n}.`, { id: 'studio.spaces.moved' }),
      );
    } else {
      const taken = new Set(spaces.map((s) => s.id));
      let k = spaces.length + 1;
      while (taken.has(`khong-gian-${k}`)) k++;
      spaces.push({ id: `khong-gian-${k}`, name: '', kind: 'other', location, ...(unitId ? { unitId } : {}) });
      this.selected = spaces.length - 1;
      const n = spaces.length;
      this.emit(spaces, () =>
        ward
          ? msg(str`Đã đặt không gian ${n} trong ${ward}. Nhập tên của nó.`, { id: 'studio.spaces.placed-in' })
          : msg(str`Đã đặt không gian ${n}. Nhập tên của nó.`, { id: 'studio.spaces.placed' }),
      );
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#space-name')?.focus());
    }
    this.cross = [x, y];
  }

  /**
   * Puts a ward map into the draft: the file at `url` inline as `boundaries`, and its wards as
   * units. Says what it did, or why it could not (the download's or the JSON's own words).
   */
  async useWardFile(url: string, name: string): Promise<void> {
    if (!url.trim() || this.wardBusy) return;
    this.wardBusy = true;
    this.wardNote = '';
    const address = new URL(url.trim(), document.baseURI).href;
    const read = await fetchWardFile(address, this.language);
    this.wardBusy = false;
    if (!read.ok || !isFeatureCollection(read.value)) {
      const why = read.ok ? '' : read.problems.map((p) => p.message).join(' ');
      this.wardNote = inLanguage(this, () =>
        read.ok
          ? msg(str`Tệp ${name} không phải bản đồ GeoJSON (cần một FeatureCollection).`, {
              id: 'studio.spaces.not-geojson',
            })
          : msg(str`Không đọc được bản đồ ${name}: ${why}`, { id: 'studio.spaces.ward-failed' }),
      );
      return;
    }
    const { boundaries, units } = withWardFile(this.draft ?? {}, read.value);
    const added = units.length - (Array.isArray(this.draft?.units) ? this.draft.units.length : 0);
    this.dispatchEvent(new StudioEditEvent({ path: ['units'], value: units }));
    this.dispatchEvent(new StudioEditEvent({ path: ['boundaries'], value: boundaries }));
    const wards = read.value.features.length;
    this.status = inLanguage(this, () =>
      msg(str`Đã dùng bản đồ ${name}: ${wards} phường; thêm ${added} phường vào danh sách đơn vị.`, {
        id: 'studio.spaces.ward-used',
      }),
    );
  }

  private wardChooser() {
    const base = this.wardFiles.trim();
    return html`<div class="ward-files">
      ${
        base
          ? html`<label for="ward-file">${msg('Bản đồ phường có sẵn', { id: 'studio.spaces.ward-file' })}</label>
              <select
                id="ward-file"
                ?disabled=${this.wardBusy}
                @change=${(event: Event) => {
                  const select = event.target as HTMLSelectElement;
                  const chosen = wardFiles.find((w) => w.file === select.value);
                  if (chosen)
                    void this.useWardFile(new URL(chosen.file, new URL(base, document.baseURI)).href, chosen.name);
                  select.value = '';
                }}
              >
                <option value="">${msg('— Chọn —', { id: 'studio.records.choose' })}</option>
                ${wardFiles.map((w) => html`<option value=${w.file}>${w.name}</option>`)}
              </select>`
          : nothing
      }
      <label for="ward-url">${msg('Hoặc địa chỉ tệp ranh giới (GeoJSON)', { id: 'studio.spaces.ward-url' })}</label>
      <span class="ward-url">
        <input
          id="ward-url"
          type="url"
          inputmode="url"
          .value=${this.wardUrl}
          @input=${(event: Event) => (this.wardUrl = (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') void this.useWardFile(this.wardUrl, this.wardUrl);
          }}
        />
        <button
          type="button"
          ?disabled=${this.wardBusy}
          @click=${() => void this.useWardFile(this.wardUrl, this.wardUrl)}
        >
          ${msg('Dùng bản đồ này', { id: 'studio.spaces.ward-use' })}
        </button>
      </span>
      ${this.wardNote ? html`<p class="help" role="alert">${this.wardNote}</p>` : nothing}
    </div>`;
  }

  private onMapClick(event: MouseEvent): void {
    const svgElement = event.currentTarget as SVGSVGElement;
    const matrix = svgElement.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    this.placeAt(point.x, point.y);
  }

  private onMapKey(event: KeyboardEvent): void {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const [x, y] = this.cross;
      this.cross = [Math.min(WIDTH, Math.max(0, x + move[0])), Math.min(HEIGHT, Math.max(0, y + move[1]))];
      const [lon, lat] = this.projection?.invert(...this.cross) ?? [0, 0];
      const ward = this.wardAt([lon, lat]);
      const where = `${formatNumber(round(lat), this.language, { maximumFractionDigits: 5 })}, ${formatNumber(round(lon), this.language, { maximumFractionDigits: 5 })}`;
      this.status = inLanguage(this, () =>
        ward
          ? msg(str`Chữ thập ở ${ward} (${where}).`, { id: 'studio.spaces.cross-in' })
          : msg(str`Chữ thập ở ngoài các phường (${where}).`, { id: 'studio.spaces.cross-out' }),
      );
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.placeAt(...this.cross);
    }
  }

  private update1(index: number, change: (space: Space) => Space): void {
    const spaces = this.spaces.slice();
    spaces[index] = change({ ...spaces[index] });
    this.emit(spaces);
  }

  private setText(key: 'name' | 'address', value: string): void {
    this.update1(this.selected, (s) => {
      const text = value.normalize('NFC').trim();
      if (text) s[key] = text;
      else if (key === 'address') delete s[key];
      else s[key] = '';
      return s;
    });
  }

  private setCoordinate(which: 0 | 1, value: string): void {
    const number = Number(value.trim().replace(',', '.'));
    this.update1(this.selected, (s) => {
      const location: [number, number] = s.location ? [...s.location] : [NaN, NaN];
      // The form asks latitude then longitude, as a map app gives them; the data writes [lon, lat].
      location[which === 0 ? 1 : 0] = value.trim() === '' || !Number.isFinite(number) ? NaN : number;
      if (location.every(Number.isFinite)) s.location = location;
      else if (value.trim() === '') delete s.location;
      return s;
    });
  }

  private removeSpace(index: number): void {
    const spaces = this.spaces.filter((_, i) => i !== index);
    const name = this.spaces[index].name || String(index + 1);
    this.selected = -1;
    this.moving = false;
    this.emit(spaces, () => msg(str`Đã xóa "${name}".`, { id: 'studio.spaces.removed' }));
  }

  protected override render() {
    const spaces = this.spaces;
    const byIndex = new Map<number, Problem[]>();
    for (const p of this.problems) {
      const [list, index] = parsePath(p.path);
      if (list === 'spaces' && typeof index === 'number') byIndex.set(index, [...(byIndex.get(index) ?? []), p]);
    }
    const projection = this.projection;
    return html`<div class="wrap">
      ${this.wardChooser()}
      <div class="layout">
        <div>
          <svg
            viewBox="0 0 ${WIDTH} ${HEIGHT}"
            tabindex="0"
            role="application"
            aria-label=${msg('Bản đồ các phường: nhấn để đặt không gian văn hóa', { id: 'studio.spaces.map' })}
            aria-describedby="map-help"
            @click=${this.onMapClick}
            @keydown=${this.onMapKey}
          >
            ${this.wards.map((w) => svg`<path class="ward" d=${w.path} data-ward=${w.name}><title>${w.name}</title></path>`)}
            ${
              projection
                ? this.wards.map((w) => {
                    const [cx, cy] = centre(w.path);
                    return svg`<text class="ward-name" x=${cx} y=${cy}>${w.name}</text>`;
                  })
                : nothing
            }
            ${
              projection
                ? spaces.map((s, i) => {
                    if (!Array.isArray(s.location) || !s.location.every(Number.isFinite)) return nothing;
                    const [x, y] = projection.project(s.location[0], s.location[1]);
                    return svg`<g class="marker ${i === this.selected ? 'selected' : ''}" transform="translate(${x} ${y})">
                    <circle r=${i === this.selected ? 12 : 9}></circle><text>${i + 1}</text></g>`;
                  })
                : nothing
            }
            <g class="cross" transform="translate(${this.cross[0]} ${this.cross[1]})">
              <circle r="6"></circle>
              <path d="M-14 0H-6M6 0H14M0 -14V-6M0 6V14"></path>
            </g>
          </svg>
          <p id="map-help" class="help">
            ${msg(
              'Nhấn vào bản đồ để đặt một không gian. Bằng bàn phím: các phím mũi tên di chuyển chữ thập (Shift: bước lớn), Enter để đặt.',
              { id: 'studio.spaces.help' },
            )}
          </p>
          ${this.boundaries.problem ? html`<p class="help" role="alert">${this.boundaries.problem.message}</p>` : nothing}
          ${
            !this.wards.length && !this.boundaries.problem
              ? html`<p class="help">
                  ${msg('Dữ liệu chưa có ranh giới phường: bản đồ chỉ có các không gian đã đặt.', {
                    id: 'studio.spaces.no-wards',
                  })}
                </p>`
              : nothing
          }
          <p role="status" class="where">${this.status}</p>
        </div>
        <div>
          ${
            spaces.length
              ? html`<ol aria-label=${msg('Các không gian văn hóa', { id: 'studio.spaces.list' })}>
                  ${spaces.map(
                    (s, i) =>
                      html`<li>
                        <button
                          type="button"
                          aria-current=${i === this.selected ? 'true' : 'false'}
                          @click=${() => ((this.selected = i), (this.moving = false))}
                        >
                          ${s.name || msg('(chưa có tên)', { id: 'studio.spaces.unnamed' })}
                        </button>
                        ${
                          byIndex.has(i)
                            ? html` —
                              ${msg(str`${byIndex.get(i)!.length} vấn đề`, { id: 'studio.spaces.problem-count' })}`
                            : nothing
                        }
                      </li>`,
                  )}
                </ol>`
              : html`<p class="help">${msg('Chưa có không gian nào.', { id: 'studio.spaces.empty' })}</p>`
          }
          ${this.selected >= 0 ? this.renderForm(spaces[this.selected], this.selected, byIndex.get(this.selected) ?? []) : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderForm(space: Space, index: number, problems: Problem[]) {
    const location = Array.isArray(space.location) ? space.location : undefined;
    const ward = this.wardAt(location);
    const coordinate = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '' : String(n));
    return html`<form @submit=${(e: Event) => e.preventDefault()} aria-labelledby="form-title">
      <strong id="form-title">${msg(str`Không gian thứ ${index + 1}`, { id: 'studio.spaces.form-title' })}</strong>
      ${ward ? html`<span class="where">${msg(str`Trong ${ward}`, { id: 'studio.spaces.in-ward' })}</span>` : nothing}
      <label
        >${msg('Tên', { id: 'studio.spaces.name' })}
        <input
          id="space-name"
          .value=${space.name ?? ''}
          aria-invalid=${problems.some((p) => /\.name$/.test(p.path)) ? 'true' : 'false'}
          @change=${(e: Event) => this.setText('name', (e.target as HTMLInputElement).value)}
      /></label>
      <label
        >${msg('Loại', { id: 'studio.spaces.kind' })}
        <select
          @change=${(e: Event) =>
            this.update1(index, (s) => ({ ...s, kind: (e.target as HTMLSelectElement).value as SpaceKind }))}
        >
          ${spaceKinds.map((k) => html`<option value=${k} ?selected=${space.kind === k}>${kindLabel(k)}</option>`)}
        </select></label
      >
      <label
        >${msg('Địa chỉ', { id: 'studio.spaces.address' })}
        <input
          .value=${typeof space.address === 'string' ? space.address : ''}
          @change=${(e: Event) => this.setText('address', (e.target as HTMLInputElement).value)}
      /></label>
      <div class="pair">
        <label
          >${msg('Vĩ độ', { id: 'studio.spaces.lat' })}
          <input
            inputmode="decimal"
            .value=${coordinate(location?.[1])}
            @change=${(e: Event) => this.setCoordinate(0, (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${msg('Kinh độ', { id: 'studio.spaces.lon' })}
          <input
            inputmode="decimal"
            .value=${coordinate(location?.[0])}
            @change=${(e: Event) => this.setCoordinate(1, (e.target as HTMLInputElement).value)}
        /></label>
      </div>
      ${
        problems.length
          ? html`<ul class="problems">
              ${problems.map((p) => html`<li>${p.path.replace(/^spaces\[\d+\]\.?/, '')}: ${p.message}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.moving
          ? html`<p class="mode" role="status">
              ${msg('Nhấn vào bản đồ (hoặc Enter trên bản đồ) để đặt lại không gian này.', { id: 'studio.spaces.moving' })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="button" @click=${() => (this.moving = !this.moving)}>
          ${
            this.moving
              ? msg('Thôi đặt lại', { id: 'studio.spaces.cancel-move' })
              : msg('Đặt lại trên bản đồ', { id: 'studio.spaces.move' })
          }
        </button>
        <button type="button" @click=${() => this.removeSpace(index)}>
          ${msg('Xóa không gian này', { id: 'studio.spaces.remove' })}
        </button>
      </div>
    </form>`;
  }
}

/** A point to write a ward's name: the area centroid of the first ring of its drawn path. */
function centre(path: string): [number, number] {
  const ring = /^M([^MZ]*)/.exec(path)?.[1] ?? '';
  const points = [...ring.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const cross = points[j][0] * points[i][1] - points[i][0] * points[j][1];
    area += cross;
    cx += (points[j][0] + points[i][0]) * cross;
    cy += (points[j][1] + points[i][1]) * cross;
  }
  return area ? [cx / (3 * area), cy / (3 * area)] : ((points[0] as [number, number]) ?? [0, 0]);
}
