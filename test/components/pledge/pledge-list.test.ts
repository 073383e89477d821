import { expect, fixture, html } from '@open-wc/testing';
import type { LamtheoPledgeList } from '../../../src/components/pledge/index.js';
import '../../../src/components/pledge/index.js';
import { shadowText, until } from '../../helpers/page.js';
import { dataset } from './pledge-data.js';
import { fakeReceiver } from './fake-receiver.js';
import { fillRequired, pledgeForm, submit, typeInto } from './form-helpers.js';

async function list(data: unknown) {
  const el = await fixture<LamtheoPledgeList>(html`<lamtheo-pledge-list .data=${data}></lamtheo-pledge-list>`);
  await until(() => el.state !== 'loading', 'data');
  return el;
}

describe('<lamtheo-pledge-list>', () => {
  beforeEach(() => localStorage.clear());

  it('shows only public pledges, grouped by unit with a count, each with its headings', async () => {
    const el = await list(dataset);
    const headings = [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(headings).to.deep.equal(['Đảng bộ huyện Châu Thành (1)', 'Đảng bộ thành phố Bến Tre (1)']);
    const text = shadowText(el);
    expect(text).to.contain('Bí thư Huyện ủy Châu Thành');
    expect(text).to.contain('Về phong cách');
    expect(text).to.contain('Thời hạn: 31/12/2017');
    expect(text).to.not.contain('Trần Thị Bí Mật');
    await expect(el).to.be.accessible();
  });

  it('finds pledges typed without tone marks and says how many match', async () => {
    const el = await list(dataset);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    // How to search is said in visible text that stays while typing (not a placeholder, which a
    // 375 px phone cut and which goes away at the first letter), and a screen reader hears it.
    expect(search.placeholder).to.equal('');
    expect(search.labels![0].textContent).to.equal('Tìm bản đăng ký');
    const hint = el.shadowRoot!.getElementById(search.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.equal('Tên, đơn vị hoặc nội dung; không cần dấu');
    expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
    search.value = 'nguyen van hoa';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('1 bản đăng ký');
    search.value = 'khong ai';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Không có bản đăng ký nào khớp');
  });

  it('says so when no pledge is public', async () => {
    const el = await list({ ...dataset, pledges: dataset.pledges.filter((p) => !p.public) });
    expect(el.state).to.equal('empty');
    await expect(el).to.be.accessible();
  });

  it('shows hostile text a person typed as text, after it went through the receiver', async () => {
    const receiver = fakeReceiver(dataset);
    const { el: form } = await pledgeForm({ receiver });
    const hostile = '<img src=x onerror="window.__lamtheoPwned=1">Hòa';
    await fillRequired(form, hostile);
    typeInto(form, 'commitment-tu-tuong', '<script>window.__lamtheoPwned=2</script>');
    form.shadowRoot!.querySelector<HTMLInputElement>('#public')!.click();
    await submit(form);
    await until(() => form.status === 'sent', 'sent');
    const el = await list(receiver.restart().list().json);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(shadowText(el)).to.contain(hostile);
    expect(shadowText(el)).to.contain('<script>window.__lamtheoPwned=2</script>');
    expect((window as unknown as { __lamtheoPwned?: number }).__lamtheoPwned).to.equal(undefined);
  });
});

describe('<lamtheo-pledge-list> on the Bến Tre fixture', () => {
  it('shows the published pledges of the fixture and passes axe', async () => {
    const data = await (await fetch(new URL('../../fixtures/ben-tre-2016-2017.json', import.meta.url))).json();
    const el = await list(data);
    const published = data.pledges.filter((p: { public?: boolean }) => p.public).length;
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(published);
    await expect(el).to.be.accessible();
  });
});
