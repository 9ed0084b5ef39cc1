// Which notifications a case's story gives and when, including the ones still to come (reminders).
// Keys are built from the case, the kind and the moment, so a notice is delivered once however often
// the case is recomputed.
import { EXPIRY_NOTICE_MS, REMINDER_BEFORE_MS } from './plan';
import { replyAt } from './questions';
import type { CaseInput, CaseState, DueNotice, NoticeKind } from './types';

export function noticesOf(state: CaseState, input: CaseInput): DueNotice[] {
  const notices: DueNotice[] = [];
  const add = (kind: NoticeKind, at: number, params: Record<string, string | number> = {}) =>
    notices.push({ key: `${input.id}:${kind}:${at}`, kind, at, params: { number: input.number, ...params } });
  const { timeline } = state;
  timeline.forEach((entry, i) => {
    const after = timeline.slice(i + 1).find((e) => e.status !== entry.status);
    if (i === 0) add('registered', entry.at);
    // The department took the application (after a failure too: «recovered») and began examining it;
    // processing resumed after a documents reply is not a new start.
    if (entry.status === 'accepted') add('accepted', entry.at);
    if (entry.status === 'in_processing' && entry.note === 'in_processing') add('processing', entry.at);
    if (entry.status === 'documents_requested' && entry.note === 'documents_requested') {
      const deadline = state.requests.find((r) => r.at === entry.at)?.deadline;
      add('documents_requested', entry.at, deadline ? { deadline } : {});
      const remindAt = deadline ? deadline - REMINDER_BEFORE_MS : -Infinity;
      if (deadline && remindAt > entry.at && (!after || after.at > remindAt)) add('deadline_reminder', remindAt, { deadline });
    }
    if (entry.status === 'ready' && entry.note?.startsWith('ready_')) {
      add('ready', entry.at, { way: input.resultWay });
      const pickup = state.pickupDeadline;
      if (pickup && (!after || after.at > pickup - REMINDER_BEFORE_MS)) add('deadline_reminder', pickup - REMINDER_BEFORE_MS, { deadline: pickup });
    }
    if (entry.status === 'rejected') add('rejected', entry.at, { reason: entry.reason ?? '' });
    if (entry.status === 'withdrawn') add('withdrawn', entry.at);
    if (entry.status === 'returned') add('returned', entry.at);
    if (entry.status === 'issued' && input.resultWay === 'post') add('issued', entry.at);
  });
  for (const at of input.questions ?? []) add('question_answered', replyAt(at));
  if (state.validUntil && state.readyAt && state.validUntil - EXPIRY_NOTICE_MS > state.readyAt) {
    add('result_expiring', state.validUntil - EXPIRY_NOTICE_MS, { validUntil: state.validUntil });
  }
  return notices;
}
