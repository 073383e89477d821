// Issue 12 item 8: errors follow the fields once shown, Enter in the unit picker does not
// submit, and deadlines are typed day first (dd/mm/yyyy) and kept as ISO dates.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LamtheoPledgeForm } from '../../../src/components/pledge/index.js';
import { readDateText, showDateText } from '../../../src/components/pledge/date-text.js';
import { until } from '../../helpers/page.js';
import { fillRequired, pledgeForm, submit } from './form-helpers.js';
import { dataset } from './pledge-data.js';

const focused = (el: LamtheoPledgeForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const summaryLinks = (el: LamtheoPledgeForm) =>
  [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());
const visibleError = (el: LamtheoPledgeForm, id: string) =>
  el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function typeAt(el: LamtheoPledgeForm, id: string, text: string) {
  el.shadowRoot!.querySelector<HTMLElement>(`#${id}`)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<lamtheo-pledge-form> corrections (issue 12)', () => {
  beforeEach(() => localStorage.clear());

  it('clears a field’s error as soon as it is corrected, in the field and in the summary, and keeps the rest', async () => {
    const { el, $ } = await pledgeForm();
    await submit(el);
    await until(() => summaryLinks(el).length === 5, 'the summary');
    expect(visibleError(el, 'fullName')).to.contain('Nhập họ và tên');
    await typeAt(el, 'fullName', 'Lê Văn Tám');
    expect(visibleError(el, 'fullName')).to.equal('');
    expect($('#fullName')!.getAttribute('aria-invalid')).to.equal('false');
    expect($('#fullName')!.closest('.field')!.classList.contains('field--error')).to.equal(false);
    expect(summaryLinks(el)).to.not.include('Nhập họ và tên');
    expect(summaryLinks(el)).to.include('Nhập nội dung đăng ký cho mục “Về tư tưởng”');
    expect(visibleError(el, 'commitment-tu-tuong')).to.contain('Nhập nội dung đăng ký');
    expect($<HTMLInputElement>('#fullName')!.value).to.equal('Lê Văn Tám');
    // Emptied again: no new error while typing; the next submit shows it.
    $<HTMLInputElement>('#fullName')!.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(visibleError(el, 'fullName')).to.equal('');
    for (const h of ['tu-tuong', 'dao-duc', 'phong-cach']) await typeAt(el, `commitment-${h}`, 'Làm theo');
    expect(summaryLinks(el)).to.deep.equal(['Chọn đơn vị']);
    await typeAt(el, 'unitId', 'thanh pho ben tre');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.error-summary'), 'no error left, no summary').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('rewords a shown error when the field is left with another problem', async () => {
    const { el } = await pledgeForm();
    await fillRequired(el);
    await typeAt(el, 'deadline-tu-tuong', '40/1/2024');
    await submit(el);
    await until(() => visibleError(el, 'deadline-tu-tuong'), 'the error');
    expect(visibleError(el, 'deadline-tu-tuong')).to.contain('không có ngày 40 tháng 1 năm 2024');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#deadline-tu-tuong')!;
    field.focus();
    field.select();
    await sendKeys({ type: '30/2/2024' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(visibleError(el, 'deadline-tu-tuong')).to.contain('không có ngày 30 tháng 2 năm 2024');
    expect(summaryLinks(el)[0]).to.contain('không có ngày 30 tháng 2 năm 2024');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#deadline-tu-tuong')!.value).to.equal('30/2/2024');
  });

  it('Enter in the unit picker with no matching unit does not submit; with one highlighted it picks it', async () => {
    const { el, receiver, $ } = await pledgeForm();
    await fillRequired(el);
    const unit = $<HTMLInputElement>('#unitId')!;
    unit.focus();
    unit.select();
    await sendKeys({ type: 'khong co don vi nay' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.shadowRoot!.querySelector('.error-summary'), 'no submit, no summary').to.equal(null);
    expect(focused(el)?.id).to.equal('unitId');
    expect(unit.value).to.equal('khong co don vi nay');
    expect(unit.getAttribute('aria-expanded')).to.equal('false');
    expect(receiver.state.requests).to.equal(0);
    expect(el.status).to.equal('editing');
    unit.select();
    await sendKeys({ type: 'chau thanh' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(unit.value).to.equal('Đảng bộ huyện Châu Thành');
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(receiver.state.requests).to.equal(0);
    // A unit chosen and the list closed: Enter is the form's ordinary submit.
    await sendKeys({ press: 'Enter' });
    await until(() => el.status === 'sent', 'sent');
    expect(receiver.stored).to.have.length(1);
  });

  it('reads a deadline day first: "5/6/2024" is 5 June 2024, shown as 05/06/2024 and sent as 2024-06-05', async () => {
    const { el, receiver, $ } = await pledgeForm();
    const field = $<HTMLInputElement>('#deadline-dao-duc')!;
    expect(field.type).to.equal('text');
    expect(field.inputMode).to.equal('numeric');
    expect($('#deadline-dao-duc-hint')!.textContent).to.contain('dd/mm/yyyy');
    expect(field.getAttribute('aria-describedby')).to.contain('deadline-dao-duc-hint');
    await fillRequired(el);
    await typeAt(el, 'deadline-dao-duc', '5/6/2024');
    expect(field.value, 'what is typed stays as typed').to.equal('5/6/2024');
    const draft = JSON.parse(localStorage.getItem('lamtheo:pledge-draft:test:2017')!);
    expect(draft.values.commitments['dao-duc'].deadline).to.equal('2024-06-05');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(field.value).to.equal('05/06/2024');
    await submit(el);
    await until(() => el.status === 'sent', 'sent');
    const pledge = receiver.stored[0].pledge as { commitments: { headingId: string; deadline?: string }[] };
    expect(pledge.commitments.find((c) => c.headingId === 'dao-duc')!.deadline).to.equal('2024-06-05');
  });

  it('says in words that 31 February does not exist, and sends nothing', async () => {
    const { el, receiver } = await pledgeForm();
    await fillRequired(el);
    await typeAt(el, 'deadline-phong-cach', '31/02/2024');
    await submit(el);
    await until(() => visibleError(el, 'deadline-phong-cach'), 'the error');
    expect(visibleError(el, 'deadline-phong-cach')).to.equal(
      'Lỗi: Thời hạn cho mục “Về phong cách”: không có ngày 31 tháng 2 năm 2024 (tháng 2 năm 2024 chỉ có 29 ngày)',
    );
    expect(summaryLinks(el)).to.have.length(1);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#deadline-phong-cach')!.value).to.equal('31/02/2024');
    expect(receiver.state.requests).to.equal(0);
  });

  it('on an English page keeps the same day-first order and says so, in English', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><lamtheo-pledge-form draft-key="en" .data=${dataset}></lamtheo-pledge-form></div>`,
    );
    const el = wrapper.querySelector<LamtheoPledgeForm>('lamtheo-pledge-form')!;
    await until(() => el.shadowRoot!.querySelector('#deadline-dao-duc'), 'the form');
    await until(
      () =>
        el.shadowRoot!.querySelector('#deadline-dao-duc-hint')!.textContent!.includes('Day/month/year (dd/mm/yyyy)'),
      'the English hint',
    );
    await typeAt(el, 'deadline-dao-duc', '31/02/2024');
    await submit(el);
    await until(() => visibleError(el, 'deadline-dao-duc'), 'the error');
    expect(visibleError(el, 'deadline-dao-duc')).to.contain(
      '31 February 2024 does not exist (February 2024 has only 29 days)',
    );
  });

  it('reads the ways people write a date, against the real calendar', () => {
    for (const s of ['5/6/2024', '05-06-2024', '5.6.2024', '05/06/2024', ' 5 / 6 / 2024 ', '2024-06-05'])
      expect(readDateText(s), s).to.deep.equal({ kind: 'date', iso: '2024-06-05' });
    expect(readDateText('29/2/2024')).to.deep.equal({ kind: 'date', iso: '2024-02-29' });
    expect(readDateText('29/2/2023')).to.deep.equal({ kind: 'day', day: 29, month: 2, year: 2023 });
    expect(readDateText('1/13/2024')).to.deep.equal({ kind: 'month', month: 13 });
    expect(readDateText('6/2024').kind).to.equal('format');
    expect(readDateText('5/6/24').kind).to.equal('format');
    expect(readDateText('').kind).to.equal('empty');
    expect(showDateText('2024-06-05')).to.equal('05/06/2024');
    expect(showDateText('31/02/2024')).to.equal('31/02/2024');
  });
});
