// Server rows of support chats: the conversation as the citizen sees it, plus who owns it and whether
// a clerk took it. A chat's id is a random UUID the device made; without a session it is the only key
// to the chat (a citizen locked out of the account can still reach a person).
import type { ChatFile, ChatView } from '../../domain/support/chat';

export interface ChatRow extends ChatView {
  /** The signed-in account when the chat began; null for a guest. */
  accountId: string | null;
  citizenName: string;
  /** True once a clerk took the chat in the console: the scripted operator then stays away. */
  clerk: boolean;
  /** Files operators attached, as Blobs (never base64). */
  files?: (ChatFile & { blob: Blob })[];
}

/** The chat as its owner reads it: without the server's bookkeeping and without file bodies. */
export function viewChat(row: ChatRow): ChatView {
  const { accountId: _a, citizenName: _c, clerk: _k, files: _f, ...view } = row;
  return view;
}
