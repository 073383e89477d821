/**
 * Which tags each family defines, and how to fetch its code. The one-tag entry
 * (autoload.ts) reads this list; a family's code is downloaded only when one of its
 * tags is in the page.
 */
export interface Family {
  readonly name: string;
  readonly tags: readonly string[];
  readonly load: () => Promise<unknown>;
}

/**
 * Every family builds on the data element and the dataset reader. Asked for beside the
 * family's own code, they download in parallel with it rather than after it is parsed
 * (one round trip instead of two on a slow link); the module map shares them.
 */
const withDataLayer = (family: Promise<unknown>) =>
  Promise.all([
    family,
    import('./internal/data-element.js'),
    import('./data/read.js'),
    // The words' machinery, shared by the data layer and the elements (a chunk of its own):
    // asked for here, it does not wait for the chunks that import it to arrive first.
    import('./i18n/locale.js'),
    import('@lit/localize'),
  ]);

export const families: readonly Family[] = [
  {
    name: 'counter',
    tags: ['lamtheo-counter', 'lamtheo-counter-grid'],
    load: () => withDataLayer(import('./components/counter/index.js')),
  },
  {
    name: 'commendations',
    tags: ['lamtheo-commendation-table'],
    load: () => withDataLayer(import('./components/commendations/index.js')),
  },
  {
    name: 'pledge',
    tags: ['lamtheo-pledge-form', 'lamtheo-pledge-list'],
    load: () => withDataLayer(import('./components/pledge/index.js')),
  },
  {
    // The committee's and the registrant's widgets: a page with only a form never downloads them.
    name: 'pledge-chain',
    tags: ['lamtheo-pledge-review', 'lamtheo-pledge-assessment'],
    load: () => withDataLayer(import('./components/pledge/chain.js')),
  },
  {
    name: 'spaces',
    tags: ['lamtheo-space-map'],
    load: () => withDataLayer(import('./components/spaces/index.js')),
  },
  {
    // The administrator's studio (src/studio/): a page without the tag never downloads it.
    name: 'studio',
    tags: ['lamtheo-studio'],
    load: () => withDataLayer(import('./studio/index.js')),
  },
];
