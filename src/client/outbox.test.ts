// The one outbox over fake-indexeddb: only the signed-in owner's requests go, oldest first; an outage or
// an ended session keeps them waiting (the session is renewed by signing in), a refusal marks the one
// request failed and the rest go on; «очистить устройство» erases the owner's queue.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountView } from '../domain/account';
import { ApiRequestError } from './api';
import { drainOutbox, queueRequest, registerOutboxSender } from './outbox';
import { wipeAccountData, wipeLocalData } from './repos/deviceRepo';
import { listOutbox } from './repos/outboxRepo';
import { setSession } from './sessionState';

const sent: string[] = [];
let answer: (id: string) => void = () => {};
registerOutboxSender('/test', async (row) => {
  answer(row.id);
  sent.push(row.id);
});

const signIn = (id: string) => setSession({ status: 'signed_in', account: { id } as AccountView });
const queue = async (id: string, accountId: string, path = '/test') => {
  setSession({ status: 'signed_out' }); // queueing alone must not send
  await queueRequest({ id, accountId, path, body: {}, reason: 'outage' });
};

beforeEach(async () => {
  await wipeLocalData();
  sent.length = 0;
  answer = () => {};
});

describe('outbox', () => {
  it('sends only the signed-in owner’s requests, oldest first, and each once', async () => {
    await queue('a1', 'acc-1');
    await queue('b1', 'acc-2');
    await queue('a2', 'acc-1');
    signIn('acc-1');
    await drainOutbox();
    expect(sent).toEqual(['a1', 'a2']);
    expect((await listOutbox('acc-2')).map((r) => r.id)).toEqual(['b1']);
    expect(await listOutbox('acc-1')).toHaveLength(2); // the sender removes its row; this one does not
  });

  it('keeps everything waiting through an outage and an ended session, and marks a refusal failed', async () => {
    await queue('x', 'acc-1');
    await queue('y', 'acc-1');
    signIn('acc-1');
    answer = () => {
      throw new ApiRequestError(503, 'outage', 'down');
    };
    await drainOutbox();
    answer = () => {
      throw new ApiRequestError(401, 'session_expired', 'ended');
    };
    await drainOutbox();
    let rows = await listOutbox('acc-1');
    expect(rows.map((r) => [r.id, r.failed, r.attempts])).toEqual([
      ['x', false, 2],
      ['y', undefined, 0],
    ]);

    answer = (id) => {
      if (id === 'x') throw new ApiRequestError(422, 'validation', 'refused');
    };
    await drainOutbox();
    rows = await listOutbox('acc-1');
    expect(rows.find((r) => r.id === 'x')).toMatchObject({ failed: true, lastError: 'validation' });
    expect(sent).toEqual(['y']);
  });

  it('leaves a request whose kind has no sender, and erases the owner’s queue with the device wipe', async () => {
    await queue('u', 'acc-1', '/unknown');
    signIn('acc-1');
    await drainOutbox();
    expect(await listOutbox('acc-1')).toHaveLength(1);
    await wipeAccountData('acc-1');
    expect(await listOutbox('acc-1')).toEqual([]);
  });
});
