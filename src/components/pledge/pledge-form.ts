import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LamtheoDataElement } from '../../internal/data-element.js';
import type { Problem } from '../../internal/events.js';
import type { LoadedDataset } from '../../data/read.js';
import { formatDateTime } from '../../data/format.js';
import type { PledgeHeading, PledgeTemplate } from '../../schema/index.js';
import { PledgeCourier } from './courier.js';
import { clearDraft, draftKey, loadDraft, pageStorage, saveDraft, type Draft } from './draft.js';
import * as model from './form-model.js';
import { openOutbox, type Outbox, type OutboxEntry } from './outbox.js';
import { sendPledge, type SendResult } from './submit.js';
import { UnitCombobox } from './unit-combobox.js';
import { unitChoices, type UnitOption } from './unit-options.js';
import * as view from './pledge-form-view.js';
import { pledgeFormStyles } from './pledge-styles.js';

export type PledgeFormStatus = 'editing' | 'sending' | 'queued' | 'sent';

let sharedOutbox: Outbox | undefined;

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
 * @csspart status - The sent / queued panels.
 * @csspart draft - The offer to continue a saved draft.
 * @fires lamtheo-pledge-sent - When the receiver confirmed a pledge; `detail` is `{ receipt, idempotencyKey }`.
 * @fires lamtheo-state - When the data state changes.
 * @fires lamtheo-error - When the data cannot be used (no pledge template).
 */
export class LamtheoPledgeForm extends LamtheoDataElement {
  static formAssociated = true;
  static override styles = [LamtheoDataElement.styles, pledgeFormStyles];

  /** Id of the pledge template to use; the first template when absent. */
  @property() template?: string;
  /** Where the pledge is posted as JSON; the template's `endpoint.action` when absent. */
  @property() action?: string;
  /** CSRF token sent to a same-origin `action`; else `<meta name="csrf-token">` is used. */
  @property({ attribute: 'csrf-token' }) csrfToken?: string;
  @property({ attribute: 'csrf-header' }) csrfHeader = 'X-CSRF-Token';
  /** Extra request headers. */
  @property({ attribute: false }) headers: Record<string, string> = {};
  @property() credentials: RequestCredentials = 'same-origin';
  /** Names the draft (with the template year); the template id when absent. */
  @property({ attribute: 'draft-key' }) draftKey?: string;
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
  @state() private offer?: Draft;
  @state() private receipt = '';
  @state() private earlier = false;
  private internals = this.attachInternals();
  private courier?: PledgeCourier;
  private setupFor = '';
  private trap = '';
  private unitPicker = new UnitCombobox(this);
  private cellPicker = new UnitCombobox(this);
  private choices: { units: UnitOption[]; cells: UnitOption[] } = { units: [], cells: [] };

  constructor() {
    super();
    this.addEventListener('invalid', () => this.showErrors());
  }

  private findTemplate(data: LoadedDataset): PledgeTemplate | undefined {
    const list = data.dataset.pledgeTemplates ?? [];
    return this.template ? list.find((t) => t.id === this.template) : list[0];
  }

  protected override checkData(data: LoadedDataset): Problem[] {
    if (this.findTemplate(data)) return [];
    const message = this.template
      ? msg(str`Không có mẫu đăng ký "${this.template}".`)
      : msg('Dữ liệu không có mẫu đăng ký nào (pledgeTemplates).');
    return [{ path: 'pledgeTemplates', message, code: 'unknown-template', severity: 'error' }];
  }

  private get current(): PledgeTemplate | undefined {
    const data = this.dataController.snapshot.data;
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.setupFor = '';
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.courier?.stop();
    this.courier = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const t = this.current;
    const key = t ? `${t.id}|${t.year}|${this.endpoint}|${this.draftKey}` : '';
    if (t && key !== this.setupFor) {
      this.setupFor = key;
      void this.setup(t);
    }
  }

  private async setup(t: PledgeTemplate) {
    this.choices = unitChoices(this.dataController.snapshot.data?.dataset.units ?? []);
    const draft = loadDraft(pageStorage(), this.storageKey);
    this.values = model.emptyValues(t);
    this.offer = draft && !model.isBlank(model.mergeValues(t, draft.values)) ? draft : undefined;
    this.syncForm();
    this.courier?.stop();
    if (!this.endpoint) return;
    const courier = new PledgeCourier({
      outbox: (this.outbox ??= sharedOutbox ??= openOutbox()),
      action: this.endpoint,
      send: (entry) => this.send(entry),
      onResult: (entry, result) => this.onResult(entry, result),
      delay: (attempt) => Math.min(5 * 60_000, this.retryDelay * 2 ** attempt * (0.5 + Math.random() / 2)),
      target: window,
    });
    this.courier = courier;
    const mine = (await courier.pending()).filter((e) => e.formKey === this.storageKey);
    if (mine.length && this.courier === courier) this.status = 'queued';
    await courier.start();
  }

