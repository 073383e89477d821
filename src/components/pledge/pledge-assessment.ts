import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import type { LoadedDataset } from '../../data/read.js';
import { inLanguage } from '../../i18n/locale.js';
import { controlStyles } from '../../styles/controls.js';
import {
  callReceiver,
  datasetPath,
  headingTitle,
  receiverUrl,
  levelWords,
  resultWords,
  stateWords,
  type AssessmentResult,
  type Registration,
} from './chain-api.js';
import { pledgeChainStyles, pledgeFormStyles } from './pledge-styles.js';
import { showDateText, storedDate } from './date-text.js';
import { deadlineMessage } from './form-model.js';

type Draft = Record<string, { result?: AssessmentResult; note: string }>;

/**
 * The registrant's own page, with no account: the receipt number and the private code from the
 * receipt open the registration on a lamtheo receiver. Before confirmation the person can amend
 * the commitments and read the cell committee's comment; once confirmed, at year end, they assess
 * each heading (done, partly, not done, with a note); once rated, they see the committee's rating
 * (HTXSNV, HTTNV, HTNV, KHTNV). The code stays in memory only.
 *
 * @summary A registrant reopens their pledge with its receipt and code, amends it, and assesses it at year end.
 * @csspart panel - Each panel (the sign-in, the registration, a message).
 * @cssprop --lamtheo-color-accent - Buttons and the panel's edge.
 * @fires lamtheo-state - When the state of the receiver's public dataset (headings, units) changes.
 * @fires lamtheo-error - When that dataset cannot be read (the receiver is down or the address is wrong).
 */
export class LamtheoPledgeAssessment extends LamtheoDataElement {
  static override styles = [LamtheoDataElement.styles, controlStyles, pledgeFormStyles, pledgeChainStyles];

  /** The receiver's base address (the folder that holds `api/`): `https://dang-ky.phuong5.gov.vn/` or `/`. */
  @property() endpoint = '/';
  /** The fetch to call the receiver with (a test's or a story's stand-in); the browser's by default. */
  @property({ attribute: false }) fetcher?: typeof fetch;
  /** The receipt number to start with; `?bien-nhan=` in the page's address does the same. */
  @property() receipt?: string;

