// The operator's chat calls. They carry the staff token the operator console keeps for this tab (the
// console owns signing in; this feature reads the token through client/operatorSession).
import type * as v from 'valibot';
import { apiRequest } from '../../client/api';
import { readOperatorToken } from '../../client/operatorSession';
import { ChatQueueSchema, OperatorChatSchema } from '../../domain/support/chat';

const OPERATOR_HEADER = 'X-Okno-Operator';

/** The staff token the operator console keeps for this tab, or null when the tab is not signed in. */
export const operatorPin = readOperatorToken;

export type { OperatorChat } from '../../domain/support/chat';

const call = <S extends v.GenericSchema>(method: string, path: string, schema: S, pin: string, body?: unknown) =>
  apiRequest(method, path, schema, { body, headers: { [OPERATOR_HEADER]: pin } });

export const listChats = (pin: string) => call('GET', '/operator/chats', ChatQueueSchema, pin);
export const readOperatorChat = (pin: string, id: string) => call('GET', `/operator/chats/${id}`, OperatorChatSchema, pin);
export const takeChat = (pin: string, id: string) => call('POST', `/operator/chats/${id}/take`, OperatorChatSchema, pin, {});
export const closeOperatorChat = (pin: string, id: string) => call('POST', `/operator/chats/${id}/close`, OperatorChatSchema, pin, {});

export function answerChat(pin: string, id: string, text: string, file: File | null) {
  const form = new FormData();
  form.set('text', text);
  if (file) form.set('file', file);
  return call('POST', `/operator/chats/${id}/answer`, OperatorChatSchema, pin, form);
}
