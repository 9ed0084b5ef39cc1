// The device's copy of support chats. What the person types and what the bot answers is written here
// first; the server's view replaces it once sent, keeping any messages the server has not seen yet.
import * as v from 'valibot';
import { ChatViewSchema, type ChatView } from '../../domain/support/chat';
import { getDb } from '../database';
import { openRow, openRows, sealRow } from '../vault/rowSeal';
import { isSealed } from '../vault/sealing';

export interface SupportChatRow {
  id: string;
  /** The account id, or 'local' for a chat begun signed out. */
  owner: string;
  updatedAt: number;
  /** True while some messages are only on the device. */
  unsent: boolean;
  data: ChatView;
}

/** The owner's newest chat, or undefined; a row that no longer fits the schema is ignored. */
export async function latestChat(owner: string): Promise<SupportChatRow | undefined> {
  const stored = await getDb().supportChats.where('[owner+updatedAt]').between([owner, -Infinity], [owner, Infinity]).last();
  const row = stored && (await openRow(stored));
  return row && v.is(ChatViewSchema, row.data) ? row : undefined;
}

export async function readChat(id: string): Promise<SupportChatRow | undefined> {
  const row = await getDb().supportChats.get(id);
  return row && openRow(row);
}

export async function saveChat(owner: string, chat: ChatView, unsent: boolean): Promise<void> {
  const row = await sealRow('supportChats', { id: chat.id, owner, updatedAt: chat.updatedAt, unsent, data: chat });
  await getDb().supportChats.put(row);
}

/**
 * Takes the server's view of a chat, keeping the device's messages the server does not have yet
 * (sent offline). Returns the merged chat. The row is read, merged and sealed outside any transaction
 * (sealing inside one would commit it early).
 */
export async function mergeServerChat(owner: string, server: ChatView): Promise<ChatView> {
  const db = getDb();
  for (;;) {
    const stored = await db.supportChats.get(server.id);
    const local = stored && (await openRow(stored));
    const known = new Set(server.messages.map((m) => m.id));
    const pending = local?.data.messages.filter((m) => !known.has(m.id)) ?? [];
    const merged = { ...server, messages: [...server.messages, ...pending] };
    const row = await sealRow('supportChats', {
      id: server.id,
      owner: local?.owner ?? owner,
      updatedAt: Math.max(server.updatedAt, local?.updatedAt ?? 0),
      unsent: pending.length > 0,
      data: merged,
    });
    // Put only over the version merged with: a message saved meanwhile means merging again.
    const done = await db.transaction('rw', db.supportChats, async () => {
      if (!sameVersion(await db.supportChats.get(server.id), stored)) return false;
      await db.supportChats.put(row);
      return true;
    });
    if (done) return merged;
  }
}

/** Every write of a sealed row has a new iv; a clear row is compared by its content. */
function sameVersion(a: SupportChatRow | undefined, b: SupportChatRow | undefined): boolean {
  if (!a || !b) return a === b;
  if (isSealed(a) && isSealed(b)) return a.sealed.iv.join() === b.sealed.iv.join();
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Every chat of one owner on this device, for the support statistics; rows that no longer fit are left out. */
export async function listChats(owner: string): Promise<ChatView[]> {
  const rows = await openRows(await getDb().supportChats.where('[owner+updatedAt]').between([owner, -Infinity], [owner, Infinity]).toArray());
  return rows.filter((row) => v.is(ChatViewSchema, row.data)).map((row) => row.data);
}