  @state() private typedReceipt = '';
  @state() private typedCode = '';
  @state() private registration?: Registration;
  @state() private busy = false;
  @state() private problem = '';
  @state() private said = '';
  @state() private commitments: Record<string, string> = {};
  @state() private measures: Record<string, string> = {};
  /** Deadlines as typed (dd/mm/yyyy), by heading. */
  @state() private deadlines: Record<string, string> = {};
  @state() private draft: Draft = {};
  private code = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.typedReceipt ||= this.receipt ?? new URLSearchParams(location.search).get('bien-nhan') ?? '';
  }

  /**
   * The receiver's public dataset (`api/pledges/dataset.json`) gives the headings' titles, read
   * like every widget's data; `src` or `data` on the element take its place.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') && this.data === undefined && !this.hasAttribute('src'))
      this.src = receiverUrl(this.endpoint, datasetPath);
    if (changed.has('receipt') && this.receipt && !this.registration) this.typedReceipt = this.receipt;
    super.willUpdate(changed);
  }

  private async open(event: Event) {
    event.preventDefault();
    const receipt = this.typedReceipt.trim().toUpperCase();
    const code = this.typedCode.trim();
    if (!receipt || !code) {
      this.problem = inLanguage(this, () => msg('Nhập số biên nhận và mã riêng ghi trên biên nhận.'));
      return;
    }
    this.code = code;
    this.typedReceipt = receipt;
    const answer = await this.call<Registration>('GET', 'api/pledges/self');
    if (!answer) return;
    this.show(answer);
    this.focusOn('h2');
  }

  /** One call to the receiver as this registrant; undefined (with the problem shown) when it failed. */
  private async call<T>(method: string, path: string, body?: unknown): Promise<T | undefined> {
    this.busy = true;
    this.problem = '';
    this.said = '';
    const answer = await inLanguage(this, () =>
      callReceiver<T>(this.endpoint, path, {
        method,
        body,
        lang: this.language,
        authorization: `Receipt ${this.typedReceipt}:${this.code}`,
        fetch: this.fetcher,
      }),
    );
    this.busy = false;
    if (answer.ok) return answer.json;
    this.problem =
      answer.status === 401
        ? inLanguage(this, () =>
            msg(
              'Số biên nhận hoặc mã riêng không đúng. Kiểm tra lại trên biên nhận (không phân biệt chữ hoa, chữ thường).',
            ),
          )
        : answer.message;
    this.focusOn('.problem');
    return undefined;
  }

  private show(registration: Registration) {
    this.registration = registration;
    this.commitments = Object.fromEntries(registration.pledge.commitments.map((c) => [c.headingId, c.commitment]));
    this.measures = Object.fromEntries(registration.pledge.commitments.map((c) => [c.headingId, c.measures ?? '']));
    this.deadlines = Object.fromEntries(
      registration.pledge.commitments.map((c) => [c.headingId, showDateText(c.deadline ?? '')]),
    );
    const items = registration.assessment?.items ?? [];
    this.draft = Object.fromEntries(
      registration.pledge.commitments.map((c) => {
        const item = items.find((i) => i.headingId === c.headingId);
        return [c.headingId, { result: item?.result, note: item?.note ?? '' }];
      }),
    );
  }

  private async amend(event: Event) {
    event.preventDefault();
    const r = this.registration!;
    // A deadline that is not a real day is said at once, on its field, before anything is sent.
    for (const c of r.pledge.commitments) {
      const title = headingTitle(this.loaded?.templatesById ?? new Map(), r.pledge, c.headingId);
      const wrong = inLanguage(this, () => deadlineMessage(this.deadlines[c.headingId] ?? '', title, this.language));
      if (wrong) {
        this.problem = wrong;
        this.focusOn(`#d-${CSS.escape(c.headingId)}`);
        return;
      }
    }
    const pledge = {
      ...r.pledge,
      commitments: r.pledge.commitments.map((c) => {
        const { measures: _measures, deadline: _deadline, ...rest } = c;
        void _measures;
        void _deadline;
        const measures = (this.measures[c.headingId] ?? '').trim();
        const deadline = storedDate(this.deadlines[c.headingId] ?? '');
        return {
          ...rest,
          commitment: this.commitments[c.headingId] ?? c.commitment,
          ...(measures ? { measures } : {}),
          ...(deadline ? { deadline } : {}),
        };
      }),
    };
    const answer = await this.call<Registration>('PUT', 'api/pledges/self', pledge);
    if (!answer) return;
    this.show(answer);
    this.said = inLanguage(this, () => msg('Đã gửi lại bản đăng ký. Chi ủy sẽ xem và xác nhận.'));
    this.focusOn('.said');
  }

  private async assess(event: Event) {
    event.preventDefault();
    const r = this.registration!;
    const missing = r.pledge.commitments.find((c) => !this.draft[c.headingId]?.result);
    if (missing) {
      const title = headingTitle(this.loaded?.templatesById ?? new Map(), r.pledge, missing.headingId);
      this.problem = inLanguage(this, () => msg(str`Chọn kết quả cho nội dung "${title}".`));
      this.focusOn(`input[name="result-${CSS.escape(missing.headingId)}"]`);
      return;
    }
    const items = r.pledge.commitments.map((c) => ({
      headingId: c.headingId,
      result: this.draft[c.headingId].result,
      ...(this.draft[c.headingId].note.trim() ? { note: this.draft[c.headingId].note.trim() } : {}),
    }));
    const answer = await this.call<Registration>('PUT', 'api/pledges/self/assessment', { items });
    if (!answer) return;
    this.show(answer);
    this.said = inLanguage(this, () => msg('Đã lưu bản tự đánh giá. Chi ủy sẽ xếp loại.'));
    this.focusOn('.said');
  }

  private close() {
    this.registration = undefined;
    this.code = '';
    this.typedCode = '';
    this.problem = '';
    this.said = '';
    this.focusOn('#code');
  }

  private focusOn(selector: string) {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  protected override renderData(data: LoadedDataset) {
    return html`${this.registration ? this.renderRegistration(this.registration, data) : this.renderSignIn()}
      <p class="said" role="status" tabindex="-1">${this.said}</p>`;
  }

  private renderProblem() {
    return this.problem
      ? html`<p class="problem error-message" role="alert" tabindex="-1">${this.problem}</p>`
      : nothing;
  }

  private renderSignIn() {
    return html`<form class="panel" part="panel" @submit=${this.open} novalidate>
      <h2>${msg('Mở lại bản đăng ký')}</h2>
      <p class="hint">${msg('Dùng số biên nhận và mã riêng nhận được khi gửi bản đăng ký.')}</p>
      <div class="field">
        <label for="receipt">${msg('Số biên nhận')}</label>
        <input
          id="receipt"
          type="text"
          autocomplete="off"
          spellcheck="false"
          .value=${this.typedReceipt}
          @input=${(e: Event) => (this.typedReceipt = (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="code">${msg('Mã riêng')}</label>
        <span class="hint" id="code-hint">${msg('12 ký tự, ví dụ K7QM-2XPD-9RTA')}</span>
        <input
          id="code"
          class="code"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="code-hint"
          .value=${this.typedCode}
          @input=${(e: Event) => (this.typedCode = (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderProblem()}
      <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Mở bản đăng ký')}</button>
    </form>`;
  }

  private renderRegistration(r: Registration, data: LoadedDataset) {
    const states = stateWords();
    const title = (id: string) => headingTitle(data.templatesById, r.pledge, id);
    return html`<section class="panel" part="panel" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${msg(str`Bản đăng ký số ${r.receipt}`)}</h2>
      <p>${[r.pledge.person.fullName, r.pledge.person.position].filter(Boolean).join(' — ')}</p>
      <p class="chain-state" data-state=${r.status}><strong>${msg('Trạng thái:')}</strong> ${states[r.status]}</p>
      ${
        r.review?.action === 'return' && r.review.comment
          ? html`<div class="comment" role="note">
              <strong>${msg('Nhận xét của chi ủy:')}</strong>
              <p>${r.review.comment}</p>
            </div>`
          : nothing
      }
      ${
        r.rating
          ? html`<p class="rating">
              <strong>${msg('Chi ủy xếp loại:')}</strong> ${r.rating.level} — ${levelWords()[r.rating.level]}
            </p>`
          : nothing
      }
      ${r.can.amend ? this.renderAmend(r, title) : r.can.assess ? this.renderAssess(r, title) : this.renderReadOnly(r, title)}
      ${this.renderProblem()}
      <button type="button" class="secondary" @click=${this.close}>${msg('Đóng')}</button>
    </section>`;
  }

  private renderAmend(r: Registration, title: (id: string) => string) {
    return html`<form class="chain-form" @submit=${this.amend} novalidate>
      <p class="hint">${msg('Bản đăng ký chưa được xác nhận: bạn còn sửa được nội dung.')}</p>
      ${r.pledge.commitments.map(
        (c) =>
          html`<fieldset>
            <legend>${title(c.headingId)}</legend>
            <div class="field">
              <label for="c-${c.headingId}">${msg('Nội dung đăng ký')}</label>
              <textarea
                id="c-${c.headingId}"
                rows="3"
                .value=${this.commitments[c.headingId] ?? ''}
                @input=${(e: Event) =>
                  (this.commitments = { ...this.commitments, [c.headingId]: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>
            <div class="field">
              <label for="m-${c.headingId}">${msg('Biện pháp')}</label>
              <textarea
                id="m-${c.headingId}"
                rows="2"
                .value=${this.measures[c.headingId] ?? ''}
                @input=${(e: Event) =>
                  (this.measures = { ...this.measures, [c.headingId]: (e.target as HTMLTextAreaElement).value })}
              ></textarea>
            </div>
            <div class="field">
              <label for="d-${c.headingId}">${msg('Thời hạn hoàn thành')}</label>
              <span class="hint" id="dh-${c.headingId}">${msg('Ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/06/2025')}</span>
              <input
                id="d-${c.headingId}"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                aria-describedby="dh-${c.headingId}"
                .value=${this.deadlines[c.headingId] ?? ''}
                @input=${(e: Event) =>
                  (this.deadlines = { ...this.deadlines, [c.headingId]: (e.target as HTMLInputElement).value })}
              />
            </div>
          </fieldset>`,
      )}
      <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Gửi lại bản đăng ký')}</button>
    </form>`;
  }

  private renderAssess(r: Registration, title: (id: string) => string) {
    const results = resultWords();
    return html`<form class="chain-form" @submit=${this.assess} novalidate>
      <p class="hint">${msg('Cuối năm: tự đánh giá việc thực hiện từng nội dung đã đăng ký.')}</p>
      ${r.pledge.commitments.map((c) => {
        const d = this.draft[c.headingId] ?? { note: '' };
        // From the draft as it is now, not as it was at this render: a click and a keystroke may
        // come before the next render.
        const set = (change: Partial<Draft[string]>) =>
          (this.draft = { ...this.draft, [c.headingId]: { ...(this.draft[c.headingId] ?? { note: '' }), ...change } });
        return html`<fieldset>
          <legend>${title(c.headingId)}</legend>
          <p class="commitment">${c.commitment}</p>
          <div class="choices">
            ${(Object.keys(results) as AssessmentResult[]).map(
              (result) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="result-${c.headingId}"
                    .checked=${d.result === result}
                    @change=${() => set({ result })}
                  />
                  ${results[result]}
                </label>`,
            )}
          </div>
          <label for="n-${c.headingId}">${msg('Ghi chú (không bắt buộc)')}</label>
          <textarea
            id="n-${c.headingId}"
            rows="2"
            .value=${d.note}
            @input=${(e: Event) => set({ note: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </fieldset>`;
      })}
      <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${r.assessment ? msg('Lưu lại bản tự đánh giá') : msg('Gửi bản tự đánh giá')}
      </button>
    </form>`;
  }

  private renderReadOnly(r: Registration, title: (id: string) => string) {
    const results = resultWords();
    return html`<dl class="commitments">
      ${r.pledge.commitments.map((c) => {
        const item = r.assessment?.items.find((i) => i.headingId === c.headingId);
        return html`<dt>${title(c.headingId)}</dt>
          <dd>
            ${c.commitment}
            ${
              item
                ? html`<br /><span class="self"
                      >${msg('Tự đánh giá:')}
                      ${results[item.result]}${item.note ? html` — ${item.note}` : nothing}</span
                    >`
                : nothing
            }
          </dd>`;
      })}
    </dl>`;
  }
}
