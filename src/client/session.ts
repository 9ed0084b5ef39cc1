// Session actions: restore the signed-in account from the stored token after the first paint, check it
// again when the page becomes visible and every minute, end it on «Выйти», a 401 or inactivity.
import { AccountViewSchema, type AccountView, type SessionGrant } from '../domain/account';
import { SignedOutSchema } from '../domain/answers/account';
import { apiPost, apiRequest, ApiRequestError, onApiError } from './api';
import { currentAccount, emitSessionEvent as emit, session, setSession } from './sessionState';
import { saveHandset } from './repos/keysRepo';
import {
  clearToken,
  markEndedByInactivity,
  readPendingLogouts,
  readToken,
  writeCachedAccount,
  writePendingLogouts,
  writeToken,
} from './sessionToken';
import { setReachable } from './syncStatus';
import { lockVault } from './vault/vaultKey';

const CHECK_INTERVAL_MS = 60_000;
const RETRY_SOON_MS = 5_000;

export { session } from './sessionState';

export function acceptGrant(grant: SessionGrant, remember: boolean): void {
  writeToken(grant.token, remember);
  writeCachedAccount(grant.account);
  // Registration hands this device the person's simulated handset (see src/server/auth/handset.ts).
  if (grant.handset) void saveHandset(grant.account.id, grant.handset);
  setSession({ status: 'signed_in', account: grant.account });
  emit({ kind: 'signin', account: grant.account });
}

export function updateAccount(account: AccountView): void {
  if (session().status !== 'signed_in') return;
  writeCachedAccount(account);
  setSession({ status: 'signed_in', account });
}

/** The server cannot answer at all (an outage, offline): the session stands, the data shown is the device's. */
const unreachable = (error: unknown) =>
  error instanceof ApiRequestError && ['network', 'no_service_worker', 'outage', 'simulated_failure'].includes(error.code);

const LogoutSchema = SignedOutSchema;

/** Ends on the server the sessions signed out of while it did not answer; each is tried once per call. */
async function sendPendingLogouts(): Promise<void> {
  const left: string[] = [];
  for (const token of readPendingLogouts()) {
    try {
      await apiRequest('POST', '/auth/logout', LogoutSchema, { body: {}, headers: { Authorization: `Bearer ${token}` } });
    } catch (error) {
      if (unreachable(error)) left.push(token); // a 401 means it has ended already
    }
  }
  writePendingLogouts(left);
}

function endLocally(reason: 'expired' | 'signed_out'): void {
  const account = currentAccount();
  lockVault(); // the data key goes with the session: what is sealed stays sealed
  clearToken();
  markEndedByInactivity(reason === 'expired');
  setSession({ status: 'signed_out', reason });
  if (account) emit({ kind: reason === 'expired' ? 'expired' : 'signout', account });
}

/** Ends the session at once on this device; when the server does not answer, it is ended there later. */
export async function signOut(): Promise<void> {
  const token = readToken();
  try {
    await apiPost('/auth/logout', {}, LogoutSchema);
  } catch (error) {
    // Offline or the departments are down: the session ends on this device all the same.
    if (unreachable(error) && token) writePendingLogouts([...readPendingLogouts(), token]);
    else if (!(error instanceof ApiRequestError)) throw error;
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
    setReachable(true);
    writeCachedAccount(account);
    setSession({ status: 'signed_in', account });
  } catch (error) {
    // Offline or the departments are down: the token stands until the server says 401 (handled by the
    // listener below); the remembered account is shown meanwhile. Without one, pages wait for a retry.
    if (unreachable(error)) setReachable(false);
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
  // A reload forgot the data key: whether this account encrypts decides if the lock screen shows.
  const account = currentAccount();
  if (account) void import('./vault/vault').then(({ checkVault }) => checkVault(account.id));
  void refreshSession();
  void sendPendingLogouts();
  window.addEventListener('online', () => void sendPendingLogouts());
  // The one sync path: the change feed fills the device's mirrors while someone is signed in.
  void import('./changeFeed').then(({ startChangeFeed }) => startChangeFeed());
  setInterval(() => void refreshSession(), CHECK_INTERVAL_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void refreshSession());
}
