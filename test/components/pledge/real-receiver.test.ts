/**
 * The pledge form against lamtheo's REAL receiver (src/receiver/, through demo/receiver.js),
 * which the test runner mounts over HTTP at /rx with a store of its own on disk (PGlite), and
 * a control endpoint to stop, start and restart it. The store is shared by every test of
 * the run, so each test compares counts before and after and uses names of its own.
 * The in-page fake receiver (fake-receiver.ts) covers the rest in pledge-form.test.ts.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openOutbox } from '../../../src/components/pledge/outbox.js';
import {
  LamtheoPledgeSentEvent,
  type LamtheoPledgeForm,
  type LamtheoPledgeList,
} from '../../../src/components/pledge/index.js';
import '../../../src/components/pledge/index.js';
import { shadowText, until } from '../../helpers/page.js';
import { key, submit, typeInto } from './form-helpers.js';

const API = '/rx/api/pledges';

interface Control {
  running: boolean;
  count: number;
}

interface StoredPledge {
  id: string;
  templateId: string;
  year: number;
  person: { fullName?: string; position?: string };
  unitId?: string;
  commitments: { headingId: string; commitment: string; measures?: string }[];
  public: boolean;
}

interface Template {
  id: string;
  headings: { id: string; title: string }[];
}

interface Dataset {
  pledgeTemplates: Template[];
  pledges?: unknown[];
}

/** Asks the receiver's control endpoint how it is, or tells it to stop, start or restart. */
async function control(action?: 'stop' | 'start' | 'restart'): Promise<Control> {
  const init: RequestInit = action
    ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action }) }
    : {};
  return (await fetch('/rx/control', init)).json();
}

const stored = async () => (await control()).count;

let committee: string | undefined;

/**
 * The cell committee does its part (a reviewer of the whole Bến Tre party tree, signed in with
 * the token `add-reviewer` gave): it confirms what waits, and makes public what the registrant
 * consented to publish. Only then does the public list show a registration.
 */
