import { expect } from '@open-wc/testing';
import * as model from '../../../src/components/pledge/form-model.js';
import { filterOptions, unitChoices, exactOption } from '../../../src/components/pledge/unit-options.js';
import { backoffDelay, sendPledge } from '../../../src/components/pledge/submit.js';
import { PledgeCourier } from '../../../src/components/pledge/courier.js';
import {
  deleteOutboxDatabase,
  memoryOutbox,
  openOutbox,
  type OutboxEntry,
} from '../../../src/components/pledge/outbox.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../../src/components/pledge/draft.js';
import { groupPledges, publicPledges } from '../../../src/components/pledge/pledge-groups.js';
import { dataset as datasetSchema, type PledgeTemplate, type Unit } from '../../../src/schema/index.js';
import { dataset, template as rawTemplate, units } from './pledge-data.js';
import { fakeReceiver } from './fake-receiver.js';

const template = rawTemplate as unknown as PledgeTemplate;

function filled(): model.PledgeFormValues {
  const v = model.emptyValues(template);
  v.fullName = 'Lê Văn Tám';
  v.unitId = 'thanh-uy-ben-tre';
  v.unitText = 'Đảng bộ thành phố Bến Tre';
  for (const h of template.headings) v.commitments[h.id].commitment = `Cam kết ${h.title}`;
  return v;
}

const entry = (key: string): OutboxEntry => ({
  key,
  action: 'http://x/api',
  method: 'POST',
  body: '{}',
  formKey: 'f',
  createdAt: 1,
  attempts: 0,
  nextAttemptAt: 0,
});

describe('pledge form model', () => {
  it('finds every missing field at once, in the order of the form, in the words of a form', () => {
    const errors = model.validateValues(template, model.emptyValues(template), 'vi');
    expect(errors.map((e) => e.field)).to.deep.equal([
      'fullName',
      'unitId',
      'commitment-tu-tuong',
      'commitment-dao-duc',
      'commitment-phong-cach',
    ]);
    expect(errors[0].message).to.equal('Nhập họ và tên');
    expect(errors[2].message).to.equal('Nhập nội dung đăng ký cho mục “Về tư tưởng”');
  });

  it('accepts a complete pledge and leaves out empty optional fields', () => {
    expect(model.validateValues(template, filled(), 'vi')).to.deep.equal([]);
    const submission = model.toSubmission(template, filled());
    expect(submission.person.position).to.equal(undefined);
    expect(submission.commitments[0]).to.deep.equal({
      headingId: 'tu-tuong',
      commitment: 'Cam kết Về tư tưởng',
      measures: undefined,
      deadline: undefined,
    });
  });

  it('refuses a commitment of spaces only and a deadline that is not a real date', () => {
    const v = filled();
    v.commitments['dao-duc'].commitment = '   ';
    v.commitments['dao-duc'].deadline = '2017-02-30';
    const errors = model.validateValues(template, v, 'vi');
    expect(errors.map((e) => e.field)).to.deep.equal(['commitment-dao-duc', 'deadline-dao-duc']);
    expect(errors[1].message).to.contain('không có ngày 30 tháng 2 năm 2017');
  });

  it('says a unit typed but not chosen from the list must be chosen', () => {
    const v = filled();
    v.unitId = '';
    v.unitText = 'Phường không có';
    expect(model.validateValues(template, v, 'vi', ['unitId'])[0]).to.deep.equal({
      field: 'unitId',
      message: 'Chọn đơn vị trong danh sách gợi ý',
    });
  });

  it('places receiver errors on their fields by path', () => {
    const errors = model.receiverFieldErrors(
      [
        { path: 'commitments[2].measures', message: 'quá dài' },
        { path: 'person.fullName', message: 'tên đã đăng ký' },
      ],
      template,
      filled(),
    );
    expect(errors).to.deep.equal([
      { field: 'fullName', message: 'tên đã đăng ký' },
      { field: 'measures-phong-cach', message: 'quá dài' },
    ]);
  });

  it('restores a draft made for an older template without its stale headings', () => {
    const merged = model.mergeValues(template, {
      fullName: 'An',
      commitments: {
        'tu-tuong': { commitment: 'a', measures: '', deadline: '' },
        cu: { commitment: 'b', measures: '', deadline: '' },
      },
    } as never);
    expect(merged.fullName).to.equal('An');
    expect(Object.keys(merged.commitments)).to.deep.equal(['tu-tuong', 'dao-duc', 'phong-cach']);
    expect(model.isBlank(model.emptyValues(template))).to.equal(true);
    expect(model.isBlank(merged)).to.equal(false);
  });
});

