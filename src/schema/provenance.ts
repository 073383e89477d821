/** Where the figures come from and the date they hold: every widget can show it. */
import * as z from './zod.js';
import { LIMITS, optionalNote, partialDate, safeUrl, text, webUrl } from './primitives.js';

export const sourceDocument = z.object({
  /** Title of the article, report or decision, as published. */
  title: text(),
  url: z.optional(webUrl),
  /** Publication date: `2023-01-23`, or `2019-05` when only the month is known. */
  date: z.optional(partialDate),
  /** Document number as written: `05-CT/TW`, `1436/QĐ-UBND`. */
  documentNumber: z.optional(text(LIMITS.short)),
  author: z.optional(text()),
  /** Where it was published, if not by the publisher itself ("Website Thành ủy"). */
  publishedIn: z.optional(text()),
});

export const provenance = z.object({
  /** Who publishes the data: "Ban Tuyên giáo Quận ủy Quận 11". */
  publisher: text(),
  source: z.optional(sourceDocument),
  /** The date the figures hold: `2022-10-31`, or `2019-02` for "đến hết tháng 2-2019". */
  asOf: partialDate,
  license: z.optional(text()),
  attribution: z.optional(text()),
  /** A "download data" link for the widgets. */
  download: z.optional(safeUrl),
  note: optionalNote,
});

export type SourceDocument = z.infer<typeof sourceDocument>;
export type Provenance = z.infer<typeof provenance>;
