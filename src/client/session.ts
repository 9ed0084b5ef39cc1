// Session actions: restore the signed-in account from the stored token after the first paint, check it
// again when the page becomes visible and every minute, end it on «Выйти», a 401 or inactivity.
import * as v from 'valibot';
import { AccountViewSchema, type AccountView, type SessionGrant } from '../domain/account';
import { apiPost, apiRequest, ApiRequestError, onApiError } from './api';
import { currentAccount, emitSessionEvent as emit, session, setSession } from './sessionState';
import { clearToken, markEndedByInactivity, readToken, writeToken } from './sessionToken';

const CHECK_INTERVAL_MS = 60_000;
const RETRY_SOON_MS = 5_000;

export { currentAccount, onSessionEvent, session } from './sessionState';

export function acceptGrant(grant: SessionGrant, remember: boolean): void {
  writeToken(grant.token, remember);
  setSession({ status: 'signed_in', account: grant.account });
  emit({ kind: 'signin', account: grant.account });
}

export function updateAccount(account: AccountView): void {
  if (session().status === 'signed_in') setSession({ status: 'signed_in', account });
}

function endLocally(reason: 'expired' | 'signed_out'): void {
  const account = currentAccount();
  clearToken();
  markEndedByInactivity(reason === 'expired');
  setSession({ status: 'signed_out', reason });
  if (account) emit({ kind: reason === 'expired' ? 'expired' : 'signout', account });
}

export async function signOut(): Promise<void> {
  try {
    await apiPost('/auth/logout', {}, v.object({ signedOut: v.literal(true) }));
  } catch (error) {
    // Offline or already expired: the session ends on this device all the same.
    if (!(error instanceof ApiRequestError)) throw error;
  } finally {
    endLocally('signed_out');
  }
}

let userActive = false;

/** Checks the session; only a user who did something since the last check keeps it from going idle. */
export async function refreshSession(): Promise<void> {
  if (!readToken()) {
    if (session().status !== 'signed_out') setSession({ status: 'signed_out' });
    return;
  }
  const headers: Record<string, string> = userActive ? {} : { 'X-Okno-Background': '1' };
  userActive = false;
  try {
    const account = await apiRequest('GET', '/me', AccountViewSchema, { headers });
    setSession({ status: 'signed_in', account });
  } catch {
    // Offline or the departments are down: the token stands until the server says 401 (handled by the
    // listener below). Pages behind sign-in wait; the next check comes sooner.
    if (session().status === 'unknown') setTimeout(() => void refreshSession(), RETRY_SOON_MS);
  }
}

export function startSession(): void {
  onApiError((error) => {
    if (error.status === 401 && readToken()) endLocally(error.code === 'session_expired' ? 'expired' : 'signed_out');
  });
  const markActive = () => (userActive = true);
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, markActive, { passive: true });
  userActive = true;
  void refreshSession();
  // The one sync path: the change feed fills the device's mirrors while someone is signed in.
  void import('./changeFeed').then(({ startChangeFeed }) => startChangeFeed());
  setInterval(() => void refreshSession(), CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void refreshSession());
}
