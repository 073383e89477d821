/**
 * The list of every space beside the map: the keyboard and screen-reader path. Selecting an
 * item selects its marker; selecting a marker marks its item (`aria-current`) and scrolls
 * the list (not the page) to it. Long lists show a page at a time ("show more"), so 10,000
 * spaces do not mean 10,000 buttons at first render: the first page is a couple of screenfuls
 * of the list's box (what the first draw creates and lays out), each "show more" adds a big
 * page. Online spaces follow with their links.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { SpaceKind } from '../../schema/index.js';
import { kindSymbol } from './kinds.js';
import { safeLink } from './safe-link.js';
import type { MapModel } from './map-model.js';

/** Items shown before any "show more": about two screenfuls of the list's box. */
export const FIRST_LIST_PAGE = 40;
/** Items each "show more" adds. */
export const LIST_PAGE = 200;

interface ListHost extends ReactiveControllerHost, HTMLElement {
  select(index: number): void;
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
    const { spaces, wards, wardOfSpace } = model;
    this.shownOrder = model.placed.filter((i) => !hidden.has(spaces[i].kind));
    const shown = this.shownOrder.slice(0, this.limit);
    const more = this.shownOrder.length - shown.length;
    return html`<div>
        <h3 id="list-heading">${msg(str`Danh sách không gian (${this.shownOrder.length})`)}</h3>
        <ul class="list" part="list" aria-labelledby="list-heading">
          ${shown.map(
            (i) =>
              html`<li>
                <button
                  type="button"
                  data-item=${i}
                  aria-current=${i === selected ? 'true' : nothing}
                  @click=${() => this.host.select(i)}
                >
                  ${kindSymbol(spaces[i].kind)}
                  <span
                    >${spaces[i].name}${wardOfSpace[i] >= 0 ? html` <span class="where">${wards[wardOfSpace[i]].name}</span>` : nothing}</span
                  >
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
      </div>
      ${
        model.online.length
          ? html`<div>
              <h3>${msg('Không gian trực tuyến')}</h3>
              <ul class="plain">
                ${model.online.map(
                  (i) =>
                    html`<li>
                      ${kindSymbol('online')} ${safeLink(spaces[i].name, spaces[i].url)}
                      ${wardOfSpace[i] >= 0 ? html`<span class="where">(${wards[wardOfSpace[i]].name})</span>` : nothing}
                      <button type="button" class="link" @click=${() => this.host.select(i)}>${msg('Chi tiết')}</button>
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }`;
  }

  /** Scrolls the list to the item asked for by `reveal`, keeping the page where it is. */
  afterUpdate(): void {
    if (this.scrollTo === undefined) return;
    // The item's <li>: its offsetTop is within the list (the button's would be within the <li>,
    // which content-visibility makes its offsetParent).
    const item = this.host.shadowRoot?.querySelector(`[data-item="${this.scrollTo}"]`)?.parentElement;
    const list = item?.closest<HTMLElement>('.list');
    this.scrollTo = undefined;
    if (!item || !list) return;
    const top = item.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top - list.clientHeight / 2;
    }
  }
}
