// The citizen's side of support chats: read a chat (scripted replies caught up), append messages,
// hand over to a person within operator hours, rate the answer, close. Guests use the chat id alone.
import { ChatAppendSchema, HandOverSchema, RatingSchema } from '../../domain/support/chat';
import { nextOperatorShift, operatorsOnDuty } from '../../domain/support/contacts';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import { viewChat, type ChatRow } from './chatRows';
import { settleChat } from './settleChat';

/** The account of the request when signed in; guests get null (an expired session counts as a guest). */
async function optionalAccount(ctx: RequestContext) {
  if (!ctx.request.headers.get('Authorization')) return null;
  return requireAccount(ctx).then(
    ({ account }) => account,
    () => null,
  );
}

/** Runs `work` on the chat in one transaction, after catching up the scripted operator. */
async function withChat<T>(ctx: RequestContext, id: string, work: (row: ChatRow) => Promise<T>): Promise<T> {
  return ctx.db.transaction('rw', ctx.db.supportChats, ctx.db.changes, async () => {
    const row = await ctx.db.supportChats.get(id);
    if (!row) throw new ApiError(404, 'not_found', 'No such chat');
    return work(await settleChat(ctx, row));
  });
}

async function save(ctx: RequestContext, row: ChatRow): Promise<Response> {
  await ctx.db.supportChats.put(row);
  await ctx.recordChange('supportChat', row.id, 'put', row.accountId ?? '');
  return json(viewChat(row));
}

export const getChat: Handler = async (ctx) => json(viewChat(await withChat(ctx, ctx.params.id!, async (row) => row)));

export const postMessages: Handler = async (ctx) => {
  const input = await readJson(ctx.request, ChatAppendSchema);
  if (input.chatId !== ctx.params.id) throw new ApiError(400, 'bad_request', 'Chat id mismatch');
  const account = await optionalAccount(ctx);
  return ctx.db.transaction('rw', ctx.db.supportChats, ctx.db.changes, async () => {
    const found = await ctx.db.supportChats.get(input.chatId);
    const row: ChatRow = found
      ? await settleChat(ctx, found)
      : {
          id: input.chatId,
          accountId: account?.id ?? null,
          citizenName: account ? `${account.person.surname} ${account.person.name}` : '',
          clerk: false,
          status: 'bot',
          locale: input.locale,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          messages: [],
        };
    if (row.accountId !== null && row.accountId !== account?.id) throw new ApiError(403, 'forbidden', 'This chat belongs to another account');
    if (row.status === 'closed') throw new ApiError(409, 'chat_closed', 'The chat is closed; start a new one');
    const have = new Set(row.messages.map((m) => m.id));
    // Messages keep the device's order but get the server's clock, so the log is one timeline.
    const fresh = input.messages.filter((m) => !have.has(m.id)).map((m) => ({ ...m, at: ctx.now }));
    return save(ctx, { ...row, locale: input.locale, messages: [...row.messages, ...fresh], updatedAt: ctx.now });
  });
};

export const postHandOver: Handler = async (ctx) => {
  const input = await readJson(ctx.request, HandOverSchema);
  return withChat(ctx, ctx.params.id!, async (row) => {
    if (row.status !== 'bot') return json(viewChat(row));
    if (!operatorsOnDuty(ctx.now)) {
      const until = nextOperatorShift(ctx.now);
      const message = { id: `${row.id}-offhours-${ctx.now}`, at: ctx.now, from: 'bot' as const, kind: 'off_hours' as const, until };
      return save(ctx, { ...row, messages: [...row.messages, message], updatedAt: ctx.now });
    }
    const message = { id: `${row.id}-handover`, at: ctx.now, from: 'bot' as const, kind: 'handed_over' as const };
    return save(ctx, {
      ...row,
      status: 'queued',
      category: input.category ?? row.category,
      handedAt: ctx.now,
      messages: [...row.messages, message],
      updatedAt: ctx.now,
    });
  });
};

export const postRating: Handler = async (ctx) => {
  const input = await readJson(ctx.request, RatingSchema);
  return withChat(ctx, ctx.params.id!, async (row) => {
    if (!row.messages.some((m) => m.from === 'operator')) throw new ApiError(409, 'nothing_to_rate', 'No operator answer to rate yet');
    return save(ctx, { ...row, status: 'closed', rating: { ...input, at: ctx.now }, updatedAt: ctx.now });
  });
};

export const getChatFile: Handler = async (ctx) => {
  const row = await ctx.db.supportChats.get(ctx.params.id!);
  const file = row?.files?.find((f) => f.id === ctx.params.fileId);
  if (!file) throw new ApiError(404, 'not_found', 'No such file');
  return new Response(file.blob, {
    headers: { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}` },
  });
};
