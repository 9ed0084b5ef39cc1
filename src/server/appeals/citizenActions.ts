// What the citizen does on a sent appeal: edit before processing, add materials when asked, repeat after
// 48 hours, close, rate the answer. Each refusal says why (409 with a code the page translates).
import * as v from 'valibot';
import { AppealFileMetaSchema, ContactsSchema, DescriptionSchema, MaterialsCommentSchema, SubjectSchema } from '../../domain/appeals/input';
import { citizenMayAct, REPEAT_AFTER_MS } from '../../domain/appeals/rules';
import { RatingSchema } from '../../domain/appeals/view';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { appendAppealEvent, ownAppeal, readAppealBody } from './citizen';
import { receiveAppealFiles } from './files';
import { appealState, settleAppeals } from './settle';
import { appealView } from './view';

export const EditSchema = v.object({
  subject: SubjectSchema,
  description: DescriptionSchema,
  contacts: ContactsSchema,
  attachments: v.optional(v.pipe(v.array(AppealFileMetaSchema), v.maxLength(10, 'too_long')), []),
});

/** PUT /api/appeals/:id — text, contacts and more files, while processing has not started. */
export const putAppeal: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  if (!citizenMayAct(appealState(row, ctx.now), 'edit', ctx.now))
    throw new ApiError(409, 'appeal_locked', 'Processing has started: the appeal can no longer be edited');
  const { body, form } = await readAppealBody(ctx, 'appeal', EditSchema);
  const files = await receiveAppealFiles(
    body.attachments,
    form,
    ctx.now,
    'sent',
    row.files.reduce((sum, f) => sum + f.size, 0),
  );
  const updated = await appendAppealEvent(
    ctx,
    row,
    { type: 'edit', at: ctx.now },
    { subject: body.subject, description: body.description, contacts: body.contacts, files: [...row.files, ...files] },
  );
  return json(appealView(updated, ctx.now));
};

export const MaterialsSchema = v.object({
  comment: MaterialsCommentSchema,
  /** The corrected description, when the citizen rewrote it. */
  description: v.optional(DescriptionSchema),
  attachments: v.optional(v.pipe(v.array(AppealFileMetaSchema), v.maxLength(10, 'too_long')), []),
});

/** POST /api/appeals/:id/materials — what the department asked for; leads to «Перепроверено». */
export const postMaterials: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  if (row.status !== 'awaiting_documents') throw new ApiError(409, 'not_awaiting', 'The department is not waiting for materials');
  const { body, form } = await readAppealBody(ctx, 'materials', MaterialsSchema);
  if (!body.comment && !body.attachments.length && !body.description)
    throw new ApiError(422, 'validation', 'Add a comment, a file or a corrected text', { comment: 'required' });
  const files = await receiveAppealFiles(
    body.attachments,
    form,
    ctx.now,
    'materials',
    row.files.reduce((sum, f) => sum + f.size, 0),
  );
  const names = files.map((f) => f.name);
  const patch = {
    files: [...row.files, ...files],
    materials: [...row.materials, { at: ctx.now, comment: body.comment, files: names }],
    ...(body.description ? { description: body.description } : {}),
  };
  const updated = await appendAppealEvent(ctx, row, { type: 'materials', at: ctx.now, comment: body.comment, files: names }, patch);
  return json(appealView(updated, ctx.now));
};

/** POST /api/appeals/:id/repeat — after 48 hours without change; raises priority, may ask to escalate. */
export const postRepeat: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const { escalate } = await readJson(ctx.request, v.object({ escalate: v.optional(v.boolean(), false) }));
  const state = appealState(row, ctx.now);
  if (!citizenMayAct(state, 'repeat', ctx.now)) {
    const after = state.lastChangeAt + REPEAT_AFTER_MS;
    if (ctx.now < after)
      throw new ApiError(409, 'repeat_too_early', 'A repeat request is possible 48 hours after the last change', undefined, { after });
    throw new ApiError(409, 'conflict', 'The appeal is not waiting for the department');
  }
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'repeat', at: ctx.now, escalate }), ctx.now));
};

/** POST /api/appeals/:id/close — «Завершить». */
export const postClose: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  if (row.status === 'closed') return json(appealView(row, ctx.now));
  return json(appealView(await appendAppealEvent(ctx, row, { type: 'close', at: ctx.now }), ctx.now));
};

/** POST /api/appeals/:id/rating — 1–5 per criterion and a comment, once per answer. */
export const postRating: Handler = async (ctx) => {
  const row = await ownAppeal(ctx);
  const rating = await readJson(ctx.request, RatingSchema);
  if (!row.state.answer) throw new ApiError(409, 'no_answer', 'There is no answer to rate yet');
  if (row.rating) throw new ApiError(409, 'already_rated', 'The answer is rated already');
  const [updated] = await settleAppeals(
    ctx,
    async () => {
      const fresh = (await ctx.db.appeals.get(row.id))!;
      const rated = { ...fresh, rating: { ...rating, at: ctx.now }, updatedAt: ctx.now };
      await ctx.db.appeals.put(rated);
      return [rated];
    },
    true,
  );
  return json(appealView(updated!, ctx.now));
};
