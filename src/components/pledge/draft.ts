/**
 * Drafts: what a person has typed, saved in localStorage as they type, one draft per
 * form and template year, so a closed tab or a crashed phone does not lose their work.
 * Storage may be full or disabled (private mode): then drafts are simply not kept.
 */
import type { PledgeFormValues } from './form-model.js';

export interface Draft {
  savedAt: number;
  values: PledgeFormValues;
}

export function draftKey(formKey: string, year: number): string {
  return `lamtheo:pledge-draft:${formKey}:${year}`;
}

export function saveDraft(storage: Storage | undefined, key: string, values: PledgeFormValues, now = Date.now()): void {
  try {
    storage?.setItem(key, JSON.stringify({ savedAt: now, values } satisfies Draft));
  } catch {
    // Full or disabled storage: nothing to do but keep the form as it is.
  }
}

export function loadDraft(storage: Storage | undefined, key: string): Draft | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Draft;
    if (typeof draft?.savedAt !== 'number' || !draft.values || typeof draft.values !== 'object') return undefined;
    return draft;
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // ignore
  }
}

/** The local storage of the page, or undefined where reading it throws (sandboxed frames). */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
