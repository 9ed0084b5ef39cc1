// Appeals that could not be sent (no network, an outage) wait in the outbox and go by themselves when
// the department answers again: on start, when the network returns, when the server reports a change.
// The draft's id is the server's idempotency key, so a retry never makes a second appeal.
import * as v from 'valibot';
import { ApiRequestError } from '../../client/api';
import { dequeue, enqueue, listOutbox, markAttempt } from '../../client/repos/outboxRepo';
import { appealInputSchema } from '../../domain/appeals/input';
import { dropAppealDraft, listDraftFiles, toAppealFiles } from './appealDraft';
import { isTransient, sendAppeal } from './appealsApi';

const PATH = '/appeals';

export async function queueAppeal(accountId: string, body: unknown, reason: string): Promise<void> {
  const draftId = (body as { draftId: string }).draftId;
  await enqueue({ id: draftId, method: 'POST', path: PATH, body: { accountId, appeal: body }, lastError: reason });
}

const QueuedSchema = v.object({ accountId: v.string(), appeal: v.looseObject({ draftId: v.string() }) });

async function sendOne(id: string, body: unknown): Promise<void> {
  const { accountId, appeal } = v.parse(QueuedSchema, body);
  // Checked against the send time: the incident was in the past then and stays so.
  const input = v.parse(appealInputSchema(Number.MAX_SAFE_INTEGER), appeal);
  try {
    await sendAppeal(accountId, input, toAppealFiles(await listDraftFiles(input.draftId)));
  } catch (error) {
    await markAttempt(id, error instanceof ApiRequestError ? error.code : 'network', !isTransient(error));
    throw error;
  }
  await dequeue(id);
  await dropAppealDraft(accountId, input.draftId);
}

let draining: Promise<void> | undefined;

/** Sends what waits, oldest first; stops at the first transient failure. */
export function drainAppealOutbox(): Promise<void> {
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

let started = false;
export function startAppealOutbox(): void {
  if (started) return;
  started = true;
  window.addEventListener('online', () => void drainAppealOutbox());
  navigator.serviceWorker?.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'changed') void drainAppealOutbox();
  });
  void drainAppealOutbox();
}