describe('unit options', () => {
  const choices = unitChoices(units as unknown as Unit[]);

  it('keeps party cells apart from the units', () => {
    expect(choices.cells.map((c) => c.id)).to.deep.equal(['chi-bo-phuong-5', 'chi-bo-tan-thach']);
    expect(choices.units).to.have.length(3);
  });

  it('finds units typed without tone marks', () => {
    expect(filterOptions(choices.units, 'chau thanh').shown.map((o) => o.id)).to.deep.equal(['huyen-uy-chau-thanh']);
    expect(filterOptions(choices.cells, 'tan thach').total).to.equal(1);
    expect(exactOption(choices.units, 'dang bo tinh ben tre')?.id).to.equal('tinh-uy-ben-tre');
  });

  it('shows at most the limit and counts the rest', () => {
    const result = filterOptions(choices.units, 'dang bo', 2);
    expect(result.shown).to.have.length(2);
    expect(result.total).to.equal(3);
  });
});

describe('sending a pledge', () => {
  const send = (fetch: typeof globalThis.fetch) =>
    sendPledge({ action: '/x', body: '{}', idempotencyKey: 'k', fetch, headers: { 'X-CSRF-Token': 't' } });

  it('reads the receipt of a 201', async () => {
    const result = await send(async () => Response.json({ receipt: 'DK2017-00001' }, { status: 201 }));
    expect(result).to.deep.equal({ kind: 'sent', receipt: 'DK2017-00001', code: '' });
  });

  it('reads the private code with it, and refuses a code that is not letters, digits and dashes', async () => {
    const ok = await send(async () =>
      Response.json({ receipt: 'DK2017-00002', code: 'K7QM-2XPD-9RTA' }, { status: 201 }),
    );
    expect(ok).to.deep.equal({ kind: 'sent', receipt: 'DK2017-00002', code: 'K7QM-2XPD-9RTA' });
    const hostile = await send(async () =>
      Response.json({ receipt: 'DK2017-00003', code: '<img src=x onerror=alert(1)>' }),
    );
    expect(hostile).to.deep.equal({ kind: 'sent', receipt: 'DK2017-00003', code: '' });
  });

  it('keeps the pledge for later when the network fails or the receiver answers 5xx or 429', async () => {
    expect(await send(() => Promise.reject(new TypeError('offline')))).to.deep.equal({
      kind: 'retry',
      reason: 'network',
    });
    expect((await send(async () => new Response('', { status: 503 }))).kind).to.equal('retry');
    expect((await send(async () => new Response('', { status: 429 }))).kind).to.equal('retry');
  });

  it('gives up on a 4xx and keeps only well-formed field errors', async () => {
    const result = await send(async () =>
      Response.json({ errors: [{ path: 'person.fullName', message: 'thiếu' }, { nonsense: 1 }] }, { status: 422 }),
    );
    expect(result).to.deep.equal({
      kind: 'rejected',
      status: 422,
      errors: [{ path: 'person.fullName', message: 'thiếu' }],
    });
  });

  it('sends the Idempotency-Key, JSON and the extra headers', async () => {
    let seen: Headers | undefined;
    await send(async (_url, init) => {
      seen = new Headers(init?.headers);
      return Response.json({ receipt: 1 });
    });
    expect(seen?.get('idempotency-key')).to.equal('k');
    expect(seen?.get('content-type')).to.equal('application/json');
    expect(seen?.get('x-csrf-token')).to.equal('t');
  });

  it('waits longer after each failure, within the cap', () => {
    expect(backoffDelay(0, { base: 1000 }, () => 0)).to.equal(500);
    expect(backoffDelay(3, { base: 1000 }, () => 1)).to.equal(8000);
    expect(backoffDelay(50, { base: 1000, max: 60_000 }, () => 1)).to.equal(60_000);
  });
});

