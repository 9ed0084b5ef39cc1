// The one sync path: the server's change feed fills the device's mirrors in «okno». When the server says
// {type: 'changed'}, when the window regains focus or becomes visible, when the network comes back and
// when someone signs in, the signed-in account's feed is pulled from its cursor; each page is applied
// with the cursor in one transaction (mirrors/applyFeedPage.ts). Pages never poll and never list server
// data themselves: they read the mirrors with live queries, which re-run only for the tables a page touched.
import * as v from 'valibot';
import { vaultStatus } from './vault/vaultKey';
import { createEffect, createRoot, createSignal } from 'solid-js';
import { ChangesPageSchema, type FeedChange } from '../domain/changes';
import { apiRequest, ApiRequestError } from './api';
import { getDb } from './database';
import { applyFeedPage, CURSOR_PREFIX, CursorSchema, mirrorsKey, type Cursor } from './mirrors/applyFeedPage';
import { MIRRORS } from './mirrors/registry';
import { currentAccount } from './sessionState';
import { serverReachable, setReachable, setSyncedAt } from './syncStatus';

type Listener = (changes: FeedChange[]) => void | Promise<void>;
const listeners = new Map<string, Set<Listener>>();
const [pulls, setPulls] = createSignal(0);
export { serverReachable };

/** Failures where the server cannot answer at all; the device's copies stand in for it. */
const UNREACHABLE = new Set(['network', 'no_service_worker', 'outage', 'simulated_failure']);
export const isUnreachable = (error: unknown) => error instanceof ApiRequestError && UNREACHABLE.has(error.code);

/**
 * Bumps after every pull that brought changes and on every «changed» message. Only for tools that watch
 * the whole simulation rather than an account (the demo clock, the operator console, the SMS inbox);
 * a citizen's page reads its mirror with a live query instead.
 */
export function lastPull(): number {
  startChangeFeed();
  return pulls();
}

/** Runs after each committed page with that entity's changes (its rows are already in the mirror). */
export function onChanges(entity: string, listener: Listener): () => void {
  startChangeFeed();
  const set = listeners.get(entity) ?? new Set();
  set.add(listener);
  listeners.set(entity, set);
  return () => set.delete(listener);
}

/** The account's feed cursor, with the simulated moment of the server's last answer; undefined before any. */
export async function readCursor(accountId: string): Promise<Cursor | undefined> {
  const parsed = v.safeParse(CursorSchema, (await getDb().settings.get(CURSOR_PREFIX + accountId))?.value);
  return parsed.success ? parsed.output : undefined;
}

const BACKGROUND = { headers: { 'X-Okno-Background': '1' } }; // a pull must not keep an idle session alive

async function pullOnce(accountId: string): Promise<void> {
  const stored = await readCursor(accountId);
  if (stored) setSyncedAt(stored.asOf);
  let restart = !stored || stored.mirrors !== mirrorsKey(MIRRORS);
  let since = restart ? 0 : stored!.cursor;
  /** The epoch of the pages applied so far (a first sync learns it from its first page). */
  let epoch = stored?.epoch;
  for (;;) {
    const page = await apiRequest('GET', `/changes?since=${since}`, ChangesPageSchema, BACKGROUND);
    setReachable(true);
    if (!restart && page.epoch !== epoch) {
      // The server was reset: read its new epoch from the start, clearing what it forgot.
      restart = true;
      since = 0;
      continue;
    }
    if (currentAccount()?.id !== accountId) return; // signed out meanwhile: nothing more goes to this account
    const applied = await applyFeedPage(getDb(), accountId, MIRRORS, page, restart);
    setSyncedAt(page.asOf);
    restart = false;
    epoch = page.epoch;
    since = page.cursor;
    if (page.changes.length > 0) setPulls((n) => n + 1);
    for (const [entity, changes] of applied.byEntity) {
      for (const listener of listeners.get(entity) ?? [])
        await Promise.resolve(listener(changes)).catch((error) => console.warn('okno: change listener failed', error));
    }
    if (!page.more) return;
  }
}

let pulling: Promise<void> | undefined;
let again = false;

/** Pulls now; overlapping calls are merged into one extra pull. A failure waits for the next signal. */
export function pullChanges(): Promise<void> {
  const accountId = currentAccount()?.id;
  // Encrypted and locked: mirrored rows could not be sealed; the lock screen pulls once it is open.
  if (!accountId || vaultStatus(accountId) === 'locked') return Promise.resolve();
  if (pulling) {
    again = true;
    return pulling;
  }
  pulling = pullOnce(accountId)
    .catch((error: unknown) => {
      if (isUnreachable(error)) setReachable(false);
      else if (!(error instanceof ApiRequestError)) console.warn('okno: change feed pull failed', error);
    })
    .finally(() => {
      pulling = undefined;
      if (again) {
        again = false;
        void pullChanges();
      }
    });
  return pulling;
}

let started = false;

/** Starts the triggers once; the session starts it after the first paint. */
export function startChangeFeed(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type !== 'changed') return;
    setPulls((n) => n + 1);
    void pullChanges();
  });
  window.addEventListener('online', () => void pullChanges());
  window.addEventListener('focus', () => void pullChanges());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void pullChanges());
  createRoot(() =>
    createEffect(() => {
      if (currentAccount()?.id) void pullChanges();
    }),
  );
}
