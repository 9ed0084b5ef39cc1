// What the citizen does on a support request besides the appeal actions: reopen an answer that did not
// solve the problem, and ask for «Обратный звонок» at a chosen moment (made on the simulated clock).
import { citizenMayAct } from '../../domain/appeals/rules';
import { callbackSchema, ReopenSchema } from '../../domain/appeals/supportInput';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { appendAppealEvent, ownAppeal } from './citizen';
import { appealState } from './settle';
import { appealView } from './view';

/** POST /api/appeals/:id/reopen — «Вопрос не решён»: back to work with a fresh term. */
export const postReopen: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const { comment } = await readJson(ctx.request, ReopenSchema);
  if (!citizenMayAct(appealState(row, ctx.now), 'reopen', ctx.now))
    throw new ApiError(409, 'conflict', 'Only an answered support request can be reopened');
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'reopen', at: ctx.now, comment }), ctx.now));
};

/** POST /api/appeals/:id/callback — a call at a chosen moment, logged in «Сообщения» when it is made. */
export const postCallback: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const { callAt, phone } = await readJson(ctx.request, callbackSchema(ctx.now));
  if (!citizenMayAct(appealState(row, ctx.now), 'callback', ctx.now))
    throw new ApiError(409, 'conflict', 'A callback is already booked, or the request is closed');
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'callback', at: ctx.now, callAt, phone }), ctx.now));
};
