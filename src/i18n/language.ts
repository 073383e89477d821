/** The languages lamtheo speaks. Data-layer code (and the CLI) uses this without Lit. */
export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

/** Maps any BCP 47 tag to a language we speak: `en-GB` → en, `vi-VN` → vi, others → vi. */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (languages as readonly string[]).includes(primary) ? (primary as Language) : defaultLanguage;
}
