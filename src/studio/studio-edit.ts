/**
 * What the studio's editors share: the event every accepted change fires (the shell writes it
 * into the draft, checks the draft and hands the problems back), and their English words,
 * built into a chunk of their own (ids `studio.…`, locales/en-studio.ts) so that visitors'
 * English pages never download them.
 */
import { addEnglish } from '../i18n/locale.js';
import { templates } from '../i18n/locales/en-studio.js';

addEnglish(templates);

export interface StudioEditDetail {
  /** Where in the dataset: `['commendations']`, `['spaces']`. */
  path: (string | number)[];
  value: unknown;
}

/** `lamtheo-studio-edit`, bubbling out of the shadow roots: a part of the draft changed. */
export function studioEdit(path: StudioEditDetail['path'], value: unknown): CustomEvent<StudioEditDetail> {
  return new CustomEvent<StudioEditDetail>('lamtheo-studio-edit', {
    bubbles: true,
    composed: true,
    detail: { path, value },
  });
}
