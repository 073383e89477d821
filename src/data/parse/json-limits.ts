/**
 * The limits every reading of a dataset text applies, apart from the parser that explains
 * what is wrong (json-text.ts), so the path for good files does not carry that parser.
 */
/** 64 million characters: far above a real dataset, below what a phone can hold twice. */
export const MAX_TEXT_LENGTH = 64_000_000;
/** Real datasets nest about 12 levels (boundaries); 100 leaves room and stops abuse. */
export const MAX_DEPTH = 100;

/** The first place nesting goes deeper than `limit`, scanning the text, or -1. */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // skip a string
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/**
 * The object in `text` when it is a well-formed JSON object within the limits, with no byte
 * order mark; otherwise undefined, and json-text.ts says exactly what is wrong and where.
 */
export function parsePlainJsonObject(text: string): Record<string, unknown> | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH || text.charCodeAt(0) === 0xfeff) return undefined;
  if (depthExceededAt(text, MAX_DEPTH) >= 0) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
