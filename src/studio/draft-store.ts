/**
 * The studio's draft, kept in the browser's localStorage as it changes, so that closing the
 * tab, a crash or a power cut loses nothing. Nothing leaves the machine. localStorage may be
 * missing (a privacy mode, a portal's sandboxed frame) or full (a big commendation list): each
 * call says so as a result, never throws, and the studio words it.
 */

/** What is kept: the draft, the raw JSON text when it does not parse (never lost), and when. */
export interface SavedDraft {
  /** The dataset being edited. */
  draft: unknown;
  /** Text typed in the raw JSON view that does not parse yet, kept as typed. */
  rawText?: string;
  /** When it was saved, milliseconds since 1970. */
  savedAt: number;
}

export type SaveOutcome = 'saved' | 'unavailable' | 'full';

/** The key the studio uses unless told another (`draft-key`). */
export const defaultDraftKey = 'lamtheo-studio-draft';

function storage(): Storage | undefined {
  try {
    const store = globalThis.localStorage;
    return store ?? undefined;
  } catch {
    return undefined; // A SecurityError when storage is blocked for the page.
  }
}

const isFull = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);

export function saveDraft(key: string, saved: SavedDraft): SaveOutcome {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(key, JSON.stringify(saved));
    return 'saved';
  } catch (error) {
    return isFull(error) ? 'full' : 'unavailable';
  }
}

/** The saved draft, or undefined when there is none or it cannot be read. */
export function loadDraft(key: string): SavedDraft | undefined {
  const store = storage();
  try {
    const text = store?.getItem(key);
    if (!text) return undefined;
    const saved = JSON.parse(text) as Partial<SavedDraft>;
    if (typeof saved !== 'object' || saved === null || typeof saved.savedAt !== 'number') return undefined;
    return {
      draft: saved.draft,
      savedAt: saved.savedAt,
      ...(typeof saved.rawText === 'string' ? { rawText: saved.rawText } : {}),
    };
  } catch {
    return undefined;
  }
}

export function discardDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to discard where storage is blocked.
  }
}
