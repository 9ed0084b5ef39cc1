// A paper result «в МФЦ» not collected within the keeping period goes back to the archive (issue 19.4).
import { describe, expect, it } from 'vitest';
import { moscowTime } from '../calendar';
import { computeCase } from './computeCase';
import type { CaseEvent, CaseInput } from './types';

const DAY = 86_400_000;
const SENT = moscowTime('2026-10-30', 18, 30);

const input = (extra: Partial<CaseInput> = {}): CaseInput => ({
  id: 'case-7',
  number: '2026-PICK-UP00',
  submittedAt: SENT,
  scenario: 'happy',
  seed: 'seed-7',
  termDays: { min: 3, max: 5 },
  resultWay: 'office',
  documentSlots: ['passport'],
  validityMonths: 1,
  ...extra,
});

describe('the pickup deadline of a paper result', () => {
  it('keeps the result ready until the deadline, then returns it to the archive with a notice', () => {
    const ready = computeCase(input(), [], SENT + 20 * DAY);
    expect(ready.status).toBe('ready');
    const before = computeCase(input(), [], ready.pickupDeadline! - 1);
    expect(before.status).toBe('ready');
    // The server settles the case again at exactly that moment, with no timer.
    expect(before.next).toBe(ready.pickupDeadline);
    const after = computeCase(input(), [], ready.pickupDeadline!);
    expect(after.status).toBe('returned');
    expect(after.timeline.at(-1)).toEqual({ at: ready.pickupDeadline, status: 'returned', note: 'returned_to_archive' });
    expect(after.notices.map((n) => n.kind)).toEqual(['registered', 'accepted', 'processing', 'ready', 'deadline_reminder', 'returned']);
    expect(after.next).toBeUndefined();
  });

  it('a result handed out at the counter before the deadline is never returned', () => {
    const ready = computeCase(input({ scenario: 'manual' }), [], SENT);
    expect(ready.status).toBe('sent');
    const events: CaseEvent[] = [
      { type: 'operator', at: SENT + DAY, act: { action: 'accept' } },
      { type: 'operator', at: SENT + 2 * DAY, act: { action: 'ready' } },
      { type: 'operator', at: SENT + 10 * DAY, act: { action: 'issue' } },
    ];
    const later = computeCase(input({ scenario: 'manual' }), events, SENT + 90 * DAY);
    expect(later.status).toBe('issued');
    expect(later.notices.map((n) => n.kind)).not.toContain('returned');
  });

  it('the counter cannot hand out a returned result', () => {
    const ready = computeCase(input(), [], SENT + 20 * DAY);
    const late: CaseEvent[] = [{ type: 'operator', at: ready.pickupDeadline! + DAY, act: { action: 'issue' } }];
    expect(computeCase(input(), late, ready.pickupDeadline! + 2 * DAY).status).toBe('returned');
  });

  it('post and electronic results are never returned', () => {
    for (const resultWay of ['post', 'electronic'] as const) {
      expect(computeCase(input({ resultWay }), [], SENT + 120 * DAY).status).not.toBe('returned');
    }
  });
});
