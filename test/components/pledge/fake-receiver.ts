/**
 * The receiver's registration rules in memory (memory-receiver.js, with lamtheo's validator) in the
 * page, behind a fetch seam, with a switch to take it down the ways real receivers fail:
 * `down` (the network fails), `error` (HTTP 500), `hang` (the request waits until released).
 */
import { createReceiverCore, type StoredPledge } from './memory-receiver.js';
import { validatePledgeSubmission } from '../../../src/data/check/pledges.js';

export type ReceiverMode = 'up' | 'down' | 'error' | 'hang';

export function fakeReceiver(dataset: object) {
  const stored: StoredPledge[] = [];
  const open = () =>
    createReceiverCore({
      validate: validatePledgeSubmission as never,
      dataset: dataset as never,
      records: [...stored],
      append: (r) => void stored.push(r),
    });
  let core = open();
  let release: () => void = () => {};
  const state = { mode: 'up' as ReceiverMode, requests: 0, lastHeaders: {} as Record<string, string> };
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    state.requests += 1;
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    state.lastHeaders = headers;
    if (state.mode === 'hang') await new Promise<void>((resolve) => (release = resolve));
    if (state.mode === 'down') throw new TypeError('Failed to fetch');
    if (state.mode === 'error') return Response.json({ error: 'boom' }, { status: 500 });
    const { status, json } =
      init.method === 'POST' ? await core.post({ headers, body: JSON.parse(String(init.body)) }) : core.list();
    void input;
    return Response.json(json, { status });
  };
  return {
    state,
    fetch: fetch as typeof globalThis.fetch,
    stored,
    /** Lets a hanging request go on, with whatever mode is set now. */
    release: () => release(),
    /** A new receiver process reading the same store. */
    restart: () => (core = open()),
  };
}