  private send(entry: OutboxEntry): Promise<SendResult> {
    const headers: Record<string, string> = { ...this.headers };
    const token = this.csrfToken ?? document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content;
    if (token && new URL(entry.action).origin === location.origin) headers[this.csrfHeader] = token;
    const lang = this.language;
    return sendPledge({
      action: entry.action,
      method: entry.method,
      body: entry.body,
      idempotencyKey: entry.key,
      headers: { 'Accept-Language': lang, ...headers },
      credentials: this.credentials,
      fetch: this.fetcher,
    });
  }

  private onResult(entry: OutboxEntry, result: SendResult) {
    if (entry.formKey !== this.storageKey) return;
    const t = this.current!;
    if (result.kind === 'sent') {
      this.earlier = this.status !== 'sending';
      this.receipt = result.receipt;
      this.status = 'sent';
      clearDraft(pageStorage(), this.storageKey);
      this.values = model.emptyValues(t);
      this.syncForm();
      this.dispatchEvent(
        new CustomEvent('lamtheo-pledge-sent', {
          bubbles: true,
          composed: true,
          detail: { receipt: result.receipt, idempotencyKey: entry.key },
        }),
      );
      void this.focusSoon('.panel--sent');
    } else if (result.kind === 'retry') {
      if (this.status === 'sending') void this.focusSoon('.panel--queued');
      this.status = 'queued';
    } else {
      if (entry.values) this.values = model.mergeValues(t, entry.values as model.PledgeFormValues);
      const mapped = model.receiverFieldErrors(result.errors, t, this.values!);
      this.status = 'editing';
      this.setErrors(
        mapped.length
          ? mapped
          : [{ field: 'fullName', message: msg(str`Máy chủ không nhận bản đăng ký (mã ${result.status}).`) }],
      );
    }
  }

  private edit(mutate: (v: model.PledgeFormValues) => void) {
    const values = structuredClone(this.values!);
    mutate(values);
    this.values = values;
    saveDraft(pageStorage(), this.storageKey, values);
    this.syncForm();
  }

  private validate() {
    const v = this.values!;
    const unknown = (['unitId', 'cellId'] as const).filter((f) =>
      f === 'unitId' ? v.unitText.trim() && !v.unitId : v.cellText.trim() && !v.cellId,
    );
    return model.validateValues(this.current!, v, this.language, unknown);
  }

  /** Keeps the value and validity a portal's own <form> sees in step with the fields. */
  private syncForm() {
    if (!this.values || !this.current) return;
    this.internals.setFormValue(JSON.stringify(model.toSubmission(this.current, this.values)));
    const errors = this.validate();
    const anchor = errors.length ? this.renderRoot.querySelector<HTMLElement>(`#${errors[0].field}`) : null;
    if (errors.length) this.internals.setValidity({ customError: true }, errors[0].message, anchor ?? undefined);
    else this.internals.setValidity({});
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
    if (this.trap) {
      this.receipt = '';
      this.status = 'sent';
      return;
    }
    if (!this.courier) {
      if (this.internals.form) this.internals.form.requestSubmit();
      else console.warn('[lamtheo] <lamtheo-pledge-form> has no action to post to.');
      return;
    }
    this.status = 'sending';
    const t = this.current!;
    const entry: OutboxEntry = {
      key: crypto.randomUUID(),
      action: this.endpoint,
      method: t.endpoint?.method ?? 'POST',
      body: JSON.stringify({ ...model.toSubmission(t, this.values), submittedAt: new Date().toISOString() }),
      formKey: this.storageKey,
      createdAt: Date.now(),
      attempts: 0,
      nextAttemptAt: Date.now(),
      values: this.values,
    };
    await this.courier.submit(entry);
  }

