// Who is signed in, as a signal the shell can read without loading the API client or the schemas
// (those come with src/client/session.ts, loaded after the first paint).
import { createSignal } from 'solid-js';
import type { AccountView } from '../domain/account';
import { readCachedAccount, readEndedByInactivity, readToken } from './sessionToken';

export type SessionState =
  { status: 'unknown' } | { status: 'signed_out'; reason?: 'expired' | 'signed_out' } | { status: 'signed_in'; account: AccountView };

function initialState(): SessionState {
  if (readToken()) {
    // Remembered on the device until the server says otherwise: a reload during an outage or offline
    // still shows the person signed in, with everything the device holds.
    const cached = readCachedAccount() as AccountView | null;
    return cached && typeof cached.id === 'string' ? { status: 'signed_in', account: cached } : { status: 'unknown' };
  }
  return readEndedByInactivity() ? { status: 'signed_out', reason: 'expired' } : { status: 'signed_out' };
}

const [session, setSession] = createSignal<SessionState>(initialState());
export { session, setSession };

export const currentAccount = (): AccountView | null => {
  const state = session();
  return state.status === 'signed_in' ? state.account : null;
};

type SessionEvent = { kind: 'signin' | 'signout' | 'expired'; account: AccountView };
const listeners = new Set<(event: SessionEvent) => void>();

/** The audit journal and the profile copy follow sign-ins and sign-outs through this. */
export function onSessionEvent(listener: (event: SessionEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitSessionEvent(event: SessionEvent): void {
  for (const listener of listeners) listener(event);
}
