/**
 * The markup of the pledge form, as small functions of plain values: the header from
 * the template, a text field, the person's and the commitment's fields, a heading's
 * fieldset, the consent, the GOV.UK error summary and the status panels. The element (pledge-form.ts) holds the state and the behaviour.
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg, str } from '@lit/localize';
import type { PledgeHeading, PledgeTemplate } from '../../schema/index.js';
import {
  commitmentField,
  fieldLabel,
  type CommitmentPart,
  type FieldError,
  type PledgeFormValues,
} from './form-model.js';
import { showDateText, storedDate } from './date-text.js';

export function templateHeader(template: PledgeTemplate) {
  return html`<header class="intro" part="header">
    <h2 class="title">${template.title ?? msg(str`Bản đăng ký học tập và làm theo năm ${template.year}`)}</h2>
    ${template.theme ? html`<p class="theme">${msg(str`Chuyên đề năm ${template.year}:`)} <strong>${template.theme}</strong></p>` : nothing}
    ${template.basis ? html`<p class="basis">${msg(str`Theo ${template.basis}`)}</p>` : nothing}
    ${template.guidance ? html`<p class="guidance">${template.guidance}</p>` : nothing}
    <p class="required-note">${msg('Các mục có ghi “(không bắt buộc)” có thể để trống.')}</p>
  </header>`;
}

/** Day, month and year, as `date-text.ts` reads them (valid in the `v` flag browsers use for `pattern`). */
const DATE_PATTERN = '[0-9]{1,2}[\\/.\\-][0-9]{1,2}[\\/.\\-][0-9]{4}';

export interface FieldConfig {
  id: string;
  label: string;
  value: string;
  required: boolean;
  error?: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'date';
  autocomplete?: string;
  placeholder?: string;
  onInput: (value: string) => void;
}