async function committeeConfirmsAndPublishes() {
  committee ??= (await executeServerCommand<{ token: string }, { action: string; unit: string }>('lamtheo-receiver', {
    action: 'add-reviewer',
    unit: 'tinh-uy-ben-tre',
  }))!.token;
  const headers = { Authorization: `Bearer ${committee}`, 'Content-Type': 'application/json' };
  const waiting = await (await fetch('/rx/api/review/pledges?status=submitted', { headers })).json();
  for (const { receipt } of waiting.pledges as { receipt: string }[]) {
    const confirmed = await fetch(`/rx/api/review/pledges/${receipt}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ action: 'confirm' }),
    });
    expect(confirmed.status).to.equal(200);
  }
  const all = await (await fetch('/rx/api/review/pledges', { headers })).json();
  for (const p of all.pledges as { receipt: string; consent: boolean; published: boolean }[]) {
    if (!p.consent || p.published) continue;
    const shown = await fetch(`/rx/api/review/pledges/${p.receipt}/public`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ public: true }),
    });
    expect(shown.status).to.equal(200);
  }
}

/** The public pledges the receiver lists, once the committee has confirmed and published them. */
async function published(): Promise<StoredPledge[]> {
  await committeeConfirmsAndPublishes();
  const answer = await fetch(API, { headers: { Accept: 'application/json' } });
  expect(answer.status).to.equal(200);
  return (await answer.json()).pledges;
}

const publishedAs = async (fullName: string) => (await published()).filter((p) => p.person.fullName === fullName);

const tag = () => crypto.randomUUID().slice(0, 8);

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts a body straight to the receiver, as a portal's own client (or a bot) would. */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const answer = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: JSON.stringify(body),
  });
  return { status: answer.status, json: await answer.json() };
}

/** The browser's fetch, counting what goes out and what comes back. */
function countingFetch() {
  const seen = { requests: 0, statuses: [] as number[], keys: [] as string[], bodies: [] as unknown[] };
  const send = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    seen.requests += 1;
    seen.keys.push(new Headers(init.headers).get('Idempotency-Key') ?? '');
    const answer = await fetch(input, init);
    seen.statuses.push(answer.status);
    seen.bodies.push(await answer.clone().json());
    return answer;
  }) as typeof fetch;
  return { seen, send };
}

let benTre: Dataset;
const mounted: Element[] = [];

interface FormOptions {
  /** The IndexedDB outbox database; a fresh one per form unless given (a reload keeps it). */
  outboxName?: string;
  draftKey?: string;
  retryDelay?: number;
  fetcher?: typeof fetch;
  data?: Dataset;
}

/** A pledge form on the Bến Tre fixture posting to the real receiver, with its receipts counted. */
async function realForm({
  outboxName = `lamtheo-real-receiver-${tag()}`,
  draftKey = `real-${tag()}`,
  retryDelay = 20,
  fetcher,
  data = benTre,
}: FormOptions = {}) {
  const el = document.createElement('lamtheo-pledge-form') as LamtheoPledgeForm;
  el.setAttribute('template', 'ben-tre-2016');
  el.setAttribute('action', API);
  el.setAttribute('draft-key', draftKey);
  el.setAttribute('retry-delay', String(retryDelay));
  el.outbox = openOutbox(outboxName);
  if (fetcher) el.fetcher = fetcher;
  el.data = data;
  const receipts: string[] = [];
  // Typed by HTMLElementEventMap: no cast needed to read the receipt.
  el.addEventListener('lamtheo-pledge-sent', (e) => receipts.push(e.detail.receipt));
  document.body.append(el);
  mounted.push(el);
  await until(() => el.shadowRoot?.querySelector('#fullName, .panel'), 'the pledge form');
  return {
    el,
    receipts,
    outboxName,
    draftKey,
    $: <T extends Element = HTMLElement>(s: string) => el.shadowRoot!.querySelector<T & Element>(s),
  };
}

/** Fills the form as a person would: name, position, the unit picked in the picker, each heading. */
async function fill(
  el: LamtheoPledgeForm,
  fullName: string,
  { position = 'Bí thư Chi bộ', commitment = 'Nói đi đôi với làm', publish = true } = {},
) {
  typeInto(el, 'fullName', fullName);
  typeInto(el, 'position', position);
  typeInto(el, 'unitId', 'thanh uy ben tre');
  await el.updateComplete;
  key(el, 'unitId', 'ArrowDown');
  await el.updateComplete;
  key(el, 'unitId', 'Enter');
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector<HTMLInputElement>('#unitId')!.value).to.equal('Thành ủy Bến Tre');
  for (const area of el.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea[id^="commitment-"]'))
    typeInto(el, area.id, `${commitment} (${area.id})`);
  if (publish) el.shadowRoot!.querySelector<HTMLInputElement>('#public')!.click();
  await el.updateComplete;
}

const pendingIn = (outboxName: string) => openOutbox(outboxName).all();

describe('<lamtheo-pledge-form> against the real receiver', () => {
  before(async () => {
    benTre = await (await fetch(new URL('../../fixtures/ben-tre-2016-2017.json', import.meta.url))).json();
  });

  afterEach(async () => {
    for (const el of mounted.splice(0)) el.remove();
    if (!(await control()).running) await control('start');
  });

  it('stores a filled-in pledge once, shows its receipt and lists it because it is public', async () => {
    const before = await stored();
    const name = `Nguyễn Văn Hòa ${tag()}`;
    const { el, receipts, outboxName, $ } = await realForm();
    // The page hears it too: the event bubbles (and crosses shadow roots: composed).
    const heard: LamtheoPledgeSentEvent[] = [];
    const hear = (e: LamtheoPledgeSentEvent) => heard.push(e);
    document.body.addEventListener('lamtheo-pledge-sent', hear);
    await fill(el, name);
    await submit(el);
    await until(() => el.status === 'sent', 'the pledge sent');
    document.body.removeEventListener('lamtheo-pledge-sent', hear);
    expect(receipts).to.have.length(1);
    const [receipt] = receipts;
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.instanceOf(LamtheoPledgeSentEvent).and.instanceOf(CustomEvent);
    expect(heard[0]).to.include({ bubbles: true, composed: true, type: 'lamtheo-pledge-sent' });
    expect(heard[0].detail.receipt).to.equal(receipt);
    expect(heard[0].detail.idempotencyKey).to.be.a('string').and.not.equal('');
    expect(receipt).to.match(/^DK2016-\d{5}$/);
    expect($('.receipt')!.textContent).to.equal(receipt);
    expect(shadowText(el)).to.contain(`Số biên nhận: ${receipt}`);
    // The private code: shown once, in the event too, and it opens the registration.
    const code = heard[0].detail.code;
    expect(code).to.match(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect($('.code')!.textContent).to.equal(code);
    expect(shadowText(el)).to.contain('Mã riêng chỉ hiện một lần');
    const mine = await fetch('/rx/api/pledges/self', { headers: { Authorization: `Receipt ${receipt}:${code}` } });
    expect((await mine.json()).pledge.person.fullName).to.equal(name);
    // …and is kept nowhere on the device: not in the draft's storage, not in the outbox.
    expect(JSON.stringify({ ...localStorage })).not.to.contain(code);
    expect(await stored()).to.equal(before + 1);
    const listed = await publishedAs(name);
    expect(listed).to.have.length(1);
    expect(listed[0]).to.include({ id: receipt, templateId: 'ben-tre-2016', year: 2016, unitId: 'thanh-uy-ben-tre' });
    expect(listed[0].person.position).to.equal('Bí thư Chi bộ');
    expect(listed[0].commitments.map((c) => c.headingId)).to.deep.equal(['tu-tuong', 'dao-duc', 'phong-cach']);
    expect(await pendingIn(outboxName)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('stores a pledge without consent to publication but keeps it out of the public list', async () => {
    const before = await stored();
    const name = `Trần Thị Riêng ${tag()}`;
    const { el, receipts } = await realForm();
    await fill(el, name, { publish: false });
    await submit(el);
    await until(() => el.status === 'sent', 'the pledge sent');
    expect(receipts).to.have.length(1);
    expect(await stored()).to.equal(before + 1);
    expect(await publishedAs(name)).to.have.length(0);
  });

  it('says "saved, waiting" while the receiver is stopped, retries its 503s, and delivers once when it starts', async () => {
    const before = await stored();
    const name = `Lê Văn Chờ ${tag()}`;
    const { seen, send } = countingFetch();
    const { el, receipts, outboxName } = await realForm({ fetcher: send });
    await fill(el, name);
    await control('stop');
    await submit(el);
    await until(() => el.status === 'queued', 'the queued state');
    expect(shadowText(el)).to.contain('Đã lưu, đang chờ mạng');
    await expect(el).to.be.accessible();
    expect(await pendingIn(outboxName)).to.have.length(1);
    await until(() => seen.statuses.filter((s) => s === 503).length >= 3, 'retries while the receiver answers 503');
    expect(el.status).to.equal('queued');
    expect(await stored()).to.equal(before);

    await control('start');
    await until(() => el.status === 'sent', 'delivery once the receiver is back');
    const requests = seen.requests;
    await settle();
    expect(seen.requests, 'no request after delivery').to.equal(requests);
    expect(new Set(seen.keys).size, 'one Idempotency-Key for every attempt').to.equal(1);
    expect(receipts).to.have.length(1);
    expect(shadowText(el)).to.contain(receipts[0]);
    expect(await stored()).to.equal(before + 1);
    expect(await publishedAs(name)).to.have.length(1);
    expect(await pendingIn(outboxName)).to.have.length(0);
  });

  it('delivers once when the receiver stops while the pledge is on its way, and starts again', async () => {
    const before = await stored();
    const name = `Phạm Văn Giữa ${tag()}`;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { seen, send } = countingFetch();
    const held = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (seen.requests === 0) await gate;
      return send(input, init);
    }) as typeof fetch;
    const { el, receipts } = await realForm({ fetcher: held });
    await fill(el, name);
    await submit(el);
    expect(el.status).to.equal('sending');
    expect(shadowText(el)).to.contain('Đang gửi…');
    await control('stop');
    release();
    await until(() => el.status === 'queued', 'the queued state');
    expect(seen.statuses[0]).to.equal(503);
    await control('start');
    await until(() => el.status === 'sent', 'delivery after the receiver started');
    expect(receipts).to.have.length(1);
    expect(new Set(seen.keys).size).to.equal(1);
    expect(await stored()).to.equal(before + 1);
    expect(await publishedAs(name)).to.have.length(1);
  });

  it('delivers from the IndexedDB outbox on the next visit what waited while the receiver was stopped', async () => {
    const before = await stored();
    const name = `Võ Thị Sáu ${tag()}`;
    const first = await realForm();
    await fill(first.el, name);
    await control('stop');
    await submit(first.el);
    await until(() => first.el.status === 'queued', 'the queued state');
    first.el.remove();

    const waiting = await pendingIn(first.outboxName);
    expect(waiting).to.have.length(1);
    expect(new URL(waiting[0].action).pathname).to.equal(API);
    expect(JSON.parse(waiting[0].body).person.fullName).to.equal(name);
    expect(await stored()).to.equal(before);

    await control('start');
    // A long retry delay: only the start of the new page can deliver it.
    const again = await realForm({ outboxName: first.outboxName, draftKey: first.draftKey, retryDelay: 60_000 });
    await until(() => again.el.status === 'sent', 'delivery on the next visit');
    expect(again.receipts).to.have.length(1);
    expect(first.receipts).to.have.length(0);
    const text = shadowText(again.el);
    expect(text).to.contain('Bản đăng ký gửi trước đây đã được nhận');
    expect(text).to.contain(again.receipts[0]);
    expect(await stored()).to.equal(before + 1);
    const listed = await publishedAs(name);
    expect(listed.map((p) => p.id)).to.deep.equal(again.receipts);
    expect(await pendingIn(first.outboxName)).to.have.length(0);
    await expect(again.el).to.be.accessible();
  });

  it('loses nothing when the receiver restarts: the pledge is read back from disk and still listed', async () => {
    const name = `Đặng Văn Bền ${tag()}`;
    const { el, receipts } = await realForm();
    await fill(el, name);
    await submit(el);
    await until(() => el.status === 'sent', 'the pledge sent');
    const before = await stored();
    const after = await control('restart');
    expect(after).to.deep.equal({ running: true, count: before });
    expect((await publishedAs(name)).map((p) => p.id)).to.deep.equal(receipts);
  });

  it('stores a pledge once when its answer is lost and it is sent again after a receiver restart', async () => {
    const before = await stored();
    const name = `Huỳnh Văn Mất ${tag()}`;
    const { seen, send } = countingFetch();
    const losing = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = await send(input, init);
      if (seen.requests === 1) throw new TypeError('Failed to fetch');
      return answer;
    }) as typeof fetch;
    const { el, receipts } = await realForm({ fetcher: losing, retryDelay: 60_000 });
    await fill(el, name);
    await submit(el);
    await until(() => el.status === 'queued', 'the queued state after the lost answer');
    expect(seen.statuses).to.deep.equal([201]);
    const first = seen.bodies[0] as { receipt: string; code: string };
    const firstReceipt = first.receipt;
    expect(await stored()).to.equal(before + 1);

    await control('restart');
    window.dispatchEvent(new Event('online'));
    await until(() => el.status === 'sent', 'the retry answered');
    expect(seen.statuses).to.deep.equal([201, 200]);
    // The replay gives the first receipt and the same private code: the person never saw the first answer.
    expect(seen.bodies[1]).to.deep.equal({
      receipt: firstReceipt,
      code: first.code,
      status: 'submitted',
      duplicate: true,
    });
    expect(new Set(seen.keys).size).to.equal(1);
    expect(receipts).to.deep.equal([firstReceipt]);
    expect(await stored()).to.equal(before + 1);
    expect((await publishedAs(name)).map((p) => p.id)).to.deep.equal([firstReceipt]);
  });

  it('keeps a pledge made offline and delivers it once when the browser is back online', async () => {
    const before = await stored();
    const name = `Ngô Thị Mạng ${tag()}`;
    let offline = true;
    const { seen, send } = countingFetch();
    const network = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (offline) throw new TypeError('Failed to fetch');
      return send(input, init);
    }) as typeof fetch;
    const { el, receipts, outboxName } = await realForm({ fetcher: network, retryDelay: 60_000 });
    await fill(el, name);
    await submit(el);
    await until(() => el.status === 'queued', 'the queued state');
    expect(shadowText(el)).to.contain('Đã lưu, đang chờ mạng');
    expect(await pendingIn(outboxName)).to.have.length(1);
    expect(await stored()).to.equal(before);

    offline = false;
    window.dispatchEvent(new Event('online'));
    await until(() => el.status === 'sent', 'delivery when back online');
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(seen.requests).to.equal(1);
    expect(receipts).to.have.length(1);
    expect(await stored()).to.equal(before + 1);
    expect(await publishedAs(name)).to.have.length(1);
  });

  it('stores one pledge when the submit button is clicked twice', async () => {
    const before = await stored();
    const name = `Bùi Văn Nhấp ${tag()}`;
    const { seen, send } = countingFetch();
    const { el, receipts, $ } = await realForm({ fetcher: send });
    await fill(el, name);
    const button = $<HTMLButtonElement>('button[type=submit]')!;
    button.click();
    button.click();
    await el.updateComplete;
    if (button.isConnected) button.click();
    await until(() => el.status === 'sent', 'the pledge sent');
    await settle();
    expect(seen.requests).to.equal(1);
    expect(receipts).to.have.length(1);
    expect(await stored()).to.equal(before + 1);
    expect(await publishedAs(name)).to.have.length(1);
  });

  it('shows the 422 field errors of the receiver on their fields when the page has an outdated template', async () => {
    // The page still has last year's copy of the form: its third heading has an id the receiver no longer knows.
    const outdated = structuredClone(benTre);
    outdated.pledges = [];
    const template = outdated.pledgeTemplates.find((t) => t.id === 'ben-tre-2016')!;
    template.headings[2].id = 'phong-cach-2015';
    const before = await stored();
    const { seen, send } = countingFetch();
    const { el, $ } = await realForm({ fetcher: send, data: outdated });
    const name = `Lý Văn Cũ ${tag()}`;
    await fill(el, name);
    await submit(el);
    await until(() => $('#commitment-phong-cach-2015-error'), 'the error on the outdated heading');
    expect(seen.statuses).to.deep.equal([422]);
    const { errors } = seen.bodies[0] as { errors: { path: string; message: string }[] };
    const onHeading = errors.find((e) => e.path === 'commitments[2].headingId');
    expect(onHeading, JSON.stringify(errors)).to.exist;
    expect($('#commitment-phong-cach-2015-error')!.textContent).to.contain(onHeading!.message);
    expect($('#commitment-phong-cach-2015')!.getAttribute('aria-invalid')).to.equal('true');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
    expect(links).to.include(onHeading!.message);
    expect(el.status).to.equal('editing');
    expect($<HTMLInputElement>('#fullName')!.value).to.equal(name);
    expect(await stored()).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('answers invalid posts as the contract says: 422 with field paths in the language asked, 409, 400 and 415', async () => {
    const before = await stored();
    const body = {
      templateId: 'ben-tre-2016',
      year: 2016,
      person: { fullName: '' },
      commitments: [
        { headingId: 'tu-tuong', commitment: 'a' },
        { headingId: 'dao-duc', commitment: 'b' },
        { headingId: 'phong-cach', commitment: 'c' },
      ],
    };
    const vi = await post(body, { 'Accept-Language': 'vi' });
    expect(vi.status).to.equal(422);
    expect(vi.json.errors).to.be.an('array').that.is.not.empty;
    for (const e of vi.json.errors) expect(e).to.have.all.keys('path', 'message');
    expect(vi.json.errors.map((e: { path: string }) => e.path)).to.include('person.fullName');
    const en = await post(body, { 'Accept-Language': 'en' });
    expect(en.status).to.equal(422);
    expect(en.json.errors[0].message).to.not.equal(vi.json.errors[0].message);

    const key = crypto.randomUUID();
    const good = { ...body, person: { fullName: `Khóa Trùng ${tag()}` }, public: false };
    expect((await post(good, { 'Idempotency-Key': key })).status).to.equal(201);
    const replay = await post(good, { 'Idempotency-Key': key });
    expect(replay.status).to.equal(200);
    expect(replay.json.duplicate).to.equal(true);
    const other = await post({ ...good, person: { fullName: 'Người khác' } }, { 'Idempotency-Key': key });
    expect(other.status).to.equal(409);
    expect(other.json.errors[0]).to.have.all.keys('path', 'message');

    const noKey = await fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(noKey.status).to.equal(400);
    const asText = await fetch(API, { method: 'POST', headers: { 'Idempotency-Key': 'k' }, body: 'x' });
    expect(asText.status).to.equal(415);
    expect(await stored()).to.equal(before + 1);
  });

  it('stores nothing when the honeypot is filled, whether in the form or in a direct post', async () => {
    const before = await stored();
    const { seen, send } = countingFetch();
    const { el, $ } = await realForm({ fetcher: send });
    const name = `Bot Mật Ong ${tag()}`;
    await fill(el, name);
    typeInto(el, 'hp-website', 'http://spam.example');
    await submit(el);
    await until(() => el.status === 'sent', 'a quiet success');
    expect($('.receipt')).to.equal(null);
    expect(seen.requests).to.equal(0);

    const bot = await post({
      templateId: 'ben-tre-2016',
      year: 2016,
      person: { fullName: name },
      commitments: [
        { headingId: 'tu-tuong', commitment: 'a' },
        { headingId: 'dao-duc', commitment: 'b' },
        { headingId: 'phong-cach', commitment: 'c' },
      ],
      public: true,
      website: 'http://spam.example',
    });
    expect(bot.status).to.equal(201);
    expect(bot.json.receipt).to.be.a('string');
    expect(await stored()).to.equal(before);
    expect(await publishedAs(name)).to.have.length(0);
  });

  it('stores hostile text verbatim and the public list shows it as text', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => void alerts.push(message);
    try {
      const mark = tag();
      const name = `<img src=x onerror=alert(1)> ${mark}`;
      const link = 'javascript:alert(1)';
      const script = '<script>alert(1)</script>';
      const { el } = await realForm();
      await fill(el, name, { position: link, commitment: script });
      await submit(el);
      await until(() => el.status === 'sent', 'the pledge sent');

      const [saved] = await publishedAs(name);
      expect(saved.person).to.deep.equal({ fullName: name, position: link });
      expect(saved.commitments[0].commitment).to.equal(`${script} (commitment-tu-tuong)`);

      const list = document.createElement('lamtheo-pledge-list') as LamtheoPledgeList;
      list.setAttribute('src', API);
      document.body.append(list);
      mounted.push(list);
      await until(() => list.state === 'ready', 'the public list');
      const search = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
      search.value = mark;
      search.dispatchEvent(new InputEvent('input'));
      await list.updateComplete;
      const articles = list.shadowRoot!.querySelectorAll('article');
      expect(articles).to.have.length(1);
      const text = articles[0].textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(name);
      expect(text).to.contain(link);
      expect(text).to.contain(script);
      expect(list.shadowRoot!.querySelector('img, script, a, [onerror]')).to.equal(null);
      await settle(50);
      expect(alerts).to.deep.equal([]);
      await expect(list).to.be.accessible();
    } finally {
      window.alert = realAlert;
    }
  });
});
