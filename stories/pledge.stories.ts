import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/pledge/index.js';
import { playground } from './playground.js';
import { memoryOutbox } from '../src/components/pledge/outbox.js';
import type { LamtheoPledgeForm } from '../src/components/pledge/index.js';
import { dataset } from '../test/components/pledge/pledge-data.js';

/**
 * The pledge form of Bến Tre 2017 (seed 002: the classic three headings, "cụ thể, sát với
 * nhiệm vụ từng người, ngắn, dễ nhớ, dễ làm và dễ kiểm tra"). Each story posts to a stand-in
 * receiver in the page, so every state can be seen without a server.
 */
type Receiver = (url: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

const receivers: Record<string, Receiver> = {
  accepts: async () => Response.json({ receipt: 'DK2017-00042', code: 'K7QM-2XPD-9RTA' }, { status: 201 }),
  hangs: () => new Promise<Response>(() => {}),
  offline: () => Promise.reject(new TypeError('Failed to fetch')),
  rejects: async () =>
    Response.json(
      { errors: [{ path: 'commitments[1].commitment', message: 'Nội dung trùng với bản đăng ký đã gửi' }] },
      { status: 422 },
    ),
};

/**
 * How a story sets the scene: which stand-in receiver answers, and whether the story types into
 * the form and sends it. Story parameters, not args, so they stay out of the element's API table.
 */
interface Scene {
  receiver: keyof typeof receivers;
  fill: boolean;
  submit: boolean;
}
const scene = (setup: Partial<Scene>) => ({ scene: setup });

/** Types into the form and presses "Gửi", the way a person would, once the form is there. */
async function drive(el: LamtheoPledgeForm, { fill, submit }: Scene) {
  const root = () => el.shadowRoot;
  for (let i = 0; i < 100 && !root()?.querySelector('#fullName'); i++) await new Promise((r) => setTimeout(r, 30));
  const type = (id: string, value: string) => {
    const input = root()!.querySelector<HTMLInputElement>(`#${id}`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input'));
  };
  if (fill) {
    type('fullName', 'Nguyễn Văn Hòa');
    type('position', 'Bí thư Chi bộ Phường 5');
    type('unitId', 'Đảng bộ thành phố Bến Tre');
    type('commitment-tu-tuong', 'Kiên định lập trường, không dao động trước thông tin xấu độc.');
    type('commitment-dao-duc', 'Nói đi đôi với làm; tự kiểm điểm hằng tháng.');
    type('commitment-phong-cach', 'Gần dân, tiếp dân mỗi tuần.');
    await el.updateComplete;
  }
  if (submit) root()!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const meta: Meta = {
  title: 'Widgets/Pledge form',
  component: 'lamtheo-pledge-form',
  render: (_args, { parameters }) => {
    const setup: Scene = { receiver: 'accepts', fill: false, submit: false, ...(parameters.scene as Partial<Scene>) };
    localStorage.removeItem('lamtheo:pledge-draft:story:2017');
    const el = document.createElement('lamtheo-pledge-form');
    Object.assign(el, {
      data: dataset,
      fetcher: receivers[setup.receiver],
      outbox: memoryOutbox(),
      retryDelay: 60_000,
    });
    el.setAttribute('action', '/api/pledges');
    el.setAttribute('draft-key', 'story');
    void drive(el, setup);
    return el;
  },
};
export default meta;

type Story = StoryObj;

/** The empty form, as a person first sees it. */
export const Empty: Story = {};

/** Sent empty: the error summary takes focus and links to each field. */
export const Invalid: Story = { parameters: scene({ submit: true }) };

/** Waiting for the receiver; a second click sends nothing more. */
export const Sending: Story = { parameters: scene({ receiver: 'hangs', fill: true, submit: true }) };

/** The network is down: the pledge waits in the outbox and is sent when the browser is back online. */
export const QueuedOffline: Story = {
  name: 'Queued offline',
  parameters: scene({ receiver: 'offline', fill: true, submit: true }),
};

/** The receiver confirmed it: the receipt number. */
export const Sent: Story = { parameters: scene({ fill: true, submit: true }) };

/** The receiver refused a field (422): the error is shown on that field, nothing typed is lost. */
export const ReceiverError: Story = {
  name: 'Receiver error',
  parameters: scene({ receiver: 'rejects', fill: true, submit: true }),
};

/** In English, inside an element with `lang="en"`. */
export const English: Story = {
  parameters: scene({ submit: true }),
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/**
 * Edit the year's form as JSON in the Controls panel ("dataset"): add a heading to
 * `pledgeTemplates[0].headings` and the form grows a field; the problems show below.
 */
export const Playground: Story = playground(
  { version: 1, pledgeTemplates: dataset.pledgeTemplates, units: dataset.units },
  (data) => html`<lamtheo-pledge-form .data=${data} action="/api/pledges"></lamtheo-pledge-form>`,
) as Story;
