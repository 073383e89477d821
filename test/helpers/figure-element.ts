import { html } from 'lit';
import { LamtheoDataElement } from '../../src/internal/data-element.js';
import type { LoadedDataset } from '../../src/data/read.js';
import { safeDefine } from '../../src/internal/base-element.js';

/** The smallest data widget: shows metric `m`. Lets data-layer tests watch what a widget shows. */
export class TestFigure extends LamtheoDataElement {
  renders = 0;
  protected override isEmpty(data: LoadedDataset): boolean {
    return !data.dataset.metrics?.length;
  }
  protected override renderData(data: LoadedDataset) {
    this.renders++;
    return html`<span part="value">${data.dataset.metrics?.[0]?.value}</span>`;
  }
}
safeDefine('test-figure', TestFigure);

export const valueOf = (element: Element) =>
  element.shadowRoot?.querySelector('[part~=value]')?.textContent ?? undefined;

/** Unique per test, so the fault server keeps each test's requests apart. */
export const newKey = () => Math.random().toString(36).slice(2);

/** The fault server's data URL for a test: `api(key, 'status=500&delay=100')`. */
export const api = (key: string, query = '') => `/test-api/data?key=${key}${query ? `&${query}` : ''}`;

export async function requestCount(key: string): Promise<number> {
  return (await (await fetch(`/test-api/count?key=${key}`)).json()).count;
}

export async function script(key: string, replies: unknown[]): Promise<void> {
  await fetch(`/test-api/script?key=${key}`, { method: 'POST', body: JSON.stringify(replies) });
}

export const dataset = (value: number) => ({ version: 1, metrics: [{ id: 'm', label: 'Đảng viên', value }] });

/** Every state an element passes through from now on (from its `lamtheo-state` events). */
export function recordStates(element: Element): string[] {
  const states: string[] = [];
  element.addEventListener('lamtheo-state', (event) => states.push((event as Event & { state: string }).state));
  return states;
}
