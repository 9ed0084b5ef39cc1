import { describe, expect, it } from 'vitest';
import { moscowTime } from '../calendar';
import { appealFacts } from './facts';
import { computeAppeal } from './computeAppeal';
import { APPEAL_KINDS, APPEAL_TYPES } from './kinds';
import { pickAppealScenario } from './plan';
import { appealStats } from './stats';
import type { AppealView } from './view';

const START = moscowTime('2026-09-01', 10);
const DAY = 86_400_000;

/** A reproducible set of appeals from one seed, as the demo stand makes them. */
function seeded(seed: string, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const type = APPEAL_TYPES[i % APPEAL_TYPES.length]!;
    const scenario = pickAppealScenario('random', `${seed}:${i}`);
    const facts = appealFacts(APPEAL_KINDS[type], {
      id: `a${i}`,
      number: String(10_000_000 + i),
      sentAt: START + i * DAY,
      scenario,
      seed: `${seed}:${i}`,
      priority: 'low',
    });
    const state = computeAppeal(facts, [], START + 90 * DAY);
    return { type, status: state.status, sentAt: facts.sentAt, answer: state.answer } as Pick<
      AppealView,
      'type' | 'status' | 'sentAt' | 'answer' | 'rating'
    >;
  });
}

describe('appeal statistics', () => {
  it('counts by type and status and measures answers and ratings', () => {
    const stats = appealStats([
      {
        type: 'request',
        status: 'answered',
        sentAt: 0,
        answer: { at: 4 * DAY, late: false } as AppealView['answer'],
        rating: { scores: { timeliness: 5, clarity: 4, completeness: 3, courtesy: 5 }, at: 5 * DAY },
      },
      { type: 'complaint', status: 'closed', sentAt: 0, answer: { at: 20 * DAY, late: true } as AppealView['answer'] },
      { type: 'complaint', status: 'sent', sentAt: 0 },
    ]);
    expect(stats.byType).toMatchObject({ request: 1, complaint: 2, petition: 0 });
    expect(stats.byStatus).toMatchObject({ answered: 1, closed: 1, sent: 1 });
    expect(stats.meanAnswerDays).toBe(12);
    expect(stats.inTermShare).toBe(0.5);
    expect(stats.ratings).toEqual({ timeliness: 5, clarity: 4, completeness: 3, courtesy: 5 });
  });

  it('gives the same numbers for the same seed', () => {
    const a = appealStats(seeded('qa-1', 40));
    expect(appealStats(seeded('qa-1', 40))).toEqual(a);
    expect(a.total).toBe(40);
    expect(a.answered).toBeGreaterThan(0);
    expect(a.inTermShare).toBeGreaterThan(0);
  });
});
