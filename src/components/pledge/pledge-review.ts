import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import type { LoadedDataset } from '../../data/read.js';
import { inLanguage } from '../../i18n/locale.js';
import { controlStyles } from '../../styles/controls.js';
import type { SelfAssessment } from '../../schema/pledge.js';
import {
  callReceiver,
  datasetPath,
  headingTitle,
  levelWords,
  receiverUrl,
  resultWords,
  stateWords,
  type ChainState,
  type Registration,
} from './chain-api.js';
import { pledgeChainStyles, pledgeFormStyles } from './pledge-styles.js';

interface Me {
  reviewer: { id: number; name: string | null };
  unit: { id: string; name: string };
  units: string[];
}

/**
 * The cell committee's desk on a lamtheo receiver (`npx lamtheo receiver`): sign in with the token
 * `add-reviewer` printed, then confirm each registration of the unit (and the units under it) or
 * return it with a comment the registrant reads, make public those whose registrants consented,
 * and at year end read each self-assessment and rate it (HTXSNV, HTTNV, HTNV, KHTNV). Exports the
 * unit's registrations as CSV or Excel for the report. The token is kept for this tab only
 * (sessionStorage) and sent only in the Authorization header.
 *
 * @summary The cell committee confirms, returns, publishes and rates pledges, and exports them.
 * @csspart panel - The sign-in panel and the desk.
 * @csspart registration - Each registration.
 * @cssprop --lamtheo-color-accent - Buttons and the panels' edge.
 * @fires lamtheo-state - When the state of the receiver's public dataset (headings, units) changes.
 * @fires lamtheo-error - When that dataset cannot be read (the receiver is down or the address is wrong).
 */
