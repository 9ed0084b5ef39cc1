// The operator console's chat queue: chats the bot handed over, oldest first; take one, answer (with
// an optional file), close. Every request carries the operator PIN; each one also marks a clerk as on
// duty, which keeps the scripted operator away from chats a clerk has taken.
import { DEFAULT_FILE_RULE, detectKind, MAGIC_HEAD_BYTES, MAX_FILE_BYTES, MIME_TYPES } from '../../domain/fileCheck';
import { inspectFile, platformDecoder } from '../../domain/inspectFile';
import { shortenFileName } from '../../domain/fileName';
import { OperatorAnswerSchema, type ChatMessage, type ChatQueueItem } from '../../domain/support/chat';
import { ApiError, json, parseWith } from '../http';
import { requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import type { ChatRow } from './chatRows';
import { settleChat } from './settleChat';

const OPERATOR_NAME = { ru: 'Оператор Окна', en: 'Okno operator' };
const QUEUE_LIMIT = 200;

function lastText(row: ChatRow): string {
  const last = [...row.messages].reverse().find((m) => m.from === 'citizen' || m.from === 'operator');
  return last && 'text' in last ? last.text.slice(0, 140) : '';
}

export const getChatQueue: Handler = async (ctx) => {
  await requireOperator(ctx);
  const rows = await ctx.db.supportChats.where('status').anyOf('queued', 'taken').limit(QUEUE_LIMIT).toArray();
  const settled = await ctx.db.transaction('rw', ctx.db.supportChats, ctx.db.changes, () => Promise.all(rows.map((row) => settleChat(ctx, row))));
  const items: ChatQueueItem[] = settled
    .filter((row) => row.status !== 'closed')
    .sort((a, b) => (a.handedAt ?? 0) - (b.handedAt ?? 0))
    .map((row) => ({
      id: row.id,
      status: row.status,
      citizen: row.citizenName,
      category: row.category,
      handedAt: row.handedAt,
      lastText: lastText(row),
    }));
  return json(items);
};

async function operatorChat(ctx: RequestContext, work: (row: ChatRow) => Promise<ChatRow | null>): Promise<Response> {
  await requireOperator(ctx);
  return ctx.db.transaction('rw', ctx.db.supportChats, ctx.db.changes, async () => {
    const found = await ctx.db.supportChats.get(ctx.params.id!);
    if (!found) throw new ApiError(404, 'not_found', 'No such chat');
    const row = await settleChat(ctx, found);
    const next = await work(row);
    if (next) {
      await ctx.db.supportChats.put({ ...next, updatedAt: ctx.now });
      await ctx.recordChange('supportChat', row.id, 'put', row.accountId ?? '');
    }
    const { files: _files, ...rest } = next ?? row;
    return json(rest);
  });
}

export const getOperatorChat: Handler = (ctx) => operatorChat(ctx, async () => null);

export const postTakeChat: Handler = (ctx) =>
  operatorChat(ctx, async (row) => {
    if (row.status === 'closed') throw new ApiError(409, 'chat_closed', 'The chat is closed');
    if (row.clerk) return null;
    const name = OPERATOR_NAME[row.locale];
    const taken: ChatMessage = { id: `${row.id}-taken-${ctx.now}`, at: ctx.now, from: 'system', kind: 'taken', name };
    return { ...row, status: 'taken', clerk: true, operatorName: name, messages: [...row.messages, taken] };
  });

/** multipart/form-data: text, and an optional file (PNG, JPEG or PDF, at most 5 MB, checked by content). */
export const postOperatorAnswer: Handler = async (ctx) => {
  const form = await ctx.request.formData().catch(() => {
    throw new ApiError(400, 'bad_request', 'Expected multipart form data');
  });
  const { text } = parseWith(OperatorAnswerSchema, { text: form.get('text') });
  const upload = form.get('file');
  let file: NonNullable<ChatRow['files']>[number] | undefined;
  if (upload instanceof File && upload.size > 0) {
    if (upload.size > MAX_FILE_BYTES) throw new ApiError(413, 'file_too_large', 'Files are at most 5 MB');
    const kind = detectKind(new Uint8Array(await upload.slice(0, MAGIC_HEAD_BYTES).arrayBuffer()));
    if (kind === null || kind === 'doc') throw new ApiError(415, 'file_type', 'Attach a PNG, JPEG or PDF file');
    const verdict = await inspectFile(upload, new Uint8Array(await upload.arrayBuffer()), DEFAULT_FILE_RULE, platformDecoder);
    if (!verdict.ok) throw new ApiError(422, `file_${verdict.code}`, 'The file does not pass the checks');
    file = { id: crypto.randomUUID(), name: shortenFileName(upload.name), type: MIME_TYPES[kind], size: upload.size, blob: upload };
  }
  return operatorChat(ctx, async (row) => {
    if (!row.clerk) throw new ApiError(409, 'not_taken', 'Take the chat first');
    if (row.status === 'closed') throw new ApiError(409, 'chat_closed', 'The chat is closed');
    const { blob: _blob, ...fileView } = file ?? { blob: null };
    const answer: ChatMessage = {
      id: `${row.id}-op-${ctx.now}-${row.messages.length}`,
      at: ctx.now,
      from: 'operator',
      name: row.operatorName ?? OPERATOR_NAME[row.locale],
      text,
      ...(file ? { file: fileView as NonNullable<typeof file> } : {}),
    };
    return { ...row, messages: [...row.messages, answer], files: file ? [...(row.files ?? []), file] : row.files };
  });
};

export const postCloseChat: Handler = (ctx) =>
  operatorChat(ctx, async (row) => {
    if (row.status === 'closed') return null;
    const closed: ChatMessage = { id: `${row.id}-closed`, at: ctx.now, from: 'system', kind: 'closed' };
    return { ...row, status: 'closed', messages: [...row.messages, closed] };
  });
