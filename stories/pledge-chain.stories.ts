import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/pledge/chain.js';
import type { Registration } from '../src/components/pledge/chain.js';
import { dataset, pledges } from '../test/components/pledge/pledge-data.js';

/**
 * The pledge chain after the form: the cell committee's desk (`<lamtheo-pledge-review>`) and the
 * registrant's own page (`<lamtheo-pledge-assessment>`). In a portal both talk to
 * `npx lamtheo receiver` (README, "The pledge receiver"); here each story answers from a
 * stand-in in the page that follows the same contract (docs/pledge-http-contract.md), so every
 * state can be seen without a server. Reviewer token `lt_story`; receipt `DK2017-00042`, code
 * `K7QM-2XPD-9RTA`.
 */
const TOKEN = 'lt_story';
const RECEIPT = 'DK2017-00042';
const CODE = 'K7QM-2XPD-9RTA';

type State = Registration['status'];

/** The stand-in: registrations in memory, answering the routes of the contract the widgets call. */
function standIn(first: State = 'submitted') {
  const at = '2017-07-03T02:00:00.000Z';
  const items = (pledge: (typeof pledges)[number]) =>
    pledge.commitments.map((c, i) => ({
      headingId: c.headingId,
      result: i === 1 ? ('partly' as const) : ('done' as const),
    }));
  const make = (receipt: string, pledge: (typeof pledges)[number], status: State, consent = true): Registration => ({
    receipt,
    status,
    pledge: { ...pledge, public: consent } as Registration['pledge'],
    published: false,
    consent,
    receivedAt: at,
    review: status === 'returned' ? { action: 'return', comment: 'Ghi rõ thời hạn cho nội dung đạo đức.', at } : null,
    assessment: status === 'assessed' || status === 'rated' ? { items: items(pledge), at } : null,
    rating: status === 'rated' ? { level: 'HTTNV', at } : null,
    can: {
      amend: status === 'submitted' || status === 'returned',
      assess: status === 'confirmed' || status === 'assessed',
    },
  });
  const list = [
    make(RECEIPT, pledges[0], first),
    make('DK2017-00043', pledges[1] ?? pledges[0], 'assessed'),
    make('DK2017-00044', pledges[2] ?? pledges[0], 'confirmed', false),
  ];
  const can = (r: Registration) => ({
    amend: r.status === 'submitted' || r.status === 'returned',
    assess: r.status === 'confirmed' || r.status === 'assessed',
  });
  const answer = (r: Registration) => Response.json({ ...r, can: can(r) });
  const refuse = (status: number, message: string) => Response.json({ errors: [{ path: '', message }] }, { status });

  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), location.href);
    const path = url.pathname.replace(/^.*?\/api\//, 'api/');
    const auth = new Headers(init.headers).get('Authorization') ?? '';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    const method = init.method ?? 'GET';
    if (path.startsWith('api/review/')) {
      if (auth !== `Bearer ${TOKEN}`) return refuse(401, 'mã người duyệt không đúng hoặc đã bị thu hồi');
      if (path === 'api/review/me')
        return Response.json({
          reviewer: { id: 1, name: null },
          unit: { id: 'thanh-uy-ben-tre', name: 'Đảng bộ thành phố Bến Tre' },
          units: [],
        });
      if (path === 'api/review/pledges') return Response.json({ pledges: list });
      if (path.startsWith('api/review/export.'))
        return new Response('\uFEFFSố biên nhận\r\n', {
          headers: { 'Content-Disposition': 'attachment; filename="dang-ky.csv"' },
        });
      const [, receipt, what] = /^api\/review\/pledges\/([^/]+)\/?(public|rating)?$/.exec(path) ?? [];
      const r = list.find((x) => x.receipt === receipt);
      if (!r) return refuse(404, 'không có bản đăng ký này');
      if (what === 'public') r.published = body.public;
      else if (what === 'rating') Object.assign(r, { status: 'rated', rating: { level: body.level, at } });
      else if (body.action === 'confirm') r.status = 'confirmed';
      else Object.assign(r, { status: 'returned', review: { action: 'return', comment: body.comment, at } });
      return answer(r);
    }
    const mine = list[0];
    if (auth.replace(/[\s-]/g, '').toUpperCase() !== `RECEIPT${RECEIPT}:${CODE}`.replace(/-/g, ''))
      return refuse(401, 'số biên nhận hoặc mã riêng không đúng');
    if (method === 'PUT' && path.endsWith('/assessment'))
      Object.assign(mine, { status: 'assessed', assessment: { items: body.items, at } });
    else if (method === 'PUT') Object.assign(mine, { status: 'submitted', pledge: body });
    return answer(mine);
  }) as typeof fetch;
}

