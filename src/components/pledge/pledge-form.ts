import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { controlStyles } from '../../styles/controls.js';
import { LamtheoDataElement } from '../../internal/data-element.js';
import { formSkeleton } from '../../internal/skeletons.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { closestKey } from '../../data/check/unknown-keys.js';
import { formatDateTime } from '../../data/words/format.js';
import { inLanguage } from '../../i18n/locale.js';
import { hasMessages } from '../../data/words/messages.js';
import { loadMessages } from '../../data/words/messages-load.js';
import type { PledgeTemplate } from '../../schema/index.js';
import { PledgeDelivery, type PledgeFormStatus as Status } from './delivery.js';
import { showDateText } from './date-text.js';
import { DraftKeeper, draftKey } from './draft.js';
import { FormAssociation } from './form-association.js';
import * as model from './form-model.js';
import type { Outbox } from './outbox.js';
import { UnitCombobox } from './unit-combobox.js';
import { unitChoices, type UnitOption } from './unit-options.js';
import * as view from './pledge-form-view.js';
import { pledgeFormStyles } from './pledge-styles.js';

export type PledgeFormStatus = Status;

/**
 * A personal pledge registration (bản đăng ký học tập và làm theo), built from a pledge
 * template in the data. Errors the GOV.UK way; the draft is kept in localStorage; a pledge
 * that cannot be sent waits in an IndexedDB outbox and is retried with the same
 * Idempotency-Key until the receiver confirms it. Also a form-associated element: inside a
 * portal's own `<form>` its value is the pledge as JSON. HTTP contract: docs/pledge-http-contract.md.
 *
 * @summary Pledge registration form that never loses a pledge.
 * @csspart header - The title, year, theme and guidance.
 * @csspart error-summary - The list of errors shown after a failed submit.
 * @csspart status-panel - The sent / queued panels (the older part name `status` still works; it clashed with the `status` attribute in API tables).
 * @csspart draft - The offer to continue a saved draft.
 * @fires {LamtheoPledgeSentEvent} lamtheo-pledge-sent - When the receiver confirmed a pledge; `detail` is `{ receipt, code, idempotencyKey }`.
 * @fires lamtheo-state - When the data state changes.
 * @fires lamtheo-error - When the data cannot be used (no pledge template).
 */
export class LamtheoPledgeForm extends LamtheoDataElement {
  static formAssociated = true;
  static override styles = [LamtheoDataElement.styles, controlStyles, pledgeFormStyles];

  /** Id of the pledge template to use; the first template when absent. */
  @property() template?: string;
  /** Where the pledge is posted as JSON; the template's `endpoint.action` when absent. */
  @property() action?: string;
  /** CSRF token sent to a same-origin `action`; else `<meta name="csrf-token">` is used. */
  @property({ attribute: 'csrf-token' }) csrfToken?: string;
  /** The request header that carries the CSRF token (default `X-CSRF-Token`). */
  @property({ attribute: 'csrf-header' }) csrfHeader = 'X-CSRF-Token';
  /** Extra request headers. */
  @property({ attribute: false }) headers: Record<string, string> = {};
  /** fetch's `credentials` for the post: `same-origin` (default), `include` or `omit`. */
  @property() credentials: RequestCredentials = 'same-origin';
  /** Names the draft (with the template year); the template id when absent. */
  @property({ attribute: 'draft-key' }) draftKey?: string;
  /**
   * Where the person reopens a registration with its receipt and private code (a page with
   * `<lamtheo-pledge-assessment>`): the sent panel links there, with the receipt (never the code)
   * in `?bien-nhan=`.
   */
  @property({ attribute: 'assessment-href' }) assessmentHref?: string;
  /** First retry delay in milliseconds; it doubles on each failure, up to 5 minutes. */
  @property({ type: Number, attribute: 'retry-delay' }) retryDelay = 2000;
  /** What the person sees: editing, sending, queued (saved, waiting for network) or sent. */
  @property({ reflect: true }) status: PledgeFormStatus = 'editing';
  /** Where unsent pledges wait (IndexedDB by default). */
  @property({ attribute: false }) outbox?: Outbox;
  /** The fetch used to send (a seam for tests and portals with their own client). */
  @property({ attribute: false }) fetcher?: typeof fetch;

