import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/studio/index.js';
import type { LamtheoStudio } from '../../src/studio/index.js';
import { until } from '../helpers/page.js';

/** A studio in a `lang` block, with a draft key of its own. */
export async function studio(lang: 'vi' | 'en' = 'vi', draftKey = 'studio-test'): Promise<LamtheoStudio> {
  const holder = await fixture<HTMLElement>(
    html`<div lang=${lang}><lamtheo-studio draft-key=${draftKey}></lamtheo-studio></div>`,
  );
  const el = holder.querySelector('lamtheo-studio')!;
  await until(() => el.shadowRoot?.querySelector('[role=tablist]'), 'the studio');
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: LamtheoStudio, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector);
export const $$ = <T extends Element = HTMLElement>(el: LamtheoStudio, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];

/** The label's words without the "(không bắt buộc)" note. */
const labelText = (label: Element) =>
  [...label.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The controls labelled `words` (in the order of the page), inside `within` when given. */
export function labelled<T extends HTMLElement = HTMLInputElement>(
  el: LamtheoStudio,
  words: string,
  within?: Element,
): T[] {
  const root = within ?? el.shadowRoot!;
  return [...root.querySelectorAll('label')]
    .filter((label) => labelText(label) === words || label.textContent!.trim() === words)
    .map((label) => el.shadowRoot!.getElementById(label.htmlFor) as T)
    .filter(Boolean);
}

/** Types into a field as a person does: focus, select what is there, type, leave the field (Tab). */
export async function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

export async function clickButton(el: LamtheoStudio, words: string, within?: Element): Promise<void> {
  const root = within ?? el.shadowRoot!;
  const button = [...root.querySelectorAll('button')].find((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim().startsWith(words),
  );
  if (!button) throw new Error(`no button "${words}"`);
  button.click();
  await el.updateComplete;
}

export async function openTab(el: LamtheoStudio, words: string): Promise<void> {
  const tab = $$(el, '[role=tab]').find((t) => t.textContent!.trim().startsWith(words));
  if (!tab) throw new Error(`no tab "${words}"`);
  tab.click();
  await el.updateComplete;
}

/** Waits for the debounced check to have run on the current draft. */
export async function checked(el: LamtheoStudio): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await until(() => el.checked, 'the check');
  await el.updateComplete;
}

/** A point well inside a ward the spaces editor drew (its neighbours 4 px away inside too), in the page's pixels. */
export function insideWard(el: HTMLElement, name: string): [number, number] {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const path = el.shadowRoot!.querySelector<SVGPathElement>(`path.ward[data-ward="${name}"]`)!;
  const box = path.getBBox();
  const toScreen = svg.getScreenCTM()!;
  const fromScreen = toScreen.inverse();
  const holds = (px: number, py: number) => {
    const p = new DOMPoint(px, py).matrixTransform(fromScreen);
    return path.isPointInFill(new DOMPoint(p.x, p.y));
  };
  for (let i = 1; i < 12; i++)
    for (let j = 1; j < 12; j++) {
      const c = new DOMPoint(box.x + (box.width * i) / 12, box.y + (box.height * j) / 12).matrixTransform(toScreen);
      const [x, y] = [Math.round(c.x), Math.round(c.y)];
      if ([holds(x, y), holds(x - 4, y), holds(x + 4, y), holds(x, y - 4), holds(x, y + 4)].every(Boolean))
        return [x, y];
    }
  throw new Error(`no point inside ${name}`);
}
