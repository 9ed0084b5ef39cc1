// The device's copy of support chats. What the person types and what the bot answers is written here
// first; the server's view replaces it once sent, keeping any messages the server has not seen yet.
import * as v from 'valibot';
import { ChatViewSchema, type ChatView } from '../../domain/support/chat';
import { getDb } from '../database';

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
  const row = await getDb().supportChats.where('[owner+updatedAt]').between([owner, -Infinity], [owner, Infinity]).last();
  return row && v.is(ChatViewSchema, row.data) ? row : undefined;
}

export async function readChat(id: string): Promise<SupportChatRow | undefined> {
  return getDb().supportChats.get(id);
}

export async function saveChat(owner: string, chat: ChatView, unsent: boolean): Promise<void> {
  await getDb().supportChats.put({ id: chat.id, owner, updatedAt: chat.updatedAt, unsent, data: chat });
}

/**
 * Takes the server's view of a chat, keeping the device's messages the server does not have yet
 * (sent offline). Returns the merged chat.
 */
export async function mergeServerChat(owner: string, server: ChatView): Promise<ChatView> {
  const db = getDb();
  return db.transaction('rw', db.supportChats, async () => {
    const local = await db.supportChats.get(server.id);
    const known = new Set(server.messages.map((m) => m.id));
    const pending = local?.data.messages.filter((m) => !known.has(m.id)) ?? [];
    const merged = { ...server, messages: [...server.messages, ...pending] };
    await db.supportChats.put({ id: server.id, owner: local?.owner ?? owner, updatedAt: Math.max(server.updatedAt, local?.updatedAt ?? 0), unsent: pending.length > 0, data: merged });
    return merged;
  });
}

/** Every chat of one owner on this device, for the support statistics; rows that no longer fit are left out. */
export async function listChats(owner: string): Promise<ChatView[]> {
  const rows = await getDb().supportChats.where('[owner+updatedAt]').between([owner, -Infinity], [owner, Infinity]).toArray();
  return rows.filter((row) => v.is(ChatViewSchema, row.data)).map((row) => row.data);
}