export function errorMessage(id: string, error: string | undefined) {
  return error
    ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${msg('Lỗi:')}</span> ${error}</p>`
    : nothing;
}

export function textField(f: FieldConfig) {
  const describedBy =
    [f.error ? `${f.id}-error` : '', f.hint ? `${f.id}-hint` : ''].filter(Boolean).join(' ') || nothing;
  const onInput = (e: Event) => f.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const common = { invalid: f.error ? 'true' : 'false' };
  return html`<div class=${classMap({ field: true, 'field--error': !!f.error })}>
    <label for=${f.id}
      >${f.label}${f.required ? nothing : html` <span class="optional">${msg('(không bắt buộc)')}</span>`}</label
    >
    ${f.hint ? html`<p class="hint" id="${f.id}-hint">${f.hint}</p>` : nothing} ${errorMessage(f.id, f.error)}
    ${
      f.kind === 'textarea'
        ? html`<textarea
            id=${f.id}
            name=${f.id}
            rows="3"
            placeholder=${f.placeholder ?? nothing}
            aria-invalid=${common.invalid}
            aria-describedby=${describedBy}
            .value=${f.value}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${f.id}
            name=${f.id}
            type="text"
            inputmode=${f.kind === 'date' ? 'numeric' : nothing}
            pattern=${f.kind === 'date' ? DATE_PATTERN : nothing}
            autocomplete=${f.autocomplete ?? 'off'}
            aria-invalid=${common.invalid}
            aria-describedby=${describedBy}
            .value=${f.value}
            @input=${onInput}
          />`
    }
  </div>`;
}

/** What the field functions need from the form: its template, values and errors, and a way to edit the values. */
export interface FormContext {
  template: PledgeTemplate;
  values: PledgeFormValues;
  errors: readonly FieldError[];
  edit: (mutate: (values: PledgeFormValues) => void) => void;
  /** What was typed in each date field this visit (the values keep it as ISO once it is a date). */
  typed: Record<string, string>;
}

export const errorOf = (errors: readonly FieldError[], field: string) => errors.find((e) => e.field === field)?.message;

/** The person's name or position. */
export function personField(c: FormContext, id: 'fullName' | 'position', autocomplete: string) {
  return textField({
    id,
    label: fieldLabel(id),
    value: c.values[id],
    required: id === 'fullName' || (c.template.requiredFields ?? []).includes(id as never),
    error: errorOf(c.errors, id),
    autocomplete,
    onInput: (s) => c.edit((x) => (x[id] = s)),
  });
}

/** One part of the commitment under a heading: what, how, and by when. */
export function commitmentPart(c: FormContext, part: CommitmentPart, h: PledgeHeading) {
  const id = commitmentField(part, h.id);
  const required = part === 'commitment' || (c.template.requiredFields ?? []).includes(part);
  const value = c.values.commitments[h.id][part];
  if (part === 'deadline')
    return textField({
      id,
      label: fieldLabel(id),
      kind: 'date',
      hint: msg('Ngày/tháng/năm (dd/mm/yyyy), ví dụ 30/06/2025'),
      value: c.typed[id] ?? showDateText(value),
      required,
      error: errorOf(c.errors, id),
      onInput: (s) => {
        c.typed[id] = s;
        c.edit((v) => (v.commitments[h.id].deadline = storedDate(s)));
      },
    });
  return textField({
    id,
    label: fieldLabel(id),
    kind: 'textarea',
    placeholder: part === 'commitment' ? h.placeholder : undefined,
    value,
    required,
    error: errorOf(c.errors, id),
    onInput: (s) => c.edit((v) => (v.commitments[h.id][part] = s)),
  });
}

export function headingFieldset(
  heading: PledgeHeading,
  index: number,
  field: (part: CommitmentPart, heading: PledgeHeading) => unknown,
) {
  const descriptionId = `${commitmentField('commitment', heading.id)}-about`;
  return html`<fieldset class="heading" aria-describedby=${heading.description ? descriptionId : nothing}>
    <legend>${index + 1}. ${heading.title}</legend>
    ${heading.description ? html`<p class="hint" id=${descriptionId}>${heading.description}</p>` : nothing}
    ${field('commitment', heading)} ${field('measures', heading)} ${field('deadline', heading)}
  </fieldset>`;
}

/** The consent to show the pledge in the public list. */
export function consentField(c: FormContext) {
  return html`<div class="consent">
    <input
      id="public"
      type="checkbox"
      .checked=${c.values.public}
      aria-describedby="public-hint"
      @change=${(e: Event) => c.edit((x) => (x.public = (e.target as HTMLInputElement).checked))}
    />
    <div>
      <label for="public">${msg('Tôi đồng ý công khai bản đăng ký này')}</label>
      <p class="hint" id="public-hint">
        ${msg('Bản đăng ký công khai được hiện trong danh sách trên cổng thông tin để nhân dân theo dõi, giám sát.')}
      </p>
    </div>
  </div>`;
}

export function errorSummary(errors: readonly FieldError[], onFollow: (field: string, e: Event) => void) {
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="alert"
    aria-labelledby="error-summary-title"
  >
    <h2 id="error-summary-title">${msg('Có lỗi cần sửa')}</h2>
    <ul>
      ${errors.map(
        (e) => html`<li><a href="#${e.field}" @click=${(ev: Event) => onFollow(e.field, ev)}>${e.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

export interface SentView {
  receipt: string;
  /** The private code, when the receiver gave one (lamtheo's receiver does). */
  code: string;
  earlier: boolean;
  /** The page that reopens a registration (`assessment-href`). */
  reopen?: string;
}

export function sentPanel({ receipt, code, earlier, reopen }: SentView, onAnother: () => void) {
  const link = reopen && receipt ? withReceipt(reopen, receipt) : undefined;
  return html`<div class="panel panel--sent" part="status-panel status sent" tabindex="-1" role="status">
    <h2>${earlier ? msg('Bản đăng ký gửi trước đây đã được nhận') : msg('Đã gửi bản đăng ký')}</h2>
    ${
      receipt
        ? html`<p>${msg('Số biên nhận:')} <strong class="receipt">${receipt}</strong></p>
            ${
              code
                ? html`<p>
                      ${msg('Mã riêng:')} <strong class="receipt code" translate="no">${code}</strong>
                      <button
                        type="button"
                        class="secondary copy"
                        @click=${copyCode(code, msg('Đã chép'), msg('Không chép được — hãy ghi tay'))}
                      >
                        ${msg('Chép mã')}
                      </button>
                    </p>
                    <p class="keep">
                      ${msg(
                        'Mã riêng chỉ hiện một lần. Hãy ghi lại cả số biên nhận và mã riêng: cần chúng để xem nhận xét của chi ủy, sửa bản đăng ký trước khi được xác nhận và tự đánh giá cuối năm.',
                      )}
                    </p>`
                : html`<p>${msg('Hãy ghi lại số này để tra cứu khi cần.')}</p>`
            }
            ${link ? html`<p><a href=${link}>${msg('Mở lại bản đăng ký')}</a></p>` : nothing}`
        : nothing
    }
    <button type="button" class="secondary" @click=${onAnother}>${msg('Đăng ký bản khác')}</button>
  </div>`;
}

/** `href` with `?bien-nhan=` set to the receipt; an address that cannot be read is left as is. */
function withReceipt(href: string, receipt: string): string | undefined {
  try {
    const url = new URL(href, document.baseURI);
    if (!/^https?:$/.test(url.protocol)) return undefined;
    url.searchParams.set('bien-nhan', receipt);
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Copies the code; the button says whether that worked (a page without clipboard access cannot).
 * The words are given at render time, in the element's language.
 */
function copyCode(code: string, copied: string, failedWords: string) {
  return (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    const say = (text: string) => () => void (button.textContent = text);
    if (!navigator.clipboard) return say(failedWords)();
    navigator.clipboard.writeText(code).then(say(copied), say(failedWords));
  };
}

export function queuedPanel(onRetry: () => void) {
  return html`<div class="panel panel--queued" part="status-panel status queued" tabindex="-1" role="status">
    <h2>${msg('Đã lưu, đang chờ mạng')}</h2>
    <p>
      ${msg(
        'Chưa gửi được vì mất mạng hoặc máy chủ đang bận. Bản đăng ký đã được lưu trên máy này và sẽ tự gửi khi có mạng, kể cả khi bạn mở lại trang sau.',
      )}
    </p>
    <button type="button" class="secondary" @click=${onRetry}>${msg('Thử gửi lại ngay')}</button>
  </div>`;
}

export function draftOffer(savedAt: string, onAnswer: (keep: boolean) => void) {
  return html`<div class="panel panel--draft" part="draft" role="region" aria-labelledby="draft-title">
    <h2 id="draft-title">${msg('Bạn có một bản nháp chưa gửi')}</h2>
    <p>${msg(str`Lưu lúc ${savedAt} trên máy này.`)}</p>
    <div class="actions">
      <button type="button" @click=${() => onAnswer(true)}>${msg('Tiếp tục bản nháp')}</button>
      <button type="button" class="secondary" @click=${() => onAnswer(false)}>${msg('Bỏ bản nháp')}</button>
    </div>
  </div>`;
}

/** A field no person sees or reaches; bots that fill every input fill it too. */
export function honeypot(onInput: (value: string) => void) {
  return html`<div class="hp" aria-hidden="true">
    <label for="hp-website">Website</label>
    <input
      id="hp-website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}
