/**
 * What is selected, shared by the map, the list and the details panel: a space, a ward, or
 * the spaces sharing one spot. Selecting a space highlights its marker and its list item
 * (`aria-current`) and scrolls the list to it; the panel shows what is selected, and its
 * buttons select through the host, as the list does.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { LoadedDataset } from '../../data/read.js';
import { lazyPart } from '../../i18n/lazy-part.js';
import { PartLoader, type PartHost } from '../../internal/part-loader.js';
import type { MapModel } from './map-model.js';
import type { SpaceList } from './space-list.js';

/** The panel's contents (panel-contents.ts), downloaded the first time something is selected. */
export const panelContents = lazyPart('panel-contents', () => import('./panel-contents.js'));

export type Selection =
  { type: 'space'; index: number } | { type: 'ward'; index: number } | { type: 'group'; members: number[] };

interface SelectionHost extends PartHost {
  select(index: number): void;
}

export class SpaceSelection {
  private current?: Selection;
  private readonly contents: PartLoader<typeof import('./panel-contents.js')>;

  constructor(
    private readonly host: SelectionHost,
    private readonly list: SpaceList,
  ) {
    this.contents = new PartLoader(host, panelContents);
  }

  /** The selected space's index, for the highlight on the map and in the list. */
  get space(): number | undefined {
    return this.current?.type === 'space' ? this.current.index : undefined;
  }

  /** The selected ward's position in `model.wards`, or -1. */
  get ward(): number {
    return this.current?.type === 'ward' ? this.current.index : -1;
  }

  /** Selects `next` (or nothing); the host updates when it changed. */
  set(next: Selection | undefined): void {
    if (next === this.current) return;
    this.current = next;
    this.host.requestUpdate();
  }

  /** Selects a space and brings its list item into view. */
  selectSpace(index: number): void {
    this.set({ type: 'space', index });
    this.list.reveal(index);
  }

  clear(): void {
    this.set(undefined);
  }

  /** The details panel of the selection, or nothing. */
  renderPanel(data: LoadedDataset, model: MapModel, language: string) {
    const s = this.current;
    if (!s) return nothing;
    const select = (i: number) => this.host.select(i);
    // The panel's code downloads the first time something is selected.
    const body = this.contents.render(
      (c) =>
        s.type === 'space'
          ? c.spaceDetails(model.spaces[s.index], data, language)
          : s.type === 'ward'
            ? c.groupDetails(model.wards[s.index].name, model.wards[s.index].spaces, model.spaces, select)
            : c.groupDetails(msg('Các không gian tại cùng một chỗ'), s.members, model.spaces, select),
      html`<p role="status">${msg('Đang tải chi tiết…')}</p>`,
    );
    return html`<section class="panel" part="panel" aria-label=${msg('Chi tiết')}>
      <button type="button" class="close" aria-label=${msg('Đóng chi tiết')} @click=${() => this.clear()}>×</button>
      ${body}
    </section>`;
  }
}
