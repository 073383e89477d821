/**
 * Issue 16's "done when", as a ward would run it, on both stores: `bin/lamtheo.js receiver` on an
 * empty folder (or an empty PostgreSQL database), a child process on its own port, which this
 * page (another origin, on its --allow-origin list) reaches like a portal reaches its receiver.
 * A cadre registers through the pledge form; the receiver is killed with SIGKILL and started
 * again; the cell committee confirms the registration with the token `add-reviewer` printed and
 * makes it public; it appears in the public list and in the counters; another SIGKILL; at year
 * end the cadre reopens it with the receipt's code and assesses it; the committee rates it HTTNV
 * and the rating counters change on the page. Nothing is lost or doubled.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/pledge/index.js';
import '../../src/components/pledge/chain.js';
import '../../src/components/counter/index.js';
import '../../src/internal/dataset-element.js';
import type { LamtheoPledgeForm } from '../../src/components/pledge/index.js';
import { shadowText, until } from '../helpers/page.js';
import { key, submit, typeInto } from '../components/pledge/form-helpers.js';

type Process = { url: string };
const receiver = (payload: Record<string, unknown>) =>
  executeServerCommand<Process & { token: string }, Record<string, unknown>>('lamtheo-receiver-process', payload);

const mounted: Element[] = [];
function mount<T extends HTMLElement>(markup: string): T {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  mounted.push(host);
  return host.firstElementChild as T;
}
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  sessionStorage.clear();
});
after(() => receiver({ action: 'stop' }));

const $ = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const click = (el: Element, words: string, root: ParentNode = el.shadowRoot!) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(words));
  expect(found, `a button "${words}"`).to.exist;
  found!.click();
};
const type = async (el: Element, selector: string, text: string) => {
  const input = await until(() => $<HTMLInputElement>(el, selector), selector);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

/** The figures a visitor sees, read afresh from the receiver (a page opened again). */
async function figures(url: string) {
  const page = mount<HTMLElement>(`<lamtheo-dataset src="${url}api/pledges/dataset.json">
      <lamtheo-counter metric="pledges-registered-2016" no-animation></lamtheo-counter>
      <lamtheo-counter metric="pledges-rated-httnv-2016" no-animation></lamtheo-counter>
      <lamtheo-pledge-list></lamtheo-pledge-list>
    </lamtheo-dataset>`);
  const [registered, httnv] = page.querySelectorAll('lamtheo-counter');
  const list = page.querySelector('lamtheo-pledge-list')!;
  await until(
    () => [registered, httnv, list].every((w) => ['ready', 'empty'].includes(w.getAttribute('state') ?? '')),
    'the figures and the list',
    10_000,
  ).catch((error) => {
    const states = [registered, httnv, list].map(
      (w) => `${w.localName}: ${w.getAttribute('state')} ${shadowText(w).slice(0, 200)}`,
    );
    throw new Error(`${error.message}: ${states.join(' | ')}`);
  });
  const value = (c: Element) => $(c, '[part~="value"]')!.textContent!.trim();
  const seen = { registered: value(registered), httnv: value(httnv), list: shadowText(list) };
  page.remove();
  return seen;
}