  @state() private values?: model.PledgeFormValues;
  @state() private errors: model.FieldError[] = [];
  /** What was typed in the date fields this visit, so "5/6" stays "5/6" while it is typed. */
  private typed: Record<string, string> = {};
  private association = new FormAssociation(this, () => this.showErrors());
  private draft = new DraftKeeper(this, () => this.storageKey);
  private delivery = new PledgeDelivery(this, {
    formKey: () => this.storageKey,
    focus: (selector) => void this.focusSoon(selector),
    sent: () => {
      this.draft.clear();
      this.values = model.emptyValues(this.current!);
      this.typed = {};
      this.syncForm();
    },
    refused: (entry, result) => {
      const t = this.current!;
      if (entry.values) this.values = model.mergeValues(t, entry.values as model.PledgeFormValues);
      this.setErrors(inLanguage(this, () => model.refusalErrors(result, t, this.values!)));
    },
  });
  private setupFor = '';
  /** The template object the values were made for (a new one comes with each new dataset). */
  private setupTemplate?: PledgeTemplate;
  private trap = '';
  private unitPicker = new UnitCombobox(this);
  private cellPicker = new UnitCombobox(this);
  private choices: { units: UnitOption[]; cells: UnitOption[] } = { units: [], cells: [] };

  private findTemplate(data: LoadedDataset): PledgeTemplate | undefined {
    const list = data.dataset.pledgeTemplates ?? [];
    return this.template ? list.find((t) => t.id === this.template) : list[0];
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    if (this.findTemplate(data)) return [];
    if (!this.template) {
      const message = msg('Dữ liệu không có mẫu đăng ký nào (pledgeTemplates).');
      return [{ path: 'pledgeTemplates', message, code: 'unknown-template', severity: 'error' }];
    }
    const ids = (data.dataset.pledgeTemplates ?? []).map((t) => t.id);
    const near = closestKey(this.template, ids);
    const message =
      msg(str`Mã mẫu đăng ký "${this.template}" trong mã nhúng không có trong tệp dữ liệu`) +
      (near ? msg(str`; có phải "${near}"?`) : ids.length ? msg(str`; tệp có các mã: ${ids.join(', ')}.`) : '');
    const attribute = `template="${this.template}"`;
    return [{ path: 'pledgeTemplates', attribute, message, code: 'unknown-template', severity: 'error' }];
  }

  private get current(): PledgeTemplate | undefined {
    const data = this.loaded;
    return this.state === 'ready' || this.state === 'stale' ? data && this.findTemplate(data) : undefined;
  }

  private get endpoint(): string {
    const action = this.action ?? this.current?.endpoint?.action ?? '';
    return action ? new URL(action, document.baseURI).href : '';
  }

  private get storageKey() {
    const t = this.current!;
    return draftKey(this.draftKey || t.id, t.year);
  }

  /**
   * The form words the problems of what is typed synchronously, on every keystroke: the words of
   * the data layer's problems (src/data/words/problem-words.ts, and their English for an English
   * form) are downloaded while its data loads, and the form waits for them before it shows
   * (never its loading view: that keeps its place at once).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = hasMessages(this.language) || loadMessages(this.language).catch(() => {});
    // Offline, the form still shows; a problem is then told by its code.
    return words === true || !this.loaded ? super.scheduleUpdate() : words.then(() => super.scheduleUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setupFor = '';
    this.requestUpdate();
  }

  /** Sets the form up before it renders, whenever its template, endpoint or draft changes. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const t = this.current;
    const key = t ? `${t.id}|${t.year}|${this.endpoint}|${this.draftKey}` : '';
    if (t && key !== this.setupFor) {
      this.setupFor = key;
      this.setup(t);
    } else if (t && this.values && t !== this.setupTemplate) {
      // New data, same template (a refresh, a live update, a corrected file): what was typed
      // stays, fitted to the template's headings now (one added, one renamed); and the units.
      this.values = model.mergeValues(t, this.values);
      this.choices = unitChoices(this.loaded?.dataset.units ?? []);
    }
    this.setupTemplate = t ?? this.setupTemplate;
  }

  private setup(t: PledgeTemplate) {
    this.choices = unitChoices(this.loaded?.dataset.units ?? []);
    this.values = model.emptyValues(t);
    this.typed = {};
    this.draft.check(t);
    this.syncForm();
    void this.delivery.start(this.endpoint);
  }

  private edit(mutate: (v: model.PledgeFormValues) => void) {
    const values = structuredClone(this.values!);
    mutate(values);
    this.values = values;
    this.draft.save(values);
    this.syncForm();
    this.refreshErrors(false);
  }

  /**
   * Once errors are shown, each follows its field: it goes as soon as the field is right
   * (while typing) and its words follow the field's new value when the person leaves it
   * (`settled`). Errors are not added for fields nobody has been told about: that waits
   * for the next submit. The summary lists what the fields show.
   */
  private refreshErrors(settled: boolean) {
    if (!this.errors.length) return;
    const now = this.validate();
    const next = this.errors.flatMap((e) => {
      const still = now.find((n) => n.field === e.field);
      return still ? [settled ? still : e] : [];
    });
    if (next.length !== this.errors.length || next.some((e, i) => e.message !== this.errors[i].message))
      this.errors = next;
  }

