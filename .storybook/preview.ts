import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// API tables and controls come from the JSDoc of each element, read by `cem analyze`
// (npm run storybook / build-storybook run it first). Never hand-write argTypes.
setCustomElementsManifest(manifest);

/**
 * The "Loading" stories need a data source that never answers. A static Storybook has no such
 * server, so requests to this one path wait until the widget aborts them; every other request
 * goes to the network as usual.
 */
const neverAnswers = '/storybook/never-answers.json';
const networkFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!new URL(url, location.href).pathname.endsWith(neverAnswers)) return networkFetch(input, init);
  return new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ của trang (thuộc tính lang quanh widget)',
      toolbar: {
        title: 'Ngôn ngữ',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt', right: 'vi' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi' },
  // Widgets speak the language of the nearest `lang` attribute, as they do in a portal.
  decorators: [(story, { globals }) => html`<div class="lamtheo-story" lang=${globals.lang ?? 'vi'}>${story()}</div>`],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Widgets', 'Data', 'Guides'] } },
  },
  tags: ['autodocs'],
};

export default preview;
