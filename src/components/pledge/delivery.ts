/**
 * What becomes of a submitted pledge, as the form shows it (its `status`): `sending` while
 * the first attempt runs, `queued` while it waits in the outbox for the network or the
 * receiver, `sent` with the receiver's receipt (`earlier` when it was a pledge from an
 * earlier visit or attempt that got through), and back to `editing` when the receiver
 * refuses it. A reactive controller: it runs the courier for the form's endpoint and
 * stops it when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PledgeTemplate } from '../../schema/index.js';
import { PledgeCourier } from './courier.js';
import { toSubmission, type PledgeFormValues } from './form-model.js';
import { openOutbox, type Outbox, type OutboxEntry } from './outbox.js';
import { sendPledge, type SendResult } from './submit.js';
import { LamtheoPledgeSentEvent } from '../../internal/events.js';

export type PledgeFormStatus = 'editing' | 'sending' | 'queued' | 'sent';

export type Refusal = Extract<SendResult, { kind: 'rejected' }>;

/** What the delivery reads from the element: its public properties. */
export interface DeliveryHost extends ReactiveControllerHost, EventTarget {
  status: PledgeFormStatus;
  outbox?: Outbox;
  fetcher?: typeof fetch;
  headers: Record<string, string>;
  csrfToken?: string;
  csrfHeader: string;
  credentials: RequestCredentials;
  retryDelay: number;
  language: string;
}

/** What the delivery asks of the form. */
export interface DeliveryHooks {
  /** The draft key of the form as it is now: only the form's own pledges change its status. */
  formKey: () => string;
  /** Moves focus to `selector` once the element has rendered. */
  focus: (selector: string) => void;
  /** The receiver confirmed one of the form's pledges: forget the draft, empty the fields. */
  sent: () => void;
  /** The receiver refused one: put back what was typed and show why. */
  refused: (entry: OutboxEntry, result: Refusal) => void;
}

/** A pledge the person just submitted. */
export interface NewPledge {
  template: PledgeTemplate;
  values: PledgeFormValues;
  /** The absolute URL it goes to. */
  action: string;
  /** The draft key of the form it came from. */
  formKey: string;
}

let sharedOutbox: Outbox | undefined;

export class PledgeDelivery implements ReactiveController {
  /** The receipt of the pledge last sent ('' when the receiver gave none). */
  receipt = '';
  /**
   * Its private code ('' when the receiver gave none). Kept in memory only, never in the outbox
   * or the draft: it is shown once, as the receiver's contract says.
   */
  code = '';
  /** Whether that pledge was sent earlier than the attempt the person is waiting for. */
  earlier = false;
  private courier?: PledgeCourier;

  constructor(
    private readonly host: DeliveryHost,
    private readonly hooks: DeliveryHooks,
  ) {
    host.addController(this);
  }

  /** Whether there is a courier to carry pledges (the form has an endpoint). */
  get active(): boolean {
    return !!this.courier;
  }

  hostDisconnected(): void {
    this.courier?.stop();
    this.courier = undefined;
  }

  /**
   * Carries the form's pledges to `action` (nothing when it is empty): shows `queued` when
   * an earlier visit left one of them in the outbox, and delivers it.
   */
  async start(action: string): Promise<void> {
    this.courier?.stop();
    if (!action) return;
    const host = this.host;
    const courier = new PledgeCourier({
      outbox: (host.outbox ??= sharedOutbox ??= openOutbox()),
      action,
      send: (entry) => this.send(entry),
      onResult: (entry, result) => this.onResult(entry, result),
      delay: (attempt) => Math.min(5 * 60_000, host.retryDelay * 2 ** attempt * (0.5 + Math.random() / 2)),
      target: window,
    });
    this.courier = courier;
    const mine = (await courier.pending()).filter((e) => e.formKey === this.hooks.formKey());
    if (mine.length && this.courier === courier) host.status = 'queued';
    await courier.start();
  }

  /** Stores a new pledge in the outbox and tries to send it at once. */
  async submit(pledge: NewPledge): Promise<void> {
    this.host.status = 'sending';
    const { template, values } = pledge;
    const entry: OutboxEntry = {
      key: crypto.randomUUID(),
      action: pledge.action,
      method: template.endpoint?.method ?? 'POST',
      body: JSON.stringify({ ...toSubmission(template, values), submittedAt: new Date().toISOString() }),
      formKey: pledge.formKey,
      createdAt: Date.now(),
      attempts: 0,
      nextAttemptAt: Date.now(),
      values,
    };
    await this.courier!.submit(entry);
  }

  /** The honeypot was filled: the form looks sent, and nothing is sent. */
  pretendSent(): void {
    this.receipt = '';
    this.code = '';
    this.host.status = 'sent';
    this.host.requestUpdate();
  }

  /** Sends everything waiting in the outbox now ("try again" on the queued panel). */
  retryNow(): void {
    void this.courier?.drain(true);
  }

  /** Back to an empty form after a pledge was sent. */
  another(): void {
    this.host.status = 'editing';
    this.earlier = false;
    this.host.requestUpdate();
  }

  private send(entry: OutboxEntry): Promise<SendResult> {
    const host = this.host;
    const headers: Record<string, string> = { ...host.headers };
    const token = host.csrfToken ?? document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content;
    if (token && new URL(entry.action).origin === location.origin) headers[host.csrfHeader] = token;
    const lang = host.language;
    return sendPledge({
      action: entry.action,
      method: entry.method,
      body: entry.body,
      idempotencyKey: entry.key,
      headers: { 'Accept-Language': lang, ...headers },
      credentials: host.credentials,
      fetch: host.fetcher,
    });
  }

  private onResult(entry: OutboxEntry, result: SendResult) {
    if (entry.formKey !== this.hooks.formKey()) return;
    const host = this.host;
    if (result.kind === 'sent') {
      this.earlier = host.status !== 'sending';
      this.receipt = result.receipt;
      this.code = result.code;
      host.status = 'sent';
      host.requestUpdate();
      this.hooks.sent();
      host.dispatchEvent(
        new LamtheoPledgeSentEvent({ receipt: result.receipt, code: result.code, idempotencyKey: entry.key }),
      );
      this.hooks.focus('.panel--sent');
    } else if (result.kind === 'retry') {
      if (host.status === 'sending') this.hooks.focus('.panel--queued');
      host.status = 'queued';
    } else {
      this.hooks.refused(entry, result);
      host.status = 'editing';
    }
  }
}
