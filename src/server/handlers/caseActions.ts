// What the citizen does on a case after sending it: answer a documents request, take the electronic result.
import * as v from 'valibot';
import { AttachmentMetaSchema } from '../../domain/application';
import type { CaseEvent } from '../../domain/lifecycle/types';
import { receiveParts } from '../attachments';
import { ApiError, json, parseWith, readJson } from '../http';
import { QuestionSchema, QUESTIONS_PER_CASE } from '../../domain/lifecycle/questions';
import { replay } from '../../domain/lifecycle/computeCase';
import { caseInput, serviceOf, settleCases, stateOf } from '../lifecycle';
import type { Handler, RequestContext } from '../router';
import type { CaseRow } from '../rows';
import { ownCase } from './applications';
import { caseView } from './caseView';

export const ReplySchema = v.object({ attachments: v.pipe(v.array(AttachmentMetaSchema), v.minLength(1), v.maxLength(10)) });

/** Appends an event and settles the case, in one go for both. */
export async function appendEvent(ctx: RequestContext, row: CaseRow, event: CaseEvent, files: CaseRow['files'] = []): Promise<CaseRow> {
  const [settled] = await settleCases(ctx, async () => {
    const fresh = (await ctx.db.cases.get(row.id))!;
    const updated = { ...fresh, events: [...fresh.events, event], files: [...(fresh.files ?? []), ...files] };
    await ctx.db.cases.put(updated);
    return [updated];
  });
  return settled!;
}

export const postReply: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  const request = row.state?.request;
  if (row.status !== 'documents_requested' || !request) throw new ApiError(409, 'conflict', 'The department is not waiting for documents');
  const form = await ctx.request.formData().catch(() => null);
  if (!form) throw new ApiError(400, 'bad_json', 'The multipart body cannot be read');
  const reply = parseWith(ReplySchema, parseJson(String(form.get('reply') ?? '')));
  const service = serviceOf(row);
  const documents = (service?.documents ?? []).filter((doc) => request.documents.includes(doc.id));
  const files = await receiveParts(documents, reply.attachments, form, request.documents);
  const event: CaseEvent = { type: 'reply', at: ctx.now, files: files.map((f) => f.name) };
  return json(
    caseView(
      await appendEvent(
        ctx,
        row,
        event,
        files.map((f) => ({ ...f, at: ctx.now })),
      ),
    ),
  );
};

/** The citizen opened the electronic result: from now on it counts as issued. */
export const postReceived: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  if (row.status === 'issued') return json(caseView(row));
  if (row.status !== 'ready' || row.resultWay !== 'electronic') throw new ApiError(409, 'conflict', 'There is no electronic result to receive');
  const event: CaseEvent = { type: 'received', at: ctx.now };
  if (stateOf(row, ctx.now, [event]).status !== 'issued') throw new ApiError(409, 'conflict', 'There is no electronic result to receive');
  return json(caseView(await appendEvent(ctx, row, event)));
};

/**
 * The citizen withdraws the application: only while «Отправлено» or «Принято», before the department
 * begins to examine it. Later the answer says so (withdraw_too_late), naming the status it is in.
 */
export const postWithdraw: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  if (row.status === 'withdrawn') return json(caseView(row));
  const event: CaseEvent = { type: 'withdraw', at: ctx.now };
  const refusal = replay(caseInput(row), [...row.events, event], ctx.now).refused.get(event);
  if (refusal) throw new ApiError(409, 'withdraw_too_late', refusal.message, undefined, { status: row.status });
  return json(caseView(await appendEvent(ctx, row, event)));
};

/** A question to the department from the case page; the reply follows on the simulated clock (questions.ts). */
export const postQuestion: Handler = async (ctx) => {
  const row = await ownCase(ctx);
  const { text } = await readJson(ctx.request, QuestionSchema);
  if (row.status === 'withdrawn') throw new ApiError(409, 'questions_closed', 'A withdrawn application takes no questions');
  if ((row.questions?.length ?? 0) >= QUESTIONS_PER_CASE)
    throw new ApiError(409, 'questions_limit', 'Too many questions on one application', undefined, { max: QUESTIONS_PER_CASE });
  const [settled] = await settleCases(ctx, async () => {
    const fresh = (await ctx.db.cases.get(row.id))!;
    const updated = { ...fresh, questions: [...(fresh.questions ?? []), { at: ctx.now, text }] };
    await ctx.db.cases.put(updated);
    await ctx.recordChange('case', row.id, 'put', row.accountId);
    return [updated];
  });
  return json(caseView(settled!), 201);
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'bad_json', 'The reply part is not valid JSON');
  }
}
