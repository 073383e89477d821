import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { memoryOutbox } from '../../../src/components/pledge/outbox.js';
import type { LamtheoPledgeForm } from '../../../src/components/pledge/index.js';
import { shadowText, until } from '../../helpers/page.js';
import { dataset } from './pledge-data.js';
import { fakeReceiver } from './fake-receiver.js';
import { fillRequired, key, pledgeForm, submit, typeInto } from './form-helpers.js';

const focused = (el: LamtheoPledgeForm) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<lamtheo-pledge-form>', () => {
  beforeEach(() => localStorage.clear());

  it('builds the form from the template: title, theme, guidance and one fieldset per heading', async () => {
    const { el } = await pledgeForm();
    const text = shadowText(el);
    expect(text).to.contain('Bản đăng ký học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2017');
    expect(text).to.contain('Chuyên đề năm 2017:');
    expect(text).to.contain('dễ kiểm tra');
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['1. Về tư tưởng', '2. Về đạo đức', '3. Về phong cách']);
    await expect(el).to.be.accessible();
  });

  it('on an empty submit shows an error summary that takes focus, with the same words as each field', async () => {
    const { el, receiver, $ } = await pledgeForm();
    typeInto(el, 'position', 'Bí thư chi bộ');
    await submit(el);
    await until(() => focused(el)?.classList.contains('error-summary'), 'focus on the summary');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
      'Nhập họ và tên',
      'Chọn đơn vị',
      'Nhập nội dung đăng ký cho mục “Về tư tưởng”',
      'Nhập nội dung đăng ký cho mục “Về đạo đức”',
      'Nhập nội dung đăng ký cho mục “Về phong cách”',
    ]);
    const name = $<HTMLInputElement>('#fullName')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.contain('fullName-error');
    expect($('#fullName-error')!.textContent).to.contain('Nhập họ và tên');
    expect($<HTMLInputElement>('#position')!.value).to.equal('Bí thư chi bộ');
    expect($('#position')!.getAttribute('aria-invalid')).to.equal('false');
    expect(receiver.state.requests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('moves focus to the field when a summary link is followed', async () => {
    const { el } = await pledgeForm();
    await submit(el);
    const link = await until(() => el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')[2], 'links');
    link.click();
    expect(focused(el)?.id).to.equal('commitment-tu-tuong');
  });

  it('can be completed and sent with the keyboard alone', async () => {
    const { el, receiver } = await pledgeForm();
    const tabTo = async (id: string) => {
      for (let i = 0; i < 12 && focused(el)?.id !== id; i++) await sendKeys({ press: 'Tab' });
      expect(focused(el)?.id, `Tab reaches ${id}`).to.equal(id);
    };
    el.shadowRoot!.querySelector<HTMLInputElement>('#fullName')!.focus();
    await sendKeys({ type: 'Phạm Thị Lan' });
    await tabTo('unitId');
    await sendKeys({ type: 'chau thanh' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await tabTo('cellId');
    await sendKeys({ type: 'tan thach' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    for (const h of ['tu-tuong', 'dao-duc', 'phong-cach']) {
      await tabTo(`commitment-${h}`);
      await sendKeys({ type: `Làm theo ${h}` });
    }
    await tabTo('public');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 5 && focused(el)?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => el.status === 'sent', 'sent');
    expect(receiver.stored).to.have.length(1);
    const pledge = receiver.stored[0].pledge as {
      person: { fullName: string };
      unitId: string;
      cellId: string;
      public: boolean;
    };
    expect(pledge.person.fullName).to.equal('Phạm Thị Lan');
    expect(pledge.unitId).to.equal('huyen-uy-chau-thanh');
    expect(pledge.cellId).to.equal('chi-bo-tan-thach');
    expect(pledge.public).to.equal(true);
    expect(shadowText(el)).to.contain('Số biên nhận: DK2017-00001');
    await until(() => focused(el)?.classList.contains('panel--sent'), 'focus on the confirmation');
    await expect(el).to.be.accessible();
  });

  it('follows the combobox pattern: expanded list, active option, Escape closes', async () => {
    const { el, $ } = await pledgeForm();
    typeInto(el, 'unitId', 'dang bo');
    await el.updateComplete;
    const input = $('#unitId')!;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('#unitId-list [role=option]')).to.have.length(3);
    key(el, 'unitId', 'ArrowDown');
    await el.updateComplete;
    const active = input.getAttribute('aria-activedescendant')!;
    expect($(`#${active}`)!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
    key(el, 'unitId', 'Escape');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers the draft back when the page is opened again, and can drop it', async () => {
    const first = await pledgeForm();
    typeInto(first.el, 'fullName', 'Võ Thị Sáu');
    typeInto(first.el, 'commitment-dao-duc', 'Sống giản dị');
    first.el.remove();

    const again = await pledgeForm();
    expect(shadowText(again.el)).to.contain('Bạn có một bản nháp chưa gửi');
    await expect(again.el).to.be.accessible();
    [...again.el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Tiếp tục bản nháp'))!
      .click();
    await until(() => again.$('#fullName'), 'the form');
    expect(again.$<HTMLInputElement>('#fullName')!.value).to.equal('Võ Thị Sáu');
    expect(again.$<HTMLTextAreaElement>('#commitment-dao-duc')!.value).to.equal('Sống giản dị');
    again.el.remove();

    const third = await pledgeForm();
    [...third.el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Bỏ bản nháp'))!.click();
    await until(() => third.$('#fullName'), 'the form');
    expect(third.$<HTMLInputElement>('#fullName')!.value).to.equal('');
    third.el.remove();
    const fourth = await pledgeForm();
    expect(fourth.$('#fullName')).to.exist;
  });

  it('keeps a pledge sent offline and delivers it once when the browser is back online', async () => {
    const receiver = fakeReceiver(dataset);
    receiver.state.mode = 'down';
    const { el, outbox } = await pledgeForm({ receiver, retryDelay: 60_000 });
    await fillRequired(el);
    await submit(el);
    await until(() => el.status === 'queued', 'queued');
    expect(shadowText(el)).to.contain('Đã lưu, đang chờ mạng');
    expect(await outbox.all()).to.have.length(1);
    await expect(el).to.be.accessible();
    receiver.state.mode = 'up';
    window.dispatchEvent(new Event('online'));
    await until(() => el.status === 'sent', 'sent');
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(receiver.stored).to.have.length(1);
    expect(await outbox.all()).to.have.length(0);
  });

  it('sends once on a double click, and when the receiver stops mid-submit and restarts, stores it once with one key', async () => {
    const receiver = fakeReceiver(dataset);
    receiver.state.mode = 'hang';
    const { el } = await pledgeForm({ receiver });
    await fillRequired(el);
    await submit(el);
    await submit(el);
    expect(el.status).to.equal('sending');
    expect(shadowText(el)).to.contain('Đang gửi…');
    await expect(el).to.be.accessible();
    expect(receiver.state.requests).to.equal(1);
    const key = receiver.state.lastHeaders['idempotency-key'];
    receiver.state.mode = 'error';
    receiver.release();
    await until(() => el.status === 'queued', 'queued');
    receiver.restart();
    receiver.state.mode = 'up';
    await until(() => el.status === 'sent', 'sent after restart');
    expect(receiver.stored).to.have.length(1);
    expect(receiver.stored[0].key).to.equal(key);
    expect(receiver.state.lastHeaders['idempotency-key']).to.equal(key);
  });

  it('retries after a 5xx until the receiver accepts it', async () => {
    const receiver = fakeReceiver(dataset);
    receiver.state.mode = 'error';
    const { el } = await pledgeForm({ receiver });
    await fillRequired(el);
    await submit(el);
    await until(() => receiver.state.requests >= 2, 'a retry');
    receiver.state.mode = 'up';
    await until(() => el.status === 'sent', 'sent');
    expect(receiver.stored).to.have.length(1);
  });

  it('shows field errors from the receiver (4xx) on their fields and keeps what was typed', async () => {
    const receiver = fakeReceiver(dataset);
    const reject = (async () =>
      Response.json(
        { errors: [{ path: 'commitments[1].commitment', message: 'Nội dung trùng với bản đã gửi' }] },
        { status: 422 },
      )) as typeof fetch;
    const { el, $ } = await pledgeForm({ receiver });
    el.fetcher = reject;
    await fillRequired(el);
    await submit(el);
    await until(() => $('#commitment-dao-duc-error'), 'the error on the field');
    expect($('#commitment-dao-duc-error')!.textContent).to.contain('Nội dung trùng với bản đã gửi');
    expect($('.error-summary a')!.textContent).to.contain('Nội dung trùng với bản đã gửi');
    expect($<HTMLInputElement>('#fullName')!.value).to.equal('Lê Văn Tám');
    expect(el.status).to.equal('editing');
  });

  it('sends nothing when the honeypot is filled, and the honeypot is out of reach', async () => {
    const { el, receiver, $ } = await pledgeForm();
    const trap = $<HTMLInputElement>('#hp-website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.getAttribute('autocomplete')).to.equal('off');
    expect(trap.closest('[aria-hidden=true]')).to.exist;
    await fillRequired(el);
    typeInto(el, 'hp-website', 'http://spam.example');
    await submit(el);
    await until(() => el.status === 'sent', 'a quiet success');
    expect(receiver.state.requests).to.equal(0);
  });

  it('delivers on the next visit what an earlier visit left in the outbox', async () => {
    const receiver = fakeReceiver(dataset);
    receiver.state.mode = 'down';
    const outbox = memoryOutbox();
    const first = await pledgeForm({ receiver, outbox, retryDelay: 60_000 });
    await fillRequired(first.el);
    await submit(first.el);
    await until(() => first.el.status === 'queued', 'queued');
    first.el.remove();
    receiver.state.mode = 'up';
    const second = await pledgeForm({ receiver, outbox });
    await until(() => second.el.status === 'sent', 'sent on return');
    expect(shadowText(second.el)).to.contain('Bản đăng ký gửi trước đây đã được nhận');
    expect(shadowText(second.el)).to.contain('DK2017-00001');
    expect(receiver.stored).to.have.length(1);
    await expect(second.el).to.be.accessible();
  });

  it('sends the CSRF token from the page and extra headers', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'tok-123' });
    document.head.append(meta);
    try {
      const { el, receiver } = await pledgeForm();
      el.headers = { 'X-Portal': 'phuong-5' };
      await fillRequired(el);
      await submit(el);
      await until(() => el.status === 'sent', 'sent');
      expect(receiver.state.lastHeaders['x-csrf-token']).to.equal('tok-123');
      expect(receiver.state.lastHeaders['x-portal']).to.equal('phuong-5');
    } finally {
      meta.remove();
    }
  });

  it('works inside a portal form: its value is the pledge as JSON and it is invalid until complete', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <lamtheo-pledge-form name="pledge" draft-key="in-form" .data=${dataset}></lamtheo-pledge-form>
      </form>`,
    );
    const el = form.querySelector('lamtheo-pledge-form')!;
    await until(() => el.shadowRoot!.querySelector('#fullName'), 'the form');
    expect(form.checkValidity()).to.equal(false);
    await fillRequired(el);
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(String(new FormData(form).get('pledge')));
    expect(value.person.fullName).to.equal('Lê Văn Tám');
    expect(value.commitments).to.have.length(3);
  });

  it('shows an error for an unknown template id', async () => {
    const el = await fixture<LamtheoPledgeForm>(
      html`<lamtheo-pledge-form template="khong-co" .data=${dataset}></lamtheo-pledge-form>`,
    );
    await until(() => el.state === 'error', 'error');
    expect(shadowText(el)).to.contain('Mã mẫu đăng ký "khong-co" trong mã nhúng không có trong tệp dữ liệu');
    expect(shadowText(el)).to.contain('Mã nhúng của tiện ích này có 1 lỗi.');
  });
});

describe('<lamtheo-pledge-form> on the Bến Tre fixture', () => {
  beforeEach(() => localStorage.clear());

  for (const template of ['ben-tre-2016', 'ben-tre-2017']) {
    it(`renders the ${template} template with its headings and passes axe`, async () => {
      const data = await (await fetch(new URL('../../fixtures/ben-tre-2016-2017.json', import.meta.url))).json();
      const el = await fixture<LamtheoPledgeForm>(
        html`<lamtheo-pledge-form template=${template} .data=${data} .outbox=${memoryOutbox()}></lamtheo-pledge-form>`,
      );
      await until(() => el.shadowRoot!.querySelector('#fullName'), 'the form');
      const found = data.pledgeTemplates.find((t: { id: string }) => t.id === template);
      const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) =>
        l.textContent!.replace(/^\d+\.\s*/, '').trim(),
      );
      expect(legends).to.deep.equal(found.headings.map((h: { title: string }) => h.title));
      await expect(el).to.be.accessible();
    });
  }
});
