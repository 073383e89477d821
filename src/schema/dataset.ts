/**
 * The dataset document: `"version": 1` and any subset of the collections. A widget
 * reads the collections it needs and ignores the rest.
 */
import * as z from './zod.js';
import { boundaries } from './boundaries.js';
import { commendation } from './commendation.js';
import { metric } from './metric.js';
import { pledge } from './pledge.js';
import { pledgeTemplate } from './pledge-template.js';
import { LIMITS, longText, text } from './primitives.js';
import { provenance } from './provenance.js';
import { culturalSpace } from './space.js';
import { unit } from './unit.js';

/** The only version this release reads. Files say `"version": 1`. */
export const SCHEMA_VERSION = 1;

/** Upper bounds on list sizes, far above real data (a city lists about 5,000 exemplars a year). */
export const MAX_ITEMS = {
  units: 100_000,
  metrics: 10_000,
  commendations: 1_000_000,
  pledgeTemplates: 1_000,
  pledges: 1_000_000,
  spaces: 100_000,
} as const;

export const dataset = z.object({
  /** Editors read this to offer completion: the url of dist/lamtheo.schema.json. */
  $schema: z.optional(z.string().check(z.maxLength(LIMITS.url))),
  version: z.literal(SCHEMA_VERSION),
  title: z.optional(text()),
  description: z.optional(longText),
  /** Language of the text in the data, `vi` unless said otherwise. */
  lang: z.optional(z.enum(['vi', 'en'])),
  provenance: z.optional(provenance),
  units: z.optional(z.array(unit).check(z.maxLength(MAX_ITEMS.units))),
  metrics: z.optional(z.array(metric).check(z.maxLength(MAX_ITEMS.metrics))),
  commendations: z.optional(z.array(commendation).check(z.maxLength(MAX_ITEMS.commendations))),
  pledgeTemplates: z.optional(z.array(pledgeTemplate).check(z.maxLength(MAX_ITEMS.pledgeTemplates))),
  pledges: z.optional(z.array(pledge).check(z.maxLength(MAX_ITEMS.pledges))),
  spaces: z.optional(z.array(culturalSpace).check(z.maxLength(MAX_ITEMS.spaces))),
  boundaries: z.optional(boundaries),
});

export type Dataset = z.infer<typeof dataset>;
/** A dataset as written in a file, before defaults are filled in. */
export type DatasetInput = z.input<typeof dataset>;

/** The names of the collections a dataset may hold. */
export const collectionNames = ['units', 'metrics', 'commendations', 'pledgeTemplates', 'pledges', 'spaces'] as const;
export type CollectionName = (typeof collectionNames)[number];
