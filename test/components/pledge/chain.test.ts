/**
 * The chain's widgets driven as their people would, against the test runner's real receiver
 * (/rx, PGlite): the cell committee signs in with the token `add-reviewer` made, confirms,
 * returns with a comment, publishes with consent and rates; the registrant opens the
 * registration with the receipt and code, reads the comment, amends, and assesses at year end.
 * What is checked is what a person sees: the words, the state, the focus, the alerts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/pledge/chain.js';
import type { LamtheoPledgeAssessment, LamtheoPledgeReview } from '../../../src/components/pledge/chain.js';
import { shadowText, until } from '../../helpers/page.js';
import { levelWords, resultWords, stateWords } from '../../../src/components/pledge/chain-api.js';
import { assessmentResults, registrationStates, selfAssessments } from '../../../src/schema/pledge.js';

const endpoint = '/rx/';
const tag = () => crypto.randomUUID().slice(0, 6);

/** A registration posted straight to the receiver, as the form would. */
async function registered(name: string, extra: Record<string, unknown> = {}) {
  const answer = await fetch('/rx/api/pledges', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      templateId: 'ben-tre-2016',
      year: 2016,
      person: { fullName: name, position: 'Chuyên viên' },
      unitId: 'thanh-uy-ben-tre',
      commitments: [
        { headingId: 'tu-tuong', commitment: `Học Di chúc — ${name}` },
        { headingId: 'dao-duc', commitment: 'Cần, kiệm, liêm, chính' },
        { headingId: 'phong-cach', commitment: 'Gần dân, đúng giờ' },
      ],
      public: true,
      ...extra,
    }),
  });
  expect(answer.status).to.equal(201);
  return (await answer.json()) as { receipt: string; code: string };
}

const token = async (unit: string) =>
  (await executeServerCommand<{ token: string }, { action: string; unit: string }>('lamtheo-receiver', {
    action: 'add-reviewer',
    unit,
  }))!.token;

/** The committee's own calls, for steps the test is not about. */
const asCommittee = (t: string, method: string, path: string, body: unknown) =>
  fetch(`/rx/api/review/pledges/${path}`, {
    method,
    headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

const $ = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const type = (el: Element, selector: string, text: string) => {
  const input = $<HTMLInputElement>(el, selector);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const button = (el: Element, words: string) => {
  const found = [...(el.shadowRoot ?? el).querySelectorAll('button')].find((b) =>
    b.textContent!.trim().startsWith(words),
  );
  expect(found, `a button "${words}"`).to.exist;
  return found!;
};
const control = (action: 'stop' | 'start') =>
  fetch('/rx/control', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action }),
  });
const article = (el: Element, receipt: string) => el.shadowRoot!.querySelector<HTMLElement>(`#r-${receipt}`);
/** The words of a part of a widget, as read: spaces collapsed. */
const words = (part: Element | null) => (part?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => sessionStorage.clear());

/** A widget once the receiver's public dataset (the headings, the units) is read. */
async function ready<T extends Element>(el: T): Promise<T> {
  await until(() => el.getAttribute('state') === 'ready', `<${el.localName}> ready`, 10_000);
  return el;
}

it("the widgets' words cover the schema's states, results and ratings, in their order", () => {
  expect(Object.keys(stateWords())).to.deep.equal([...registrationStates]);
  expect(Object.keys(resultWords())).to.deep.equal([...assessmentResults]);
  expect(Object.keys(levelWords())).to.deep.equal([...selfAssessments]);
});

