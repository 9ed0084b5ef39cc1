// Statistics over a citizen's appeals: counts by type and status, mean time to answer, the share
// answered within term, and mean ratings. Pure, so the same appeals always give the same numbers.
import { APPEAL_TYPES, type AppealType } from './kinds';
import { APPEAL_STATUSES, type AppealStatus } from './types';
import { RATING_CRITERIA, type AppealView, type RatingCriterion } from './view';

const DAY_MS = 86_400_000;

export interface AppealStats {
  total: number;
  byType: Record<AppealType, number>;
  byStatus: Record<AppealStatus, number>;
  answered: number;
  /** Mean calendar days from sending to the answer, one decimal; null without answers. */
  meanAnswerDays: number | null;
  /** Share of answers given within the term, 0–1; null without answers. */
  inTermShare: number | null;
  /** Mean score per criterion, one decimal; null without ratings. */
  ratings: Record<RatingCriterion, number> | null;
  rated: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function appealStats(appeals: readonly Pick<AppealView, 'type' | 'status' | 'sentAt' | 'answer' | 'rating'>[]): AppealStats {
  const byType = Object.fromEntries(APPEAL_TYPES.map((k) => [k, 0])) as Record<AppealType, number>;
  const byStatus = Object.fromEntries(APPEAL_STATUSES.map((k) => [k, 0])) as Record<AppealStatus, number>;
  for (const appeal of appeals) {
    byType[appeal.type] += 1;
    byStatus[appeal.status] += 1;
  }
  const answers = appeals.filter((a) => a.answer);
  const rated = appeals.filter((a) => a.rating);
  const ratings = rated.length
    ? (Object.fromEntries(RATING_CRITERIA.map((c) => [c, round1(rated.reduce((sum, a) => sum + a.rating!.scores[c], 0) / rated.length)])) as Record<
        RatingCriterion,
        number
      >)
    : null;
  return {
    total: appeals.length,
    byType,
    byStatus,
    answered: answers.length,
    meanAnswerDays: answers.length ? round1(answers.reduce((sum, a) => sum + (a.answer!.at - a.sentAt), 0) / answers.length / DAY_MS) : null,
    inTermShare: answers.length ? answers.filter((a) => !a.answer!.late).length / answers.length : null,
    ratings,
    rated: rated.length,
  };
}
