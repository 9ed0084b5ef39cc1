// The notification centre's calls. The periodic count is a background check: it must not keep an idle
// session alive, but it does let the server settle cases whose story moved on with the clock.
import * as v from 'valibot';
import { apiPost, apiRequest } from '../../client/api';

export const NoticeSchema = v.object({
  id: v.number(),
  kind: v.string(),
  at: v.number(),
  caseId: v.optional(v.string()),
  params: v.record(v.string(), v.union([v.string(), v.number()])),
  read: v.boolean(),
});
export type Notice = v.InferOutput<typeof NoticeSchema>;
const NoticesSchema = v.object({ unread: v.number(), notices: v.array(NoticeSchema) });

export const listNotices = (background = false) =>
  apiRequest('GET', '/notifications', NoticesSchema, { headers: background ? { 'X-Okno-Background': '1' } : {} });
export const markRead = (body: { ids?: number[]; all?: boolean }) => apiPost('/notifications/read', body, v.object({ read: v.number() }));