describe('<lamtheo-pledge-review>', function () {
  this.timeout(20_000);

  async function signedIn(unit = 'thanh-uy-ben-tre') {
    const el = await ready(
      await fixture<LamtheoPledgeReview>(html`<lamtheo-pledge-review endpoint=${endpoint}></lamtheo-pledge-review>`),
    );
    type(el, '#token', await token(unit));
    button(el, 'Đăng nhập').click();
    await until(() => el.shadowRoot!.querySelector('#desk-title'), 'the desk');
    return el;
  }

  it('refuses a wrong token in words, and opens the desk of the unit with the right one', async () => {
    const el = await ready(
      await fixture<LamtheoPledgeReview>(html`<lamtheo-pledge-review endpoint=${endpoint}></lamtheo-pledge-review>`),
    );
    expect($(el, 'label[for="token"]').textContent).to.equal('Mã người duyệt');
    expect($<HTMLInputElement>(el, '#token').type).to.equal('password');
    type(el, '#token', 'lt_khong-dung');
    button(el, 'Đăng nhập').click();
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).to.contain('Mã người duyệt không đúng hoặc đã bị thu hồi');
    await expect(el).to.be.accessible();

    type(el, '#token', await token('thanh-uy-ben-tre'));
    button(el, 'Đăng nhập').click();
    const title = await until(() => el.shadowRoot!.querySelector<HTMLElement>('#desk-title'), 'the desk');
    expect(title.textContent).to.equal('Bản đăng ký của Thành ủy Bến Tre');
    await until(() => el.shadowRoot!.activeElement === title, 'focus on the heading');
  });

  it("shows its unit's registrations and not another unit's", async () => {
    const mine = await registered(`Người Thành ủy ${tag()}`);
    const theirs = await registered(`Người Tỉnh ${tag()}`, { unitId: 'tinh-ben-tre' });
    const el = await signedIn();
    await until(() => article(el, mine.receipt), 'its own registration');
    expect(article(el, theirs.receipt)).to.equal(null);
    expect(shadowText(el)).not.to.contain(theirs.receipt);
  });

  it('confirms, returns only with a comment (kept when refused), publishes only with consent', async () => {
    const name = `Nguyễn Thị Duyệt ${tag()}`;
    const a = await registered(name);
    const b = await registered(`Người Không Công Khai ${tag()}`, { public: false });
    const el = await signedIn();
    const first = await until(() => article(el, a.receipt), 'the registration');
    expect(words(first)).to.contain('Chờ chi ủy xác nhận');
    expect(words(first)).to.contain('Học tập và làm theo tư tưởng Hồ Chí Minh'); // the heading's title

    button(first, 'Trả lại').click();
    const comment = await until(
      () => el.shadowRoot!.querySelector<HTMLTextAreaElement>(`#comment-${a.receipt}`),
      'the comment box',
    );
    await until(() => el.shadowRoot!.activeElement === comment, 'focus in the comment box');
    button(first, 'Gửi trả lại').click();
    expect((await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the alert')).textContent).to.contain(
      'Ghi nhận xét',
    );
    type(el, `#comment-${a.receipt}`, 'Bổ sung biện pháp cụ thể');
    button(first, 'Gửi trả lại').click();
    await until(() => words(article(el, a.receipt)).includes('Chi ủy trả lại để bổ sung'), 'returned');
    expect(words(article(el, a.receipt))).to.contain('Nhận xét đã gửi: Bổ sung biện pháp cụ thể');
    expect($(el, '.said').textContent).to.contain(`Đã trả lại bản đăng ký ${a.receipt}`);

    const publicBox = () => el.shadowRoot!.querySelector<HTMLInputElement>(`#public-${a.receipt}`)!;
    expect(publicBox().disabled).to.equal(true);
    expect(words(article(el, a.receipt))).to.contain('Công khai được sau khi xác nhận');
    button(article(el, a.receipt)!, 'Xác nhận').click();
    await until(() => words(article(el, a.receipt)).includes('Đã được chi ủy xác nhận'), 'confirmed');
    expect(publicBox().disabled).to.equal(false);
    publicBox().click();
    await until(() => $(el, '.said').textContent!.includes(`Đã công khai bản đăng ký ${a.receipt}`), 'published');
    const listed = await (await fetch('/rx/api/pledges')).json();
    expect(listed.pledges.map((p: { id: string }) => p.id)).to.include(a.receipt);

    const other = await until(() => article(el, b.receipt), 'the other registration');
    button(other, 'Xác nhận').click();
    await until(() => words(article(el, b.receipt)).includes('Đã được chi ủy xác nhận'), 'confirmed');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>(`#public-${b.receipt}`)!.disabled).to.equal(true);
    expect(words(article(el, b.receipt))).to.contain('Người đăng ký không đồng ý công khai');
    await expect(el).to.be.accessible();
  });

  it('rates a self-assessed registration and filters by state', async () => {
    const a = await registered(`Người Xếp Loại ${tag()}`);
    const t = await token('thanh-uy-ben-tre');
    await asCommittee(t, 'POST', a.receipt, { action: 'confirm' });
    const items = ['tu-tuong', 'dao-duc', 'phong-cach'].map((headingId) => ({ headingId, result: 'done' }));
    await fetch('/rx/api/pledges/self/assessment', {
      method: 'PUT',
      headers: { Authorization: `Receipt ${a.receipt}:${a.code}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        items: [...items.slice(0, 2), { headingId: 'phong-cach', result: 'partly', note: 'Còn muộn hai buổi' }],
      }),
    });
    const el = await signedIn();
    button(el, 'Đã tự đánh giá, chờ xếp loại').click();
    const card = await until(() => article(el, a.receipt), 'the registration');
    expect(words(card)).to.contain('Tự đánh giá: Hoàn thành một phần — Còn muộn hai buổi');
    button(card, 'Lưu xếp loại').click();
    expect((await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert')).textContent).to.contain(
      'Chọn một mức',
    );
    expect(card.isConnected, 'the same registration is on the page, not drawn again').to.equal(true);
    const httnv = [...card.querySelectorAll<HTMLLabelElement>('label.choice')].find((l) =>
      l.textContent!.includes('HTTNV'),
    )!;
    expect(httnv.textContent).to.contain('Hoàn thành tốt nhiệm vụ');
    httnv.querySelector('input')!.click();
    button(card, 'Lưu xếp loại').click();
    await until(() => $(el, '.said').textContent!.includes(`Đã xếp loại HTTNV cho bản đăng ký ${a.receipt}`), 'rated');
    const self = await (
      await fetch('/rx/api/pledges/self', { headers: { Authorization: `Receipt ${a.receipt}:${a.code}` } })
    ).json();
    expect(self.rating.level).to.equal('HTTNV');
  });

  it('speaks English on an English page, with no Vietnamese interface words', async () => {
    const el = await fixture<LamtheoPledgeReview>(
      html`<div lang="en"><lamtheo-pledge-review endpoint=${endpoint}></lamtheo-pledge-review></div>`,
    ).then((d) => d.querySelector('lamtheo-pledge-review')!);
    await until(() => shadowText(el).includes('Reviewer token'), 'English');
    type(el, '#token', await token('thanh-uy-ben-tre'));
    button(el, 'Sign in').click();
    await until(() => el.shadowRoot!.querySelector('#desk-title'), 'the desk');
    const words = shadowText(el);
    expect(words).to.contain('Pledges of Thành ủy Bến Tre');
    for (const vi of ['Xác nhận', 'Trả lại', 'Công khai', 'Đăng xuất', 'Tất cả', 'Chờ chi ủy'])
      expect(words).not.to.contain(vi);
  });
});

describe('<lamtheo-pledge-assessment>', function () {
  this.timeout(20_000);

  it('opens with the receipt and code as typed, shows the comment, amends, then assesses at year end', async () => {
    const name = `Trần Văn Tự ${tag()}`;
    const sent = await registered(name);
    const t = await token('thanh-uy-ben-tre');
    await asCommittee(t, 'POST', sent.receipt, { action: 'return', comment: 'Ghi rõ thời hạn' });

    const el = await ready(
      await fixture<LamtheoPledgeAssessment>(
        html`<lamtheo-pledge-assessment endpoint=${endpoint} receipt=${sent.receipt}></lamtheo-pledge-assessment>`,
      ),
    );
    expect($<HTMLInputElement>(el, '#receipt').value).to.equal(sent.receipt);
    type(el, '#code', 'AAAA-BBBB-CCCC');
    button(el, 'Mở bản đăng ký').click();
    expect((await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert')).textContent).to.contain(
      'không đúng',
    );
    expect($<HTMLInputElement>(el, '#receipt').value, 'what was typed stays').to.equal(sent.receipt);
    type(el, '#code', sent.code.toLowerCase().replace(/-/g, ' '));
    button(el, 'Mở bản đăng ký').click();
    const title = await until(() => el.shadowRoot!.querySelector<HTMLElement>('#title'), 'the registration');
    expect(title.textContent).to.equal(`Bản đăng ký số ${sent.receipt}`);
    expect(shadowText(el)).to.contain('Nhận xét của chi ủy: Ghi rõ thời hạn');
    expect(shadowText(el)).to.contain('Chi ủy trả lại để bổ sung');

    type(el, '#c-tu-tuong', 'Học Di chúc của Bác, xong trước 31/12');
    type(el, '#m-dao-duc', 'Tự kiểm điểm mỗi tháng, ghi sổ');
    // A deadline that is not a real day is said on its field before anything is sent.
    type(el, '#d-tu-tuong', '31/02/2016');
    button(el, 'Gửi lại bản đăng ký').click();
    const wrongDay = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the deadline alert');
    expect(wrongDay.textContent).to.contain('không có ngày 31 tháng 2 năm 2016 (tháng 2 năm 2016 chỉ có 29 ngày)');
    await until(() => el.shadowRoot!.activeElement?.id === 'd-tu-tuong', 'focus on the deadline');
    type(el, '#d-tu-tuong', '31/12/2016');
    button(el, 'Gửi lại bản đăng ký').click();
    await until(() => shadowText(el).includes('Đã gửi lại bản đăng ký'), 'amended');
    expect(shadowText(el)).to.contain('Chờ chi ủy xác nhận');
    const stored = await (
      await fetch('/rx/api/pledges/self', { headers: { Authorization: `Receipt ${sent.receipt}:${sent.code}` } })
    ).json();
    expect(stored.pledge.commitments[1].measures).to.equal('Tự kiểm điểm mỗi tháng, ghi sổ');
    expect(stored.pledge.commitments[0].deadline).to.equal('2016-12-31');

    await asCommittee(t, 'POST', sent.receipt, { action: 'confirm' });
    button(el, 'Đóng').click();
    await until(() => el.shadowRoot!.querySelector('#code'), 'the sign-in again');
    type(el, '#code', sent.code);
    button(el, 'Mở bản đăng ký').click();
    await until(() => el.shadowRoot!.querySelectorAll('fieldset').length === 3, 'one fieldset per heading');
    expect(shadowText(el)).to.contain('Học Di chúc của Bác, xong trước 31/12');
    button(el, 'Gửi bản tự đánh giá').click();
    expect((await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert')).textContent).to.contain(
      'Chọn kết quả cho nội dung "Học tập và làm theo tư tưởng Hồ Chí Minh"',
    );
    for (const fieldset of el.shadowRoot!.querySelectorAll('fieldset')) {
      const done = [...fieldset.querySelectorAll<HTMLLabelElement>('label.choice')].find(
        (l) => l.textContent!.trim() === 'Hoàn thành',
      )!;
      done.querySelector('input')!.click();
    }
    type(el, '#n-dao-duc', 'Cả năm không vi phạm');
    button(el, 'Gửi bản tự đánh giá').click();
    await until(() => shadowText(el).includes('Đã lưu bản tự đánh giá'), 'assessed');
    expect(shadowText(el)).to.contain('Đã tự đánh giá, chờ xếp loại');
    await expect(el).to.be.accessible();

    await asCommittee(t, 'PUT', `${sent.receipt}/rating`, { level: 'HTTNV' });
    button(el, 'Đóng').click();
    await until(() => el.shadowRoot!.querySelector('#code'), 'the sign-in again');
    type(el, '#code', sent.code);
    await sendKeys({ press: 'Enter' });
    await until(() => shadowText(el).includes('Chi ủy xếp loại: HTTNV — Hoàn thành tốt nhiệm vụ'), 'the rating');
    expect(shadowText(el)).to.contain('Tự đánh giá: Hoàn thành — Cả năm không vi phạm');
  });

  it('keeps what was typed and says what happened when the receiver fails, and says so when it cannot be reached', async () => {
    const sent = await registered(`Người Chờ Máy ${tag()}`);
    const el = await fixture<LamtheoPledgeAssessment>(
      html`<lamtheo-pledge-assessment endpoint=${endpoint}></lamtheo-pledge-assessment>`,
    );
    await until(() => el.shadowRoot!.querySelector('#code'), 'the sign-in');
    type(el, '#receipt', sent.receipt);
    type(el, '#code', sent.code);
    await control('stop');
    try {
      button(el, 'Mở bản đăng ký').click();
      const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'alert');
      expect(alert.textContent).to.contain('Máy nhận gặp lỗi (mã 503)');
      expect(alert.textContent).to.contain('những gì bạn đã gõ vẫn còn');
      expect($<HTMLInputElement>(el, '#code').value).to.equal(sent.code);
    } finally {
      await control('start');
    }
    button(el, 'Mở bản đăng ký').click();
    await until(() => el.shadowRoot!.querySelector('#title'), 'opened once the receiver is back');

    const away = await fixture<LamtheoPledgeAssessment>(
      html`<lamtheo-pledge-assessment endpoint="http://127.0.0.1:9/"></lamtheo-pledge-assessment>`,
    );
    await until(() => away.getAttribute('state') === 'error', 'the error state', 10_000);
    expect(shadowText(away)).to.contain('Không kết nối được tới máy chủ');
  });

  it('speaks English on an English page', async () => {
    const el = await fixture<LamtheoPledgeAssessment>(
      html`<div lang="en"><lamtheo-pledge-assessment endpoint=${endpoint}></lamtheo-pledge-assessment></div>`,
    ).then((d) => d.querySelector('lamtheo-pledge-assessment')!);
    await until(() => shadowText(el).includes('Private code'), 'English');
    for (const vi of ['Số biên nhận', 'Mã riêng', 'Mở bản đăng ký']) expect(shadowText(el)).not.to.contain(vi);
  });
});
