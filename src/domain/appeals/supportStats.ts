// Statistics of a citizen's support: requests by category, how fast and how often in term they were
// answered, how many were reopened, their ratings, and the chats handed to a person with their stars.
// Pure, like the appeals statistics it is shown beside.
import { SUPPORT_CATEGORIES, type SupportCategory } from '../support/supportCategories';
import type { ChatView } from '../support/chat';
import { RATING_CRITERIA, type AppealView } from './view';

const HOUR_MS = 3_600_000;
const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: readonly number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

export interface SupportStats {
  requests: number;
  byCategory: Record<SupportCategory, number>;
  answered: number;
  /** Mean hours from sending (or reopening) to the answer; null without answers. */
  meanAnswerHours: number | null;
  inTermShare: number | null;
  reopened: number;
  /** Mean of all four criteria over rated requests, 1–5; null without ratings. */
  requestRating: number | null;
  chats: number;
  handedOver: number;
  /** Mean stars of rated chats with an operator, 1–5; null without ratings. */
  chatRating: number | null;
  ratedChats: number;
}

type Request = Pick<AppealView, 'type' | 'category' | 'sentAt' | 'reopenedAt' | 'answer' | 'rating'>;

export function supportStats(appeals: readonly Request[], chats: readonly Pick<ChatView, 'handedAt' | 'rating'>[]): SupportStats {
  const requests = appeals.filter((a) => a.type === 'support');
  const byCategory = Object.fromEntries(SUPPORT_CATEGORIES.map((c) => [c, 0])) as Record<SupportCategory, number>;
  for (const request of requests) if (request.category) byCategory[request.category] += 1;
  const answers = requests.filter((r) => r.answer);
  const rated = requests.flatMap((r) =>
    r.rating ? [RATING_CRITERIA.reduce((sum, c) => sum + r.rating!.scores[c], 0) / RATING_CRITERIA.length] : [],
  );
  const stars = chats.flatMap((c) => (c.rating ? [c.rating.stars] : []));
  return {
    requests: requests.length,
    byCategory,
    answered: answers.length,
    meanAnswerHours: mean(answers.map((r) => (r.answer!.at - (r.reopenedAt ?? r.sentAt)) / HOUR_MS)),
    inTermShare: answers.length ? answers.filter((r) => !r.answer!.late).length / answers.length : null,
    reopened: requests.filter((r) => r.reopenedAt !== undefined).length,
    requestRating: mean(rated),
    chats: chats.length,
    handedOver: chats.filter((c) => c.handedAt !== undefined).length,
    chatRating: mean(stars),
    ratedChats: stars.length,
  };
}
