/**
 * Ho Chi Minh cultural spaces (không gian văn hóa Hồ Chí Minh): where each was opened,
 * what it holds. A place has a location [lon, lat]; an online space has a url instead.
 */
import * as z from './zod.js';
import { id, longText, optionalNote, partialDate, safeUrl, tags, text, webUrl } from './primitives.js';

export const spaceKinds = [
  'office',
  'ward-headquarters',
  'school',
  'religious-site',
  'park',
  'armed-forces',
  'residential-area',
  'online',
  'other',
] as const;

export const spaceStatuses = ['active', 'planned', 'closed'] as const;

/**
 * Longitude then latitude, WGS84, as in GeoJSON. Ranges are one check on the pair, so
 * `[10.76, 106.65]` (latitude first, a common slip) gets one message saying "swap them".
 */
const inRange = ([lon, lat]: [number, number]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

export const lonLat = z.tuple([z.number(), z.number()]).check(
  z.refine(([lon, lat]) => inRange([lon, lat]) || !inRange([lat, lon]), {
    params: { code: 'location-swapped' },
    abort: true,
  }),
  z.refine(inRange, { params: { code: 'location-range' } }),
);

export const spaceComponent = z.object({ name: text(), description: z.optional(longText) });

/** A photo; `alt` describes it for people who cannot see it. */
export const photo = z.object({
  src: safeUrl,
  alt: text(),
  caption: z.optional(text()),
});

/** A link, often the target of a QR code beside the display. */
export const link = z.object({ label: text(), url: safeUrl });

export const culturalSpace = z
  .object({
    id,
    name: text(),
    kind: z.enum(spaceKinds),
    /** The unit the space belongs to, usually its ward. */
    unitId: z.optional(id),
    /** The unit hosting it, when not the same as `unitId` (a pagoda, a school). */
    hostUnitId: z.optional(id),
    address: z.optional(text()),
    location: z.optional(lonLat),
    url: z.optional(webUrl),
    openedOn: z.optional(partialDate),
    description: z.optional(longText),
    components: z.optional(z.array(spaceComponent).check(z.maxLength(100))),
    photos: z.optional(z.array(photo).check(z.maxLength(100))),
    links: z.optional(z.array(link).check(z.maxLength(100))),
    status: z._default(z.enum(spaceStatuses), 'active'),
    tags: z.optional(tags),
    note: optionalNote,
  })
  .check(
    z.refine((s) => s.kind !== 'online' || s.url !== undefined, {
      path: ['url'],
      params: { code: 'online-needs-url' },
    }),
    z.refine((s) => s.kind !== 'online' || s.location === undefined, {
      path: ['location'],
      params: { code: 'online-no-location' },
    }),
  );

export type SpaceKind = (typeof spaceKinds)[number];
export type SpaceStatus = (typeof spaceStatuses)[number];
export type LonLat = z.infer<typeof lonLat>;
export type Photo = z.infer<typeof photo>;
export type Link = z.infer<typeof link>;
export type CulturalSpace = z.infer<typeof culturalSpace>;
