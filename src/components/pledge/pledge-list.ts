import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { controlStyles } from '../../styles/controls.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { listSkeleton } from '../../internal/skeletons.js';
import type { LoadedDataset } from '../../data/read.js';
import { formatDate } from '../../data/words/format.js';
import { emptyView } from '../../internal/views.js';
import { groupPledges, publicPledges, type ShownPledge } from './pledge-groups.js';
import { pledgeListStyles } from './pledge-styles.js';

/**
 * The pledges people agreed to publish (`public: true`), grouped by unit with a count per
 * unit and a search that ignores tone marks, so people can follow what cadres promised
 * (Bến Tre published its leaders' pledges in 2017 "để nhân dân giám sát").
 * Reads a dataset, e.g. `src="/api/pledges"` from the pledge receiver.
 *
 * @summary Public pledges, grouped by unit and searchable.
 * @csspart group - One unit's heading and its pledges.
 * @csspart pledge - One pledge.
 * @fires lamtheo-state - When the data state changes.
 * @fires lamtheo-error - When the data cannot be shown.
 */
export class LamtheoPledgeList extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, controlStyles, pledgeListStyles];

  @state() private query = '';

  protected override emptyText() {
    return msg('Chưa có bản đăng ký nào được công khai.');
  }

  protected override isEmpty(data: LoadedDataset): boolean {
    return publicPledges(data.dataset, data.unitsById).length === 0;
  }

  private renderPledge(s: ShownPledge) {
    const { pledge } = s;
    const name = pledge.person.fullName ?? pledge.person.position ?? '';
    const position = pledge.person.fullName ? pledge.person.position : undefined;
    return html`<li>
      <article part="pledge" aria-label=${name}>
        <h4>${name}${position ? html`<span class="meta"> — ${position}</span>` : nothing}</h4>
        <p class="meta">
          ${[s.cellName, msg(str`năm ${pledge.year}`)].filter(Boolean).join(' · ')}
          ${pledge.submittedAt ? html` · ${msg(str`đăng ký ngày ${formatDate(pledge.submittedAt, this.language)}`)}` : nothing}
        </p>
        <dl>
          ${pledge.commitments.map(
            (c) =>
              html`<dt>${s.headingTitle(c.headingId)}</dt>
                <dd>
                  ${c.commitment}
                  ${c.measures ? html`<br /><span class="measures">${msg('Biện pháp:')} ${c.measures}</span>` : nothing}
                  ${c.deadline ? html`<br /><span class="measures">${msg('Thời hạn:')} ${formatDate(c.deadline, this.language)}</span>` : nothing}
                </dd>`,
          )}
        </dl>
      </article>
    </li>`;
  }

  protected override renderSkeleton() {
    return listSkeleton();
  }

  protected override renderData(data: LoadedDataset) {
    const groups = groupPledges(publicPledges(data.dataset, data.unitsById), this.query);
    const total = groups.reduce((n, g) => n + g.pledges.length, 0);
    return html`<div class="toolbar">
        <div class="search">
          <label for="search">${msg('Tìm bản đăng ký')}</label>
          <span class="hint" id="search-hint">${msg('Tên, đơn vị hoặc nội dung; không cần dấu')}</span>
          <input
            id="search"
            type="search"
            aria-describedby="search-hint"
            .value=${this.query}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
          />
        </div>
        <p class="count" role="status">${msg(str`${total} bản đăng ký`)}</p>
      </div>
      ${
        total === 0
          ? emptyView(msg('Không có bản đăng ký nào khớp với từ tìm kiếm.'))
          : groups.map(
              (g, i) =>
                html`<section part="group" aria-labelledby="unit-${i}">
                  <h3 id="unit-${i}">
                    ${g.unitName || msg('Chưa ghi đơn vị')} <span class="count">(${g.pledges.length})</span>
                  </h3>
                  <ul class="pledges">
                    ${g.pledges.map((s) => this.renderPledge(s))}
                  </ul>
                </section>`,
            )
      }`;
  }
}
