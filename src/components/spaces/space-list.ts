/**
 * The list of every space beside the map: the keyboard and screen-reader path, and the one
 * place that holds every space of the data. Selecting an item selects its marker; selecting
 * a marker marks its item (`aria-current`) and scrolls the list (not the page) to it. A space
 * without a location is listed all the same, marked "chưa có vị trí trên bản đồ"; an online
 * space is listed with its link. Long lists show a page at a time ("show more"), so 10,000
 * spaces do not mean 10,000 buttons at first render: the first page is a couple of
 * screenfuls of the list's box, each "show more" adds a big page.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { SpaceKind } from '../../schema/index.js';
import { keepTogether, names } from './keep-together.js';
import { kindLabel, kindSymbol } from './kinds.js';
import { safeLink } from './safe-link.js';
import type { MapModel } from './map-model.js';

/** Items shown before any "show more": about two screenfuls of the list's box. */
export const FIRST_LIST_PAGE = 40;
/** Items each "show more" adds. */
export const LIST_PAGE = 200;

interface ListHost extends ReactiveControllerHost, HTMLElement {
  select(index: number): void;
}

/**
 * The line under a space's name: its ward (unless the name already says it) and, for a
 * space with no place on the map, that mark. Starts with a comma for screen readers, so the
 * name and the line are not read run together.
 */
function whereLine(model: MapModel, i: number, end?: unknown) {
  const { spaces, wards, wardOfSpace, placedAt } = model;
  const space = spaces[i];
  const ward = wardOfSpace[i] >= 0 ? wards[wardOfSpace[i]].name : undefined;
  const parts: unknown[] = [];
  if (ward && !names(space.name, ward)) parts.push(keepTogether(ward));
  if (space.kind === 'online') {
    if (!names(space.name, kindLabel('online'))) parts.push(kindLabel('online'));
  } else if (placedAt[i] < 0) parts.push(html`<span class="unplaced">${msg('chưa có vị trí trên bản đồ')}</span>`);
  if (end) parts.push(end);
  if (!parts.length) return nothing;
  return html`<span class="visually-hidden">,</span
    ><span class="where">${parts.map((p, n) => html`${n ? ' · ' : ''}${p}`)}</span>`;
}

export class SpaceList {
  private limit = FIRST_LIST_PAGE;
  private scrollTo?: number;
  private shownOrder: number[] = [];

  constructor(private readonly host: ListHost) {}

  /** Makes sure the space's item is rendered and scrolls the list to it after the update. */
  reveal(index: number): void {
    const position = this.shownOrder.indexOf(index);
    if (position >= this.limit) this.limit = Math.ceil((position + 1) / LIST_PAGE) * LIST_PAGE;
    this.scrollTo = index;
    this.host.requestUpdate();
  }

  render(model: MapModel, hidden: ReadonlySet<SpaceKind>, selected: number | undefined) {
    const { spaces } = model;
    this.shownOrder = [];
    for (let i = 0; i < spaces.length; i++) if (!hidden.has(spaces[i].kind)) this.shownOrder.push(i);
    const shown = this.shownOrder.slice(0, this.limit);
    const more = this.shownOrder.length - shown.length;
    return html`<div>
      <h3 id="list-heading">${msg(str`Danh sách không gian (${this.shownOrder.length})`)}</h3>
      <ul class="list" part="list" aria-labelledby="list-heading">
        ${shown.map((i) =>
          spaces[i].kind === 'online' && !spaces[i].location
            ? html`<li class="online">
                ${kindSymbol('online')}
                <span class="name"
                  >${safeLink(spaces[i].name, spaces[i].url, keepTogether(spaces[i].name))}${whereLine(
                    model,
                    i,
                    html`<button
                      type="button"
                      class="link"
                      data-item=${i}
                      aria-current=${i === selected ? 'true' : nothing}
                      @click=${() => this.host.select(i)}
                    >
                      ${msg('Chi tiết')}<span class="visually-hidden">: ${spaces[i].name}</span>
                    </button>`,
                  )}</span
                >
              </li>`
            : html`<li>
                <button
                  type="button"
                  data-item=${i}
                  aria-current=${i === selected ? 'true' : nothing}
                  @click=${() => this.host.select(i)}
                >
                  ${kindSymbol(spaces[i].kind)}
                  <span class="name">${keepTogether(spaces[i].name)}${whereLine(model, i)}</span>
                </button>
              </li>`,
        )}
      </ul>
      ${
        more > 0
          ? html`<button
              type="button"
              class="more"
              @click=${() => ((this.limit += LIST_PAGE), this.host.requestUpdate())}
            >
              ${msg(str`Xem thêm (còn ${more})`)}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Scrolls the list to the item asked for by `reveal`, keeping the page where it is. */
  afterUpdate(): void {
    if (this.scrollTo === undefined) return;
    // The item's <li>: its offsetTop is within the list (positioned).
    const item = this.host.shadowRoot?.querySelector(`[data-item="${this.scrollTo}"]`)?.closest('li');
    const list = item?.closest<HTMLElement>('.list');
    this.scrollTo = undefined;
    if (!item || !list) return;
    const top = item.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 2;
    }
  }
}
