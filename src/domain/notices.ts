// Contracts of the notification centre API: one in-app notice as its owner sees it, the list, marking read.
import * as v from 'valibot';

export const NoticeViewSchema = v.object({
  id: v.number(),
  kind: v.string(),
  at: v.number(),
  caseId: v.optional(v.string()),
  /** The appeal a notice is about, when it is. */
  appealId: v.optional(v.string()),
  params: v.record(v.string(), v.union([v.string(), v.number()])),
  read: v.boolean(),
});
export type NoticeView = v.InferOutput<typeof NoticeViewSchema>;

/** Notices listed at most per answer (newest first). */
export const NOTICE_LIST_LIMIT = 200;

export const NoticeListSchema = v.object({ unread: v.number(), notices: v.array(NoticeViewSchema) });

export const NoticesReadSchema = v.object({
  ids: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(NOTICE_LIST_LIMIT))),
  all: v.optional(v.boolean()),
});
export type NoticesRead = v.InferOutput<typeof NoticesReadSchema>;
export const NoticesReadResultSchema = v.object({ read: v.number() });