for (const store of ['embedded', 'postgres'] as const) {
  describe(`a ward runs the receiver (${store} store)`, function () {
    this.timeout(120_000);

    it('register → SIGKILL → confirm and publish → counted and listed → SIGKILL → assess → rated HTTNV', async () => {
      let { url } = (await receiver({ action: 'start', store, origin: location.origin }))!;
      expect(await figures(url)).to.include({ registered: '0', httnv: '0' });

      // A cadre registers through the form, which reads the year's headings from the receiver.
      const form = mount<LamtheoPledgeForm>(
        `<lamtheo-pledge-form src="${url}api/pledges/dataset.json" template="ben-tre-2016" action="${url}api/pledges" draft-key="journey-${store}"></lamtheo-pledge-form>`,
      );
      await until(() => $(form, '#fullName'), 'the form');
      const name = `Phạm Văn Hành ${store}`;
      typeInto(form, 'fullName', name);
      typeInto(form, 'position', 'Tổ trưởng tổ dân phố');
      typeInto(form, 'unitId', 'thanh uy ben tre');
      await form.updateComplete;
      key(form, 'unitId', 'ArrowDown');
      await form.updateComplete;
      key(form, 'unitId', 'Enter');
      for (const area of form.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea[id^="commitment-"]'))
        typeInto(form, area.id, `Làm gương trong tổ dân phố (${area.id})`);
      $<HTMLInputElement>(form, '#public')!.click();
      await form.updateComplete;
      let code = '';
      form.addEventListener('lamtheo-pledge-sent', (e) => (code = e.detail.code));
      await submit(form);
      await until(() => form.status === 'sent', 'the pledge sent', 10_000);
      const receipt = $(form, '.receipt')!.textContent!;
      expect(receipt).to.match(/^DK2016-\d{5}$/);
      expect($(form, '.code')!.textContent).to.equal(code);

      await receiver({ action: 'kill' });
      ({ url } = (await receiver({ action: 'restart' }))!);

      // The cell committee, with the token the command printed.
      const { token } = (await receiver({ action: 'add-reviewer', unit: 'thanh-uy-ben-tre' }))!;
      const review = mount<HTMLElement>(`<lamtheo-pledge-review endpoint="${url}"></lamtheo-pledge-review>`);
      await type(review, '#token', token);
      click(review, 'Đăng nhập');
      const card = await until(() => $<HTMLElement>(review, `#r-${receipt}`), 'the registration at the committee');
      expect(review.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      click(card, 'Xác nhận', card);
      await until(() => card.textContent!.includes('Đã được chi ủy xác nhận'), 'confirmed');
      $<HTMLInputElement>(review, `#public-${receipt}`)!.click();
      await until(() => $(review, '.said')!.textContent!.includes('Đã công khai'), 'published');

      let seen = await figures(url);
      expect(seen.registered).to.equal('1');
      expect(seen.list).to.contain(name);
      expect(seen.list).to.contain('Làm gương trong tổ dân phố');

      await receiver({ action: 'kill' });
      ({ url } = (await receiver({ action: 'restart' }))!);

      // Year end: the cadre reopens it with the code from the receipt.
      const own = mount<HTMLElement>(`<lamtheo-pledge-assessment endpoint="${url}"></lamtheo-pledge-assessment>`);
      await type(own, '#receipt', receipt);
      await type(own, '#code', code);
      click(own, 'Mở bản đăng ký');
      await until(() => own.shadowRoot!.querySelectorAll('fieldset').length === 3, 'the self-assessment');
      for (const fieldset of own.shadowRoot!.querySelectorAll('fieldset'))
        [...fieldset.querySelectorAll('label.choice')]
          .find((l) => l.textContent!.trim() === 'Hoàn thành')!
          .querySelector('input')!
          .click();
      click(own, 'Gửi bản tự đánh giá');
      await until(() => shadowText(own).includes('Đã lưu bản tự đánh giá'), 'assessed');

      // The committee rates it; the page's rating counter changes.
      const again = mount<HTMLElement>(`<lamtheo-pledge-review endpoint="${url}"></lamtheo-pledge-review>`);
      // Signed in already: the token is kept for this tab (sessionStorage), not asked again.
      const rated = await until(() => $<HTMLElement>(again, `#r-${receipt}`), 'the registration again');
      [...rated.querySelectorAll('label.choice')]
        .find((l) => l.textContent!.includes('HTTNV'))!
        .querySelector('input')!
        .click();
      click(rated, 'Lưu xếp loại', rated);
      await until(() => $(again, '.said')!.textContent!.includes('Đã xếp loại HTTNV'), 'rated');

      seen = await figures(url);
      expect(seen).to.include({ registered: '1', httnv: '1' });
      const self = await (
        await fetch(`${url}api/pledges/self`, { headers: { Authorization: `Receipt ${receipt}:${code}` } })
      ).json();
      expect(self).to.deep.include({ receipt, status: 'rated' });
      expect(self.rating.level).to.equal('HTTNV');
    });
  });
}
