import { fixture, html } from '@open-wc/testing';
import { memoryOutbox, type Outbox } from '../../../src/components/pledge/outbox.js';
import type { LamtheoPledgeForm } from '../../../src/components/pledge/index.js';
import '../../../src/components/pledge/index.js';
import { until } from '../../helpers/page.js';
import { dataset } from './pledge-data.js';
import { fakeReceiver } from './fake-receiver.js';

export interface Setup {
  receiver?: ReturnType<typeof fakeReceiver>;
  outbox?: Outbox;
  retryDelay?: number;
  draftKey?: string;
}

/** A pledge form on the test dataset, posting to a fake receiver, ready for input. */
export async function pledgeForm({
  receiver = fakeReceiver(dataset),
  outbox = memoryOutbox(),
  retryDelay = 20,
  draftKey = 'test',
}: Setup = {}) {
  const el = await fixture<LamtheoPledgeForm>(
    html`<lamtheo-pledge-form
      action="/api/test-pledges"
      draft-key=${draftKey}
      retry-delay=${retryDelay}
      .outbox=${outbox}
      .fetcher=${receiver.fetch}
      .data=${dataset}
    ></lamtheo-pledge-form>`,
  );
  await until(() => el.shadowRoot!.querySelector('#fullName, .panel'), 'the form');
  return {
    el,
    receiver,
    outbox,
    $: <T extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T & Element>(s),
  };
}

export function typeInto(el: LamtheoPledgeForm, id: string, text: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function key(el: LamtheoPledgeForm, id: string, k: string) {
  el.shadowRoot!.querySelector(`#${id}`)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
}

/** Fills every required field, choosing the unit in the picker as a person would. */
export async function fillRequired(el: LamtheoPledgeForm, name = 'Lê Văn Tám') {
  typeInto(el, 'fullName', name);
  typeInto(el, 'unitId', 'thanh pho ben tre');
  await el.updateComplete;
  key(el, 'unitId', 'ArrowDown');
  await el.updateComplete;
  key(el, 'unitId', 'Enter');
  for (const h of ['tu-tuong', 'dao-duc', 'phong-cach']) typeInto(el, `commitment-${h}`, `Cam kết ${h}`);
  await el.updateComplete;
}

export async function submit(el: LamtheoPledgeForm) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
}
