/**
 * Puts markup in the page inside a wrapper `<div>` and removes it after the test. Unlike
 * open-wc's `fixture`, it never waits for an animation frame, so a test page that the browser
 * keeps in the background (no frames) still runs.
 */
const mounted: HTMLElement[] = [];

afterEach(() => mounted.splice(0).forEach((wrapper) => wrapper.remove()));

export function mount(markup: string, { lang = 'vi', style = '' } = {}): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.setAttribute('style', style);
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  mounted.push(wrapper);
  return wrapper;
}
