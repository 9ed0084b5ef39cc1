import { describe, expect, it } from 'vitest';
import { supportStats } from './supportStats';

const HOUR = 3_600_000;
const answer = (at: number, late = false) => ({ at, late }) as never;
const scores = (n: number) => ({ scores: { timeliness: n, clarity: n, completeness: n, courtesy: n }, at: 0 });

describe('support statistics', () => {
  it('counts requests by category, mean hours to answer from the last reopen, in-term share and ratings', () => {
    const stats = supportStats(
      [
        { type: 'support', category: 'technical', sentAt: 0, answer: answer(2 * HOUR), rating: scores(5) },
        { type: 'support', category: 'technical', sentAt: 0, reopenedAt: 10 * HOUR, answer: answer(14 * HOUR, true), rating: scores(2) },
        { type: 'support', category: 'payments', sentAt: 0 },
        { type: 'request', sentAt: 0, answer: answer(HOUR) },
      ],
      [{ handedAt: 1, rating: { stars: 4, comment: '', at: 2 } }, { handedAt: 1 }, {}],
    );
    expect(stats.requests).toBe(3);
    expect(stats.byCategory).toMatchObject({ technical: 2, payments: 1, signin: 0 });
    expect(stats.meanAnswerHours).toBe(3);
    expect(stats.inTermShare).toBe(0.5);
    expect(stats.reopened).toBe(1);
    expect(stats.requestRating).toBe(3.5);
    expect(stats).toMatchObject({ chats: 3, handedOver: 2, ratedChats: 1, chatRating: 4 });
  });

  it('says «no data» with nulls, not zeros, when nothing was answered or rated', () => {
    const stats = supportStats([], []);
    expect(stats).toMatchObject({ requests: 0, meanAnswerHours: null, inTermShare: null, requestRating: null, chatRating: null });
  });
});