describe('the courier', () => {
  it('sends a pledge once when it is submitted twice at the same time', async () => {
    const receiver = fakeReceiver(dataset);
    const outbox = memoryOutbox();
    const body = JSON.stringify(model.toSubmission(template, filled()));
    const courier = new PledgeCourier({
      outbox,
      action: 'http://x/api',
      send: (e) => sendPledge({ action: e.action, body: e.body, idempotencyKey: e.key, fetch: receiver.fetch }),
    });
    const e = { ...entry('k1'), body };
    const [a, b] = await Promise.all([courier.submit(e), courier.submit(e)]);
    expect(a).to.deep.equal(b);
    expect(receiver.state.requests).to.equal(1);
    expect(receiver.stored).to.have.length(1);
    expect(await outbox.all()).to.deep.equal([]);
  });

  it('keeps a failed pledge with a later attempt time, then delivers it on the next drain', async () => {
    const receiver = fakeReceiver(dataset);
    receiver.state.mode = 'error';
    const outbox = memoryOutbox();
    let now = 1000;
    const courier = new PledgeCourier({
      outbox,
      action: 'http://x/api',
      now: () => now,
      delay: () => 60_000,
      send: (e) => sendPledge({ action: e.action, body: e.body, idempotencyKey: e.key, fetch: receiver.fetch }),
    });
    const body = JSON.stringify(model.toSubmission(template, filled()));
    expect((await courier.submit({ ...entry('k2'), body })).kind).to.equal('retry');
    const [waiting] = await outbox.all();
    expect(waiting.attempts).to.equal(1);
    expect(waiting.nextAttemptAt).to.equal(61_000);
    receiver.state.mode = 'up';
    await courier.drain();
    expect(receiver.stored).to.have.length(0);
    now = 61_000;
    await courier.drain();
    courier.stop();
    expect(receiver.stored).to.have.length(1);
    expect(receiver.stored[0].key).to.equal('k2');
    expect(await outbox.all()).to.deep.equal([]);
  });

  it('leaves entries of other actions alone', async () => {
    const outbox = memoryOutbox();
    await outbox.put({ ...entry('other'), action: 'http://y/api' });
    const courier = new PledgeCourier({
      outbox,
      action: 'http://x/api',
      send: async () => ({ kind: 'sent', receipt: '', code: '' }),
    });
    await courier.drain(true);
    expect((await outbox.all()).map((e) => e.key)).to.deep.equal(['other']);
  });
});

describe('the IndexedDB outbox', () => {
  const name = 'lamtheo-test-outbox';
  afterEach(() => deleteOutboxDatabase(name));

  it('keeps entries across a reopened database until they are deleted', async () => {
    await openOutbox(name).put(entry('a'));
    await openOutbox(name).put(entry('b'));
    const reopened = openOutbox(name);
    expect((await reopened.all()).map((e) => e.key).sort()).to.deep.equal(['a', 'b']);
    await reopened.delete('a');
    expect((await openOutbox(name).all()).map((e) => e.key)).to.deep.equal(['b']);
  });
});

describe('drafts', () => {
  it('are kept per form and template year, and cleared', () => {
    const key = draftKey('ben-tre-2017', 2017);
    expect(key).to.not.equal(draftKey('ben-tre-2017', 2018));
    saveDraft(localStorage, key, filled(), 42);
    expect(loadDraft(localStorage, key)).to.deep.equal({ savedAt: 42, values: filled() });
    clearDraft(localStorage, key);
    expect(loadDraft(localStorage, key)).to.equal(undefined);
  });

  it('survive storage that throws or holds garbage', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(() => saveDraft(broken, 'k', filled())).to.not.throw();
    expect(loadDraft(broken, 'k')).to.equal(undefined);
  });
});

describe('public pledges', () => {
  const parsed = datasetSchema.parse(dataset);
  const byId = new Map(parsed.units!.map((u) => [u.id, u]));

  it('shows only the pledges that agreed to be public, grouped by unit name', () => {
    const groups = groupPledges(publicPledges(parsed, byId), '');
    expect(groups.map((g) => [g.unitName, g.pledges.length])).to.deep.equal([
      ['Đảng bộ huyện Châu Thành', 1],
      ['Đảng bộ thành phố Bến Tre', 1],
    ]);
  });

  it('finds pledges by words of their commitments typed without tone marks', () => {
    const groups = groupPledges(publicPledges(parsed, byId), 'tiep dan');
    expect(groups.flatMap((g) => g.pledges.map((p) => p.pledge.person.fullName))).to.deep.equal(['Nguyễn Văn Hòa']);
  });
});
