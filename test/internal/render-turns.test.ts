import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { LamtheoElement } from '../../src/internal/base-element.js';

/** An element whose render costs `cost` ms of main-thread time, and which notes in which task it rendered. */
class SlowElement extends LamtheoElement {
  static cost = 3;
  static tasks: number[] = [];
  static task = 0;
  override render() {
    const until = performance.now() + SlowElement.cost;
    while (performance.now() < until);
    SlowElement.tasks.push(SlowElement.task);
    return html`<p>${this.localName} ${SlowElement.tasks.length}</p>`;
  }
}
customElements.define('lamtheo-test-slow', SlowElement);

/** Counts tasks: the number goes up at the start of every task (a message each), until stopped. */
function countTasks(): () => void {
  let on = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    SlowElement.task++;
    if (on) channel.port2.postMessage(undefined);
  };
  channel.port2.postMessage(undefined);
  return () => ((on = false), channel.port1.close());
}

describe('turns for renders', () => {
  it('spreads the first renders of 40 elements added at once over several tasks, none of them long, in order', async () => {
    SlowElement.tasks = [];
    const host = document.createElement('div');
    const elements = Array.from({ length: 40 }, () => document.createElement('lamtheo-test-slow') as SlowElement);
    const stop = countTasks();
    host.append(...elements);
    document.body.append(host);
    try {
      await Promise.all(elements.map((el) => el.updateComplete));
    } finally {
      stop();
      host.remove();
    }
    // Every element rendered, once, in the order it was added.
    expect(elements.map((el) => el.shadowRoot!.querySelector('p')!.textContent)).to.deep.equal(
      elements.map((_, i) => `lamtheo-test-slow ${i + 1}`),
    );
    // 40 renders of 3 ms: 120 ms in one task without turns; with them at most 15 ms (and one render) a task.
    const perTask = new Map<number, number>();
    for (const task of SlowElement.tasks) perTask.set(task, (perTask.get(task) ?? 0) + 1);
    expect(perTask.size, JSON.stringify([...perTask])).to.be.greaterThan(4);
    expect(Math.max(...perTask.values()), JSON.stringify([...perTask])).to.be.at.most(6);
  });

  it('renders a lone element at once, before the next task', async () => {
    SlowElement.tasks = [];
    // A task of its own, well after the previous test's turns.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const el = document.createElement('lamtheo-test-slow') as SlowElement;
    document.body.append(el);
    const renderedBeforeNextTask = await new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (channel.port1.close(), resolve(SlowElement.tasks.length));
      channel.port2.postMessage(undefined);
    });
    el.remove();
    expect(renderedBeforeNextTask).to.equal(1);
  });
});