export class LamtheoPledgeReview extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, controlStyles, pledgeFormStyles, pledgeChainStyles];

  /** The receiver's base address (the folder that holds `api/`): `https://dang-ky.phuong5.gov.vn/` or `/`. */
  @property() endpoint = '/';
  /** The fetch to call the receiver with (a test's or a story's stand-in); the browser's by default. */
  @property({ attribute: false }) fetcher?: typeof fetch;

  @state() private token = '';
  @state() private typedToken = '';
  @state() private me?: Me;
  @state() private registrations: Registration[] = [];
  @state() private filter: ChainState | 'all' = 'all';
  @state() private busy = '';
  @state() private problem = '';
  @state() private said = '';
  /** Comments being written, by receipt: kept when sending fails. */
  @state() private comments: Record<string, string> = {};
  @state() private returning = new Set<string>();
  @state() private ratings: Record<string, SelfAssessment> = {};

  private get storageKey() {
    return `lamtheo-review:${receiverUrl(this.endpoint, '')}`;
  }

  /**
   * The receiver's public dataset (`api/pledges/dataset.json`) gives the headings' titles and the
   * units' names, read like every widget's data; `src` or `data` on the element take its place.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.data === undefined && !this.hasAttribute('src'))
      this.src = receiverUrl(this.endpoint, datasetPath);
    super.willUpdate(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const kept = (() => {
      try {
        return sessionStorage.getItem(this.storageKey) ?? '';
      } catch {
        return '';
      }
    })();
    if (kept && !this.token) void this.signIn(kept);
  }

  private async call<T>(method: string, path: string, body?: unknown, token = this.token) {
    return inLanguage(this, () =>
      callReceiver<T>(this.endpoint, path, {
        method,
        body,
        lang: this.language,
        authorization: `Bearer ${token}`,
        fetch: this.fetcher,
      }),
    );
  }

  private async signIn(token: string) {
    token = token.trim();
    if (!token) {
      this.problem = inLanguage(this, () => msg('Nhập mã người duyệt.'));
      return;
    }
    this.busy = 'sign-in';
    this.problem = '';
    const me = await this.call<Me>('GET', 'api/review/me', undefined, token);
    this.busy = '';
    if (!me.ok) {
      this.problem =
        me.status === 401 ? inLanguage(this, () => msg('Mã người duyệt không đúng hoặc đã bị thu hồi.')) : me.message;
      this.forget();
      this.focusOn('.problem');
      return;
    }
    this.token = token;
    this.typedToken = '';
    this.me = me.json;
    try {
      sessionStorage.setItem(this.storageKey, token);
    } catch {
      // a browser that keeps nothing: the person signs in again after a reload
    }
    this.show(await this.list());
    this.focusOn('h2');
  }

  private list() {
    return this.call<{ pledges: Registration[] }>('GET', 'api/review/pledges');
  }

  private show(list: Awaited<ReturnType<LamtheoPledgeReview['list']>>) {
    if (list.ok) this.registrations = list.json.pledges;
    else this.fail(list.message, list.status);
  }

  private fail(message: string, status: number) {
    if (status === 401) {
      this.signOut();
      this.problem = inLanguage(this, () => msg('Mã người duyệt không đúng hoặc đã bị thu hồi.'));
    } else this.problem = message;
    this.focusOn('.problem');
  }

  private forget() {
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // nothing kept
    }
  }

  private signOut() {
    this.forget();
    this.token = '';
    this.me = undefined;
    this.registrations = [];
    this.said = '';
    this.focusOn('#token');
  }

  /** Runs one change on a registration and puts the receiver's answer in the list. */
  private async act(receipt: string, method: string, path: string, body: unknown, done: () => string) {
    this.busy = receipt;
    this.problem = '';
    this.said = '';
    const answer = await this.call<Registration>(method, path, body);
    this.busy = '';
    if (!answer.ok) return this.fail(answer.message, answer.status);
    this.registrations = this.registrations.map((r) => (r.receipt === receipt ? answer.json : r));
    this.said = inLanguage(this, done);
    return true;
  }

  private async confirm(r: Registration) {
    if (
      await this.act(r.receipt, 'POST', `api/review/pledges/${r.receipt}`, { action: 'confirm' }, () =>
        msg(str`Đã xác nhận bản đăng ký ${r.receipt}.`),
      )
    )
      this.focusOn(`#r-${r.receipt} h3`);
  }

  private async sendBack(r: Registration) {
    const comment = (this.comments[r.receipt] ?? '').trim();
    if (!comment) {
      this.problem = inLanguage(this, () => msg('Ghi nhận xét để người đăng ký biết cần bổ sung gì.'));
      this.focusOn(`#comment-${r.receipt}`);
      return;
    }
    const ok = await this.act(r.receipt, 'POST', `api/review/pledges/${r.receipt}`, { action: 'return', comment }, () =>
      msg(str`Đã trả lại bản đăng ký ${r.receipt} kèm nhận xét.`),
    );
    if (!ok) return;
    const { [r.receipt]: _sent, ...rest } = this.comments;
    void _sent;
    this.comments = rest;
    this.returning = new Set([...this.returning].filter((x) => x !== r.receipt));
    this.focusOn(`#r-${r.receipt} h3`);
  }

  private publish(r: Registration, value: boolean) {
    return this.act(r.receipt, 'PUT', `api/review/pledges/${r.receipt}/public`, { public: value }, () =>
      value ? msg(str`Đã công khai bản đăng ký ${r.receipt}.`) : msg(str`Đã thôi công khai bản đăng ký ${r.receipt}.`),
    );
  }

  private rate(r: Registration) {
    const level = this.ratings[r.receipt] ?? r.rating?.level;
    if (!level) {
      this.problem = inLanguage(this, () => msg('Chọn một mức xếp loại.'));
      return;
    }
    return this.act(r.receipt, 'PUT', `api/review/pledges/${r.receipt}/rating`, { level }, () =>
      msg(str`Đã xếp loại ${level} cho bản đăng ký ${r.receipt}.`),
    );
  }

  private async download(kind: 'csv' | 'xlsx') {
    this.problem = '';
    const send = this.fetcher ?? globalThis.fetch.bind(globalThis);
    let response: Response | undefined;
    try {
      response = await send(receiverUrl(this.endpoint, `api/review/export.${kind}`), {
        headers: { Authorization: `Bearer ${this.token}`, 'Accept-Language': this.language },
        credentials: 'omit',
      });
    } catch {
      response = undefined;
    }
    if (!response?.ok) {
      this.problem = inLanguage(this, () => msg('Không tải được tệp. Kiểm tra mạng rồi thử lại.'));
      this.focusOn('.problem');
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `dang-ky.${kind}`;
    const url = URL.createObjectURL(await response.blob());
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.said = inLanguage(this, () => msg(str`Đã tải ${name}.`));
  }

  private focusOn(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  protected override renderData(data: LoadedDataset) {
    return html`${this.me ? this.renderDesk(this.me, data) : this.renderSignIn()}
      <p class="said" role="status">${this.said}</p>`;
  }

  private renderProblem() {
    return this.problem
      ? html`<p class="problem error-message" role="alert" tabindex="-1">${this.problem}</p>`
      : nothing;
  }

  private renderSignIn() {
    return html`<form
      class="panel"
      part="panel"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.signIn(this.typedToken);
      }}
    >
      <h2>${msg('Chi ủy duyệt bản đăng ký')}</h2>
      <div class="field">
        <label for="token">${msg('Mã người duyệt')}</label>
        <span class="hint" id="token-hint"
          >${msg('Mã do người quản trị máy nhận cấp cho chi ủy (bắt đầu bằng lt_).')}</span
        >
        <input
          id="token"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="token-hint"
          .value=${this.typedToken}
          @input=${(e: Event) => (this.typedToken = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderProblem()}
      <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Đăng nhập')}</button>
    </form>`;
  }

  private renderDesk(me: Me, data: LoadedDataset) {
    const states = stateWords();
    const count = (s: ChainState) => this.registrations.filter((r) => r.status === s).length;
    const shown = this.registrations.filter((r) => this.filter === 'all' || r.status === this.filter);
    return html`<section class="panel" part="panel" aria-labelledby="desk-title">
      <h2 id="desk-title" tabindex="-1">${msg(str`Bản đăng ký của ${me.unit.name}`)}</h2>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.download('csv')}>${msg('Tải CSV')}</button>
        <button type="button" class="secondary" @click=${() => this.download('xlsx')}>${msg('Tải Excel')}</button>
        <button type="button" class="secondary" @click=${this.signOut}>${msg('Đăng xuất')}</button>
      </div>
      <div class="filters" role="group" aria-label=${msg('Lọc theo trạng thái')}>
        <button
          type="button"
          class="secondary"
          aria-pressed=${this.filter === 'all' ? 'true' : 'false'}
          @click=${() => (this.filter = 'all')}
        >
          ${msg(str`Tất cả (${this.registrations.length})`)}
        </button>
        ${(Object.keys(states) as ChainState[]).map(
          (s) =>
            html`<button
              type="button"
              class="secondary"
              aria-pressed=${this.filter === s ? 'true' : 'false'}
              @click=${() => (this.filter = s)}
            >
              ${states[s]} (${count(s)})
            </button>`,
        )}
      </div>
      ${this.renderProblem()}
      ${
        shown.length
          ? html`<ul class="registrations">
              ${repeat(
                shown,
                (r) => r.receipt,
                (r) => html`<li>${this.renderRegistration(r, data)}</li>`,
              )}
            </ul>`
          : html`<p>${msg('Không có bản đăng ký nào ở trạng thái này.')}</p>`
      }
    </section>`;
  }

  private renderRegistration(r: Registration, data: LoadedDataset) {
    const states = stateWords();
    const results = resultWords();
    const levels = levelWords();
    const p = r.pledge;
    const where = [p.unitId, p.cellId].filter(Boolean).map((id) => data.unitsById.get(id!)?.name ?? id);
    const busy = this.busy === r.receipt ? 'true' : 'false';
    const confirmed = r.status === 'confirmed' || r.status === 'assessed' || r.status === 'rated';
    const publishBlock = !r.consent
      ? msg('Người đăng ký không đồng ý công khai.')
      : !confirmed
        ? msg('Công khai được sau khi xác nhận.')
        : '';
    return html`<article id="r-${r.receipt}" class="registration" part="registration" data-state=${r.status}>
      <h3 tabindex="-1">${[p.person.fullName, p.person.position].filter(Boolean).join(' — ')}</h3>
      <p class="context">
        ${r.receipt} · ${where.join(' · ')} ·
        <span class="chain-state" data-state=${r.status}>${states[r.status]}</span>
      </p>
      <dl class="commitments">
        ${p.commitments.map((c) => {
          const item = r.assessment?.items.find((i) => i.headingId === c.headingId);
          return html`<dt>${headingTitle(data.templatesById, p, c.headingId)}</dt>
            <dd>
              ${c.commitment}${c.measures ? html`<br /><span class="context">${msg('Biện pháp:')} ${c.measures}</span>` : nothing}
              ${
                item
                  ? html`<br /><strong class="self">${msg('Tự đánh giá:')} ${results[item.result]}</strong>${
                        item.note ? html` — ${item.note}` : nothing
                      }`
                  : nothing
              }
            </dd>`;
        })}
      </dl>
      ${
        r.review?.action === 'return' && r.review.comment
          ? html`<p class="comment"><strong>${msg('Nhận xét đã gửi:')}</strong> ${r.review.comment}</p>`
          : nothing
      }
      ${
        r.status === 'submitted' || r.status === 'returned'
          ? html`<div class="actions">
              <button type="button" aria-disabled=${busy} @click=${() => this.busy || this.confirm(r)}>
                ${msg('Xác nhận')}
              </button>
              ${
                r.status === 'submitted'
                  ? html`<button
                      type="button"
                      class="secondary"
                      aria-expanded=${this.returning.has(r.receipt) ? 'true' : 'false'}
                      @click=${() => {
                        this.returning = new Set([...this.returning, r.receipt]);
                        this.focusOn(`#comment-${r.receipt}`);
                      }}
                    >
                      ${msg('Trả lại')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        this.returning.has(r.receipt) && r.status === 'submitted'
          ? html`<div class="field">
              <label for="comment-${r.receipt}">${msg('Nhận xét cho người đăng ký')}</label>
              <textarea
                id="comment-${r.receipt}"
                rows="3"
                .value=${this.comments[r.receipt] ?? ''}
                @input=${(e: Event) =>
                  (this.comments = { ...this.comments, [r.receipt]: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
              <button type="button" aria-disabled=${busy} @click=${() => this.busy || this.sendBack(r)}>
                ${msg('Gửi trả lại')}
              </button>
            </div>`
          : nothing
      }
      <div class="consent">
        <input
          id="public-${r.receipt}"
          type="checkbox"
          .checked=${r.published}
          ?disabled=${!!publishBlock && !r.published}
          aria-describedby=${publishBlock ? `why-${r.receipt}` : nothing}
          @change=${(e: Event) => {
            const box = e.target as HTMLInputElement;
            void this.publish(r, box.checked).then((ok) => ok || (box.checked = r.published));
          }}
        />
        <label for="public-${r.receipt}">${msg('Công khai cho nhân dân giám sát')}</label>
      </div>
      ${publishBlock ? html`<p class="hint" id="why-${r.receipt}">${publishBlock}</p>` : nothing}
      ${
        r.status === 'assessed' || r.status === 'rated'
          ? html`<fieldset class="levels">
              <legend>${msg('Xếp loại cuối năm')}</legend>
              ${(Object.keys(levels) as SelfAssessment[]).map(
                (level) =>
                  html`<label class="choice">
                    <input
                      type="radio"
                      name="level-${r.receipt}"
                      .checked=${(this.ratings[r.receipt] ?? r.rating?.level) === level}
                      @change=${() => (this.ratings = { ...this.ratings, [r.receipt]: level })}
                    />
                    <strong>${level}</strong> — ${levels[level]}
                  </label>`,
              )}
              <button type="button" aria-disabled=${busy} @click=${() => this.busy || this.rate(r)}>
                ${msg('Lưu xếp loại')}
              </button>
            </fieldset>`
          : nothing
      }
    </article>`;
  }
}