/** Types into a field of a widget once it is there, as a person would. */
async function typeInto(el: HTMLElement, selector: string, value: string) {
  let input: HTMLInputElement | null = null;
  for (let i = 0; i < 100 && !(input = el.shadowRoot?.querySelector<HTMLInputElement>(selector) ?? null); i++)
    await new Promise((r) => setTimeout(r, 30));
  input!.value = value;
  input!.dispatchEvent(new InputEvent('input'));
}

const press = (el: HTMLElement, words: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(words))?.click();

interface Scene {
  /** The state of the story's own registration. */
  state?: State;
  /** Sign in (the committee's token, or the receipt and code) as the story opens. */
  signIn?: boolean;
}

function review({ state = 'submitted', signIn = false }: Scene) {
  sessionStorage.clear();
  const el = document.createElement('lamtheo-pledge-review');
  Object.assign(el, { data: dataset, fetcher: standIn(state) });
  if (signIn) void typeInto(el, '#token', TOKEN).then(() => press(el, 'Đăng nhập') ?? press(el, 'Sign in'));
  return el;
}

function assessment({ state = 'returned', signIn = false }: Scene) {
  const el = document.createElement('lamtheo-pledge-assessment');
  Object.assign(el, { data: dataset, fetcher: standIn(state), receipt: RECEIPT });
  if (signIn) void typeInto(el, '#code', CODE).then(() => press(el, 'Mở bản đăng ký') ?? press(el, 'Open the pledge'));
  return el;
}

const meta: Meta = {
  title: 'Widgets/Pledge chain',
  component: 'lamtheo-pledge-review',
  render: (_args, { parameters }) => review(parameters.scene ?? {}),
};
export default meta;

type Story = StoryObj;

/** The committee's sign-in: the token `npx lamtheo receiver add-reviewer` printed. */
export const ReviewSignIn: Story = { name: 'Review: sign in' };

/** The desk: filters by state, confirm or return, publish with consent, rate the assessed. */
export const ReviewDesk: Story = { name: 'Review: the desk', parameters: { scene: { signIn: true } } };

/** The desk in English. */
export const ReviewEnglish: Story = {
  name: 'Review: English',
  parameters: { scene: { signIn: true } },
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** The registrant's page before signing in: receipt (from `?bien-nhan=` or the attribute) and code. */
export const AssessmentSignIn: Story = {
  name: 'Assessment: sign in',
  render: (_args, { parameters }) => assessment(parameters.scene ?? {}),
};

/** Returned by the committee: the comment, and the commitments to amend. */
export const AssessmentReturned: Story = {
  name: 'Assessment: returned',
  render: (_args, { parameters }) => assessment(parameters.scene ?? {}),
  parameters: { scene: { state: 'returned', signIn: true } },
};

/** Year end: one choice per heading (done, partly, not done) and a note. */
export const AssessmentYearEnd: Story = {
  name: 'Assessment: year end',
  render: (_args, { parameters }) => assessment(parameters.scene ?? {}),
  parameters: { scene: { state: 'confirmed', signIn: true } },
};

/** Rated: the committee's rating in words. */
export const AssessmentRated: Story = {
  name: 'Assessment: rated',
  render: (_args, { parameters }) => assessment(parameters.scene ?? {}),
  parameters: { scene: { state: 'rated', signIn: true } },
};

/** The registrant's page in English. */
export const AssessmentEnglish: Story = {
  name: 'Assessment: English',
  render: (_args, { parameters }) => assessment(parameters.scene ?? {}),
  parameters: { scene: { state: 'confirmed', signIn: true } },
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};
