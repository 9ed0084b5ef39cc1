// Applications that could not be sent (no network, an outage, a failing department) wait in the outbox
// and go by themselves when the systems answer again: at start, when the network returns, when the
// server reports a change, and every RETRY_MS while something waits. The draft's id is the
// idempotency key, so a retry never makes a second application.
import * as v from 'valibot';
import { createSignal } from 'solid-js';
import { ApiRequestError } from '../../client/api';
import { detachAll, listAttachments } from '../../client/repos/attachmentsRepo';
import { deleteDraft } from '../../client/repos/draftsRepo';
import { dequeue, enqueue, listOutbox, markAttempt } from '../../client/repos/outboxRepo';
import { SubmissionSchema, type Submission } from '../../domain/application';
import { submitApplication } from './applyApi';

const RETRY_MS = 15_000;
const PATH = '/applications';
const [sentFromOutbox, setSentFromOutbox] = createSignal(0);
/** Bumps whenever a queued application was sent. */
export { sentFromOutbox };

/** Worth retrying: the request never reached a working department. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.status === 0 || error.status >= 500);
}

export async function queueSubmission(submission: Submission, reason: string): Promise<void> {
  await enqueue({ id: submission.draftId, method: 'POST', path: PATH, body: submission, lastError: reason });
  ensureRetrying();
}

async function sendOne(id: string, body: unknown): Promise<void> {
  const submission = v.parse(SubmissionSchema, body);
  const files = (await listAttachments(submission.draftId)).filter((row) => row.slot);
  try {
    await submitApplication(submission, files.map((row) => ({ slot: row.slot!, blob: row.blob, name: row.name })));
  } catch (error) {
    const code = error instanceof ApiRequestError ? error.code : 'network';
    await markAttempt(id, code, !isTransient(error));
    throw error;
  }
  await dequeue(id);
  await detachAll(submission.draftId);
  await deleteDraft(submission.draftId);
  setSentFromOutbox((n) => n + 1);
}

let draining: Promise<void> | undefined;

/** Sends what waits, oldest first; stops at the first transient failure (the systems are still down). */
export function drainOutbox(): Promise<void> {
  draining ??= (async () => {
    for (const row of await listOutbox()) {
      if (row.failed || row.path !== PATH) continue;
      try {
        await sendOne(row.id, row.body);
      } catch (error) {
        if (isTransient(error)) break;
      }
    }
  })().finally(() => (draining = undefined));
  return draining;
}

let timer: ReturnType<typeof setInterval> | undefined;
function ensureRetrying(): void {
  timer ??= setInterval(() => {
    void listOutbox().then((rows) => {
      if (rows.some((row) => !row.failed)) void drainOutbox();
      else {
        clearInterval(timer);
        timer = undefined;
      }
    });
  }, RETRY_MS);
}

export function startOutbox(): void {
  window.addEventListener('online', () => void drainOutbox());
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'changed') void drainOutbox();
  });
  void listOutbox().then((rows) => rows.some((row) => !row.failed) && (ensureRetrying(), void drainOutbox()));
}