  private follow(field: string, e: Event) {
    e.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${field}`);
    target?.scrollIntoView?.({ block: 'center' });
    target?.focus();
  }

  private errorOf(field: string) {
    return this.errors.find((e) => e.field === field)?.message;
  }

  private field(
    id: string,
    label: string,
    get: () => string,
    set: (s: string) => void,
    extra: Partial<view.FieldConfig> = {},
  ) {
    const required = id === 'fullName' || (this.current!.requiredFields ?? []).includes(id as never);
    return view.textField({ id, label, value: get(), required, error: this.errorOf(id), onInput: set, ...extra });
  }

  private commitmentPart = (part: model.CommitmentPart, h: PledgeHeading) => {
    const id = model.commitmentField(part, h.id);
    const required = part === 'commitment' || (this.current!.requiredFields ?? []).includes(part);
    return view.textField({
      id,
      label: model.fieldLabel(id),
      kind: part === 'deadline' ? 'date' : 'textarea',
      placeholder: part === 'commitment' ? h.placeholder : undefined,
      value: this.values!.commitments[h.id][part],
      required,
      error: this.errorOf(id),
      onInput: (s) => this.edit((v) => (v.commitments[h.id][part] = s)),
    });
  };

  private picker(kind: 'unitId' | 'cellId') {
    const isUnit = kind === 'unitId';
    const v = this.values!;
    return (isUnit ? this.unitPicker : this.cellPicker).render({
      id: kind,
      label: isUnit ? msg('Đơn vị') : msg('Chi bộ'),
      required: (this.current!.requiredFields ?? []).includes(kind),
      options: isUnit ? this.choices.units : this.choices.cells,
      text: isUnit ? v.unitText : v.cellText,
      error: this.errorOf(kind),
      onChange: (text, id) =>
        this.edit((x) => (isUnit ? ((x.unitText = text), (x.unitId = id)) : ((x.cellText = text), (x.cellId = id)))),
    });
  }

  protected override renderData() {
    const t = this.current!;
    const v = this.values;
    if (!v) return nothing;
    const header = view.templateHeader(t);
    if (this.status === 'sent')
      return html`${header}${view.sentPanel(this.receipt, this.earlier, () => this.startAnother())}`;
    if (this.status === 'queued') return html`${header}${view.queuedPanel(() => void this.courier?.drain(true))}`;
    if (this.offer) {
      const when = formatDateTime(new Date(this.offer.savedAt), this.language);
      return html`${header}${view.draftOffer(
        when,
        () => this.resume(true),
        () => this.resume(false),
      )}`;
    }
    const sending = this.status === 'sending';
    return html`${header}
      <form novalidate @submit=${this.onSubmit} aria-busy=${sending ? 'true' : 'false'}>
        ${this.errors.length ? view.errorSummary(this.errors, (f, e) => this.follow(f, e)) : nothing}
        ${this.field(
          'fullName',
          msg('Họ và tên'),
          () => v.fullName,
          (s) => this.edit((x) => (x.fullName = s)),
          { autocomplete: 'name' },
        )}
        ${this.field(
          'position',
          msg('Chức vụ'),
          () => v.position,
          (s) => this.edit((x) => (x.position = s)),
          { autocomplete: 'organization-title' },
        )}
        ${this.picker('unitId')} ${this.choices.cells.length ? this.picker('cellId') : nothing}
        ${t.headings.map((h, i) => view.headingFieldset(h, i, this.commitmentPart))}
        <div class="consent">
          <input
            id="public"
            type="checkbox"
            .checked=${v.public}
            aria-describedby="public-hint"
            @change=${(e: Event) => this.edit((x) => (x.public = (e.target as HTMLInputElement).checked))}
          />
          <div>
            <label for="public">${msg('Tôi đồng ý công khai bản đăng ký này')}</label>
            <p class="hint" id="public-hint">
              ${msg('Bản đăng ký công khai được hiện trong danh sách trên cổng thông tin để nhân dân theo dõi, giám sát.')}
            </p>
          </div>
        </div>
        ${view.honeypot((s) => (this.trap = s))}
        <button type="submit" aria-disabled=${sending ? 'true' : 'false'}>${msg('Gửi bản đăng ký')}</button>
        <p class="sending" role="status">${sending ? msg('Đang gửi…') : ''}</p>
      </form>`;
  }

  private resume(keep: boolean) {
    const t = this.current!;
    if (keep && this.offer) this.values = model.mergeValues(t, this.offer.values);
    else clearDraft(pageStorage(), this.storageKey);
    this.offer = undefined;
    this.syncForm();
    void this.focusSoon('#fullName');
  }

  private startAnother() {
    this.status = 'editing';
    this.earlier = false;
    this.errors = [];
    void this.focusSoon('#fullName');
  }
}
