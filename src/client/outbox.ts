// The one outbox: requests that could not reach the departments (no network, an outage, a failing
// department) wait on the device under their account and go by themselves, oldest first, when the
// systems answer again — on start, when the network returns, when the server reports a change, when the
// page comes back into view, and when their owner signs in (a session that ended meanwhile is renewed by
// signing in; the request is never given up for that). Each kind of request registers its sender; the
// sender does its own local bookkeeping after the server's answer. No timers.
import { createEffect, createRoot } from 'solid-js';
import { ApiRequestError } from './api';
import { dequeue, enqueue, listOutbox, markAttempt } from './repos/outboxRepo';
import { vaultStatus } from './vault/vaultKey';
import type { OutboxRow } from './rows';
import { currentAccount } from './sessionState';

/** Sends one queued request and, once the server has it, tidies the device (drafts, files, the row). */
export type OutboxSender = (row: OutboxRow) => Promise<void>;

const senders = new Map<string, OutboxSender>();

export function registerOutboxSender(path: string, send: OutboxSender): void {
  senders.set(path, send);
}

/** Worth retrying: the request never reached a working department. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 0 || error.status >= 500);
}

/** The session has ended: the request waits for its owner to sign in again. */
const needsSignIn = (error: unknown) => error instanceof ApiRequestError && error.status === 401;

export async function queueRequest(row: { id: string; accountId: string; path: string; body: unknown; reason: string }): Promise<void> {
  await enqueue({ id: row.id, accountId: row.accountId, method: 'POST', path: row.path, body: row.body, lastError: row.reason });
  void drainOutbox();
}

let draining: Promise<void> | undefined;

/** Sends what the signed-in account has waiting; stops at the first failure that is not the request's own. */
export function drainOutbox(): Promise<void> {
  draining ??= (async () => {
    const account = currentAccount();
    // Encrypted and locked: the queue cannot be read until the password is given (this runs again then).
    if (!account || vaultStatus(account.id) === 'locked') return;
    for (const row of await listOutbox(account.id)) {
      const send = senders.get(row.path);
      if (row.failed || !send) continue;
      try {
        await send(row);
      } catch (error) {
        const waits = needsSignIn(error) || isTransient(error); // the systems or the session, not the request
        await markAttempt(row.id, error instanceof ApiRequestError ? error.code : 'unknown', !waits);
        if (waits) break;
      }
    }
  })().finally(() => (draining = undefined));
  return draining;
}

/** Takes a request out of the queue at its owner's word; what it was made from (a draft) stays. */
export const cancelQueued = (id: string) => dequeue(id);

let started = false;

export function startOutbox(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  const drain = () => void drainOutbox();
  window.addEventListener('online', drain);
  window.addEventListener('focus', drain);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && drain());
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => event.data?.type === 'changed' && drain());
  createRoot(() => createEffect(() => currentAccount()?.id && drain()));
}
