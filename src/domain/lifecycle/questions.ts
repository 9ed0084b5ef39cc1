// Questions a citizen writes to the department from the case page, and the department's replies on
// the simulated clock: two working hours after each question, saying where the case stands at that
// moment. Pure, like the rest of the engine: the replies are recomputed from the case and the clock.
import * as v from 'valibot';
import type { ApplicationStatus } from '../application';
import { addWorkingMinutes } from '../calendar';
import type { RejectionReason } from '../scenario';
import type { TimelineEntry } from './types';

export const QUESTION_MAX = 1000;
/** Questions per case: enough for a real exchange, not a way to flood the department. */
export const QUESTIONS_PER_CASE = 20;
const REPLY_WORKING_MINUTES = 120;

export const QuestionSchema = v.object({
  text: v.pipe(v.string('required'), v.trim(), v.minLength(1, 'required'), v.maxLength(QUESTION_MAX, 'too_long')),
});

export interface DepartmentReply {
  at: number;
  /** Where the case stood when the reply was written; the page words the reply from it. */
  status: ApplicationStatus;
  deadline?: number;
  reason?: RejectionReason;
}

/** When the department replies to a question written at `at`. */
export const replyAt = (at: number): number => addWorkingMinutes(at, REPLY_WORKING_MINUTES);

/** The replies due by `now` to questions written at `questions`, from the case's story. */
export function repliesOf(
  questions: readonly number[],
  story: { timeline: readonly TimelineEntry[]; requests: readonly { at: number; deadline: number }[] },
  now: number,
): DepartmentReply[] {
  return questions
    .map(replyAt)
    .filter((at) => at <= now)
    .map((at) => {
      const entry = [...story.timeline].reverse().find((e) => e.at <= at) ?? story.timeline[0]!;
      const request = [...story.requests].reverse().find((r) => r.at <= at);
      return {
        at,
        status: entry.status,
        ...(entry.status === 'documents_requested' && request ? { deadline: request.deadline } : {}),
        ...(entry.status === 'rejected' && entry.reason ? { reason: entry.reason } : {}),
      };
    });
}
