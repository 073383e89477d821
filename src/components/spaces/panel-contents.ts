/**
 * The contents of the details panel of a selected space, ward or crowded spot: downloaded
 * the first time something is selected (selection.ts), since a visitor who only looks at the
 * map never opens it. Text from the data goes in as text (Lit escapes it); links go through
 * `safeLink` (http and https only).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDate } from '../../data/words/format.js';
import type { LoadedDataset } from '../../data/read.js';
import type { CulturalSpace } from '../../schema/index.js';
import { keepTogether } from './keep-together.js';
import { kindLabel, kindSymbol } from './kinds.js';
import { safeLink } from './safe-link.js';

/** `2022-10-25` → 25/10/2022, `2022-10` → 10/2022, `2022` → 2022. */
export function partialDateText(value: string, language: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value, language);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month ? `${month[2]}/${month[1]}` : value;
}

const row = (term: string, value: unknown) =>
  html`<dt>${term}</dt>
    <dd>${value}</dd>`;

export function spaceDetails(space: CulturalSpace, data: LoadedDataset, language: string): TemplateResult {
  const unit = data.unitsById.get(space.hostUnitId ?? space.unitId ?? '');
  const ward = space.hostUnitId ? data.unitsById.get(space.unitId ?? '') : undefined;
  return html`<h3 class="panel-title" tabindex="-1">${keepTogether(space.name)}</h3>
    <dl>
      ${row(msg('Loại'), html`${kindSymbol(space.kind)} ${kindLabel(space.kind)}`)}
      ${unit ? row(msg('Đơn vị'), keepTogether(unit.name)) : nothing}
      ${ward ? row(msg('Địa bàn'), keepTogether(ward.name)) : nothing}
      ${space.address ? row(msg('Địa chỉ'), space.address) : nothing}
      ${space.openedOn ? row(msg('Ngày ra mắt'), partialDateText(space.openedOn, language)) : nothing}
      ${space.url ? row(msg('Trang web'), safeLink(space.url, space.url)) : nothing}
      ${
        space.status !== 'active'
          ? row(msg('Tình trạng'), space.status === 'planned' ? msg('Sắp ra mắt') : msg('Đã đóng'))
          : nothing
      }
    </dl>
    ${space.description ? html`<p>${space.description}</p>` : nothing}
    ${
      space.components?.length
        ? html`<h4>${msg('Các khu vực')}</h4>
            <ul>
              ${space.components.map(
                (c) => html`<li><strong>${c.name}</strong>${c.description ? html`: ${c.description}` : nothing}</li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      space.photos?.length
        ? html`<div class="photos">
            ${space.photos.map(
              (p) =>
                html`<figure>
                  <img src=${p.src} alt=${p.alt} loading="lazy" />
                  ${p.caption ? html`<figcaption>${p.caption}</figcaption>` : nothing}
                </figure>`,
            )}
          </div>`
        : nothing
    }
    ${
      space.links?.length
        ? html`<h4>${msg('Liên kết')}</h4>
            <ul>
              ${space.links.map((l) => html`<li>${safeLink(l.label, l.url)}</li>`)}
            </ul>`
        : nothing
    }`;
}

/** A ward's (or a crowded spot's) panel: its count and its spaces, each a button that selects it. */
export function groupDetails(
  title: string,
  members: readonly number[],
  spaces: readonly CulturalSpace[],
  onSelect: (index: number) => void,
): TemplateResult {
  const n = members.length;
  return html`<h3 class="panel-title" tabindex="-1">${keepTogether(title)}</h3>
    <p>${n === 0 ? msg('Chưa có không gian văn hóa.') : msg(str`${n} không gian văn hóa`)}</p>
    <ul class="plain">
      ${members.map(
        (i) =>
          html`<li>
            <button type="button" class="link" @click=${() => onSelect(i)}>
              ${kindSymbol(spaces[i].kind)} ${keepTogether(spaces[i].name)}
            </button>
          </li>`,
      )}
    </ul>`;
}
