/**
 * Tone-insensitive search, the way people type Vietnamese without diacritics:
 * "tan binh" finds "Tân Bình", "phuong 17" finds "Phường 17", "d" matches "đ".
 */

const combiningMarks = /[\u0300-\u036f]/g;

/** Folds text for comparison: NFD, tone and vowel marks removed, đ → d, lower case, spaces collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether every word of the query appears in the folded text (in any order).
 * Fold the haystack once per record with `foldForSearch` and keep it; fold the query once
 * per keystroke.
 */
export function matchesFolded(foldedText: string, foldedQuery: string): boolean {
  if (!foldedQuery) return true;
  for (const word of foldedQuery.split(' ')) if (!foldedText.includes(word)) return false;
  return true;
}
