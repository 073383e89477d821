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

export const families: readonly Family[] = [
  {
    name: 'counter',
    tags: ['lamtheo-counter', 'lamtheo-counter-grid'],
    load: () => import('./components/counter/index.js'),
  },
  {
    name: 'commendations',
    tags: ['lamtheo-commendation-table'],
    load: () => import('./components/commendations/index.js'),
  },
  {
    name: 'pledge',
    tags: ['lamtheo-pledge-form', 'lamtheo-pledge-list'],
    load: () => import('./components/pledge/index.js'),
  },
  {
    name: 'spaces',
    tags: ['lamtheo-space-map'],
    load: () => import('./components/spaces/index.js'),
  },
];