  /** A field was left after a change: a date typed as "5/6/2024" is shown as "05/06/2024", and errors are reworded. */
  private onChange(e: Event) {
    const input = e.target as HTMLInputElement;
    const heading = input.id?.startsWith('deadline-') ? input.id.slice('deadline-'.length) : '';
    const stored = heading ? this.values?.commitments[heading]?.deadline : undefined;
    if (stored !== undefined && showDateText(stored) !== stored) {
      this.typed[input.id] = showDateText(stored);
      this.requestUpdate();
    }
    this.refreshErrors(true);
  }

  /** Also from event handlers and the portal's form: worded in this form's language. */
  private validate() {
    return inLanguage(this, () => model.validateForm(this.current!, this.values!, this.language));
  }

  /** Keeps the value and validity a portal's own <form> sees in step with the fields. */
  private syncForm() {
    if (!this.values || !this.current) return;
    this.association.sync(this.current, this.values, this.validate(), this.renderRoot);
  }

  private setErrors(errors: model.FieldError[]) {
    this.errors = errors;
    if (errors.length) void this.focusSoon('.error-summary');
  }

  private showErrors() {
    this.setErrors(this.validate());
  }

  private async focusSoon(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async onSubmit(e: Event) {
    e.preventDefault();
    if (this.status === 'sending' || !this.values) return;
    const errors = this.validate();
    this.setErrors(errors);
    if (errors.length) return;
    if (this.trap) return this.delivery.pretendSent();
    if (!this.delivery.active) {
      const form = this.association.form;
      if (form) form.requestSubmit();
      else console.warn('[lamtheo] <lamtheo-pledge-form> has no action to post to.');
      return;
    }
    const pledge = { template: this.current!, values: this.values, action: this.endpoint, formKey: this.storageKey };
    await this.delivery.submit(pledge);
  }

  private follow(field: string, e: Event) {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  }

  private picker(kind: 'unitId' | 'cellId') {
    const isUnit = kind === 'unitId';
    const v = this.values!;
    return (isUnit ? this.unitPicker : this.cellPicker).render({
      id: kind,
      label: isUnit ? msg('Đơn vị') : msg('Chi bộ'),
      required: (this.current!.requiredFields ?? []).includes(kind),
      options: isUnit ? this.choices.units : this.choices.cells,
      text: isUnit ? v.unitText : v.cellText,
      error: view.errorOf(this.errors, kind),
      onChange: (text, id) =>
        this.edit((x) => (isUnit ? ((x.unitText = text), (x.unitId = id)) : ((x.cellText = text), (x.cellId = id)))),
    });
  }

  protected override renderSkeleton() {
    return formSkeleton();
  }

  protected override renderData() {
    const t = this.current!;
    const v = this.values;
    if (!v) return nothing;
    const header = view.templateHeader(t);
    const { receipt, code, earlier } = this.delivery;
    if (this.status === 'sent')
      return html`${header}${view.sentPanel({ receipt, code, earlier, reopen: this.assessmentHref }, () =>
        this.startAnother(),
      )}`;
    if (this.status === 'queued') return html`${header}${view.queuedPanel(() => this.delivery.retryNow())}`;
    const offer = this.draft.offer;
    if (offer) {
      const when = formatDateTime(new Date(offer.savedAt), this.language);
      return html`${header}${view.draftOffer(when, (keep) => this.resume(keep))}`;
    }
    const sending = this.status === 'sending';
    const c: view.FormContext = {
      template: t,
      values: v,
      errors: this.errors,
      edit: (m) => this.edit(m),
      typed: this.typed,
    };
    return html`${header}
      <form novalidate @submit=${this.onSubmit} @change=${this.onChange} aria-busy=${sending ? 'true' : 'false'}>
        ${this.errors.length ? view.errorSummary(this.errors, (f, e) => this.follow(f, e)) : nothing}
        ${view.personField(c, 'fullName', 'name')} ${view.personField(c, 'position', 'organization-title')}
        ${this.picker('unitId')} ${this.choices.cells.length ? this.picker('cellId') : nothing}
        ${t.headings.map((h, i) => view.headingFieldset(h, i, (part, h) => view.commitmentPart(c, part, h)))}
        ${view.consentField(c)} ${view.honeypot((s) => (this.trap = s))}
        <button type="submit" aria-disabled=${sending ? 'true' : 'false'}>${msg('Gửi bản đăng ký')}</button>
        <p class="sending" role="status">${sending ? msg('Đang gửi…') : ''}</p>
      </form>`;
  }

  private resume(keep: boolean) {
    const kept = this.draft.resume(this.current!, keep);
    if (kept) this.values = kept;
    this.typed = {};
    this.syncForm();
    void this.focusSoon('#fullName');
  }

  private startAnother() {
    this.delivery.another();
    this.errors = [];
    void this.focusSoon('#fullName');
  }
}
