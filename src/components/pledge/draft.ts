/**
 * Drafts: what a person has typed, saved in localStorage as they type, one draft per
 * form and template year, so a closed tab or a crashed phone does not lose their work.
 * Storage may be full or disabled (private mode): then drafts are simply not kept.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PledgeTemplate } from '../../schema/index.js';
import { isBlank, mergeValues, type PledgeFormValues } from './form-model.js';

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

/**
 * The draft of one form on the page: saved as the person types, offered back when the
 * form is opened again (if anything was typed in it), dropped once the pledge is sent.
 * `key` names the draft as the form is now (see `draftKey`).
 */
export class DraftKeeper {
  /** A saved draft worth offering back, until the person keeps or drops it. */
  offer?: Draft;

  constructor(
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly key: () => string,
  ) {}

  /** Looks for a draft of the form (set up for `template`) to offer back. */
  check(template: PledgeTemplate): void {
    const draft = loadDraft(pageStorage(), this.key());
    this.offer = draft && !isBlank(mergeValues(template, draft.values)) ? draft : undefined;
    this.host.requestUpdate();
  }

  save(values: PledgeFormValues): void {
    saveDraft(pageStorage(), this.key(), values);
  }

  clear(): void {
    clearDraft(pageStorage(), this.key());
  }

  /** Answers the offer: the draft's values when kept; when dropped, the draft is forgotten. */
  resume(template: PledgeTemplate, keep: boolean): PledgeFormValues | undefined {
    const offer = this.offer;
    this.offer = undefined;
    this.host.requestUpdate();
    if (keep && offer) return mergeValues(template, offer.values);
    this.clear();
    return undefined;
  }
}
