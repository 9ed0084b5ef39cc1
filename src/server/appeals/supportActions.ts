// What the citizen does on a support request besides the appeal actions: reopen an answer that did not
// solve the problem, and ask for «Обратный звонок» at a chosen moment (made on the simulated clock).
import * as v from 'valibot';
import { parseRuDateTime, TriedSchema } from '../../domain/appeals/input';
import { citizenMayAct } from '../../domain/appeals/rules';
import { PhoneSchema } from '../../domain/identifiers';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { appendAppealEvent, ownAppeal } from './citizen';
import { appealState } from './settle';
import { appealView } from './view';

/** A callback is booked at least this far ahead, and at most this far. */
export const CALLBACK_MIN_AHEAD_MS = 5 * 60_000;
export const CALLBACK_MAX_AHEAD_MS = 14 * 86_400_000;

export const ReopenSchema = v.object({ comment: v.pipe(TriedSchema, v.minLength(3, 'too_short')) });
export const CallbackSchema = v.object({
  callAt: v.pipe(v.string('required'), v.transform(parseRuDateTime), v.number('datetime_format')),
  phone: PhoneSchema,
});

/** POST /api/appeals/:id/reopen — «Вопрос не решён»: back to work with a fresh term. */
export const postReopen: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const { comment } = await readJson(ctx.request, ReopenSchema);
  if (!citizenMayAct(appealState(row, ctx.now), 'reopen', ctx.now)) throw new ApiError(409, 'conflict', 'Only an answered support request can be reopened');
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'reopen', at: ctx.now, comment }), ctx.now));
};

/** POST /api/appeals/:id/callback — a call at a chosen moment, logged in «Сообщения» when it is made. */
export const postCallback: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const { callAt, phone } = await readJson(ctx.request, CallbackSchema);
  if (callAt < ctx.now + CALLBACK_MIN_AHEAD_MS) throw new ApiError(422, 'validation', 'The call must be booked ahead', { callAt: 'callback_too_soon' });
  if (callAt > ctx.now + CALLBACK_MAX_AHEAD_MS) throw new ApiError(422, 'validation', 'The call is too far ahead', { callAt: 'callback_too_far' });
  if (!citizenMayAct(appealState(row, ctx.now), 'callback', ctx.now)) throw new ApiError(409, 'conflict', 'A callback is already booked, or the request is closed');
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'callback', at: ctx.now, callAt, phone }), ctx.now));
};
