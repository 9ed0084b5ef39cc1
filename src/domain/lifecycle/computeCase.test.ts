import { describe, expect, it } from 'vitest';
import { isWorkingDay, moscowDate, moscowTime } from '../calendar';
import { computeCase } from './computeCase';
import type { CaseEvent, CaseInput, CaseScenario } from './types';

const DAY = 86_400_000;
// Friday 30 October 2026, 18:30 Moscow (after hours): the weekend and Wednesday 4 November (a holiday) lie ahead.
const FRIDAY = moscowTime('2026-10-30', 18, 30);

function input(scenario: CaseScenario, extra: Partial<CaseInput> = {}): CaseInput {
  return {
    id: 'case-1',
    number: '2026-ABCD-EFGH',
    submittedAt: FRIDAY,
    scenario,
    seed: 'seed-1',
    termDays: { min: 3, max: 5 },
    resultWay: 'electronic',
    documentSlots: ['passport', 'proof'],
    validityMonths: 1,
    ...extra,
  };
}

const statuses = (c: { timeline: { status: string }[] }) => c.timeline.map((e) => e.status);
const decided = (c: { timeline: { at: number; status: string }[] }) => c.timeline.filter((e) => e.status !== 'sent');

describe('computeCase', () => {
  it('plays the happy path on working days only', () => {
    const state = computeCase(input('happy'), [], FRIDAY + 30 * DAY);
    expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'ready']);
    for (const entry of decided(state)) expect(isWorkingDay(moscowDate(entry.at))).toBe(true);
    // Sent after closing on Friday: accepted on Monday morning, not over the weekend.
    expect(moscowDate(state.timeline[1]!.at)).toBe('2026-11-02');
    // The 4 November holiday is not a working day: ready falls 3–5 working days after 2 November.
    expect(['2026-11-06', '2026-11-09', '2026-11-10']).toContain(moscowDate(state.readyAt!));
    expect(state.validUntil! - state.readyAt!).toBeGreaterThan(27 * DAY);
  });

  it('asks for documents, resumes after the reply, and rejects when the deadline passes', () => {
    const asked = computeCase(input('documents_requested'), [], FRIDAY + 4 * DAY);
    expect(asked.status).toBe('documents_requested');
    expect(asked.request!.documents).toHaveLength(1);
    expect(isWorkingDay(moscowDate(asked.request!.deadline))).toBe(true);
    const reply: CaseEvent = { type: 'reply', at: asked.timeline.at(-1)!.at + 3_600_000, files: ['proof.pdf'] };
    const resumed = computeCase(input('documents_requested'), [reply], FRIDAY + 30 * DAY);
    expect(statuses(resumed)).toEqual(['sent', 'accepted', 'in_processing', 'documents_requested', 'in_processing', 'ready']);
    const missed = computeCase(input('documents_requested'), [], FRIDAY + 30 * DAY);
    expect(missed.status).toBe('rejected');
    expect(missed.rejection!.reason).toBe('documents_missing');
    expect(missed.timeline.at(-1)!.at).toBe(asked.request!.deadline);
  });

  it.each(['documents_missing', 'data_mismatch', 'address_not_in_registry', 'rules_broken', 'technical_failure'] as const)(
    'rejects with the reason %s',
    (reason) => {
      const state = computeCase(input('rejected', { rejectReason: reason }), [], FRIDAY + 30 * DAY);
      expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'rejected']);
      expect(state.rejection!.reason).toBe(reason);
    },
  );

  it('a slow department extends the term and is late', () => {
    const happy = computeCase(input('happy'), [], FRIDAY + 60 * DAY);
    const slow = computeCase(input('slow'), [], FRIDAY + 60 * DAY);
    expect(slow.timeline.some((e) => e.note === 'term_extended')).toBe(true);
    expect(slow.readyAt!).toBeGreaterThan(happy.readyAt!);
  });

  it('recovers from a technical failure a working day later', () => {
    const state = computeCase(input('technical_failure'), [], FRIDAY + 30 * DAY);
    expect(state.timeline[1]).toMatchObject({ status: 'sent', note: 'technical_failure' });
    expect(state.timeline[2]).toMatchObject({ status: 'accepted', note: 'recovered' });
    expect(state.status).toBe('ready');
  });

  it('delivers by post in 3–7 working days and then counts as issued', () => {
    const state = computeCase(input('happy', { resultWay: 'post' }), [], FRIDAY + 30 * DAY);
    expect(state.tracking.map((t) => t.stage)).toEqual(['handed_over', 'in_transit', 'arrived', 'delivered']);
    expect(state.status).toBe('issued');
    expect(state.notices.map((n) => n.kind)).toContain('issued');
  });

  it('waits for the operator in the manual scenario and follows each action', () => {
    const waiting = computeCase(input('manual'), [], FRIDAY + 30 * DAY);
    expect(statuses(waiting)).toEqual(['sent']);
    expect(waiting.next).toBeUndefined();
    const at = FRIDAY + DAY;
    const events: CaseEvent[] = [
      { type: 'operator', at, act: { action: 'accept' } },
      { type: 'operator', at: at + 1000, act: { action: 'ready', comment: 'Готово' } },
      { type: 'operator', at: at + 2000, act: { action: 'issue' } },
    ];
    const done = computeCase(input('manual', { resultWay: 'office' }), events, FRIDAY + 2 * DAY);
    expect(statuses(done)).toEqual(['sent', 'accepted', 'in_processing', 'ready', 'issued']);
    expect(done.timeline[3]!.comment).toBe('Готово');
  });

  it('an operator action outside its statuses changes nothing', () => {
    const events: CaseEvent[] = [{ type: 'operator', at: FRIDAY + 1000, act: { action: 'issue' } }];
    expect(statuses(computeCase(input('manual'), events, FRIDAY + DAY))).toEqual(['sent']);
  });

  it('gives the same state after a 30-day jump as stepping hour by hour', () => {
    for (const scenario of ['happy', 'documents_requested', 'slow', 'technical_failure', 'rejected'] as const) {
      const jumped = computeCase(input(scenario, { resultWay: 'post' }), [], FRIDAY + 30 * DAY);
      let stepped = computeCase(input(scenario, { resultWay: 'post' }), [], FRIDAY);
      for (let t = FRIDAY; t <= FRIDAY + 30 * DAY; t += 3_600_000) stepped = computeCase(input(scenario, { resultWay: 'post' }), [], t);
      expect(stepped).toEqual(jumped);
    }
  });

  it('the same seed tells the same story, another seed may not', () => {
    const a = computeCase(input('happy'), [], FRIDAY + 30 * DAY);
    expect(computeCase(input('happy'), [], FRIDAY + 30 * DAY)).toEqual(a);
    const others = ['s2', 's3', 's4', 's5'].map((seed) => computeCase(input('happy', { seed }), [], FRIDAY + 30 * DAY).readyAt);
    expect(new Set([a.readyAt, ...others]).size).toBeGreaterThan(1);
  });

  it('fires each reminder once, with a key that does not change as time passes', () => {
    const seen = new Map<string, number>();
    for (let t = FRIDAY; t <= FRIDAY + 40 * DAY; t += 6 * 3_600_000) {
      for (const notice of computeCase(input('documents_requested', { resultWay: 'office' }), [], t).notices) {
        if (!seen.has(notice.key)) seen.set(notice.key, t);
      }
    }
    const kinds = [...seen.keys()].map((key) => key.split(':')[1]);
    expect(kinds.filter((k) => k === 'deadline_reminder')).toHaveLength(1);
    expect(kinds).toEqual(['registered', 'accepted', 'processing', 'documents_requested', 'deadline_reminder', 'rejected']);
  });

  it('reminds 24 hours before an office pickup deadline and before an electronic result expires', () => {
    const office = computeCase(input('happy', { resultWay: 'office' }), [], FRIDAY + 60 * DAY);
    const reminder = office.notices.find((n) => n.kind === 'deadline_reminder')!;
    expect(office.pickupDeadline! - reminder.at).toBe(24 * 3_600_000);
    const electronic = computeCase(input('happy'), [], FRIDAY + 60 * DAY);
    expect(electronic.notices.map((n) => n.kind)).toContain('result_expiring');
  });

  it('names the next moment something will change', () => {
    const state = computeCase(input('happy'), [], FRIDAY + 1000);
    expect(state.next).toBeGreaterThan(FRIDAY);
    const later = computeCase(input('happy'), [], state.next!);
    expect(later.timeline.length).toBeGreaterThan(state.timeline.length);
  });
});

describe('the registry answering at once (issue 19.3)', () => {
  const MINUTE = 60_000;
  it('a matched application is ready within minutes, even after hours', () => {
    const state = computeCase(input('happy', { termDays: { min: 0, max: 0 } }), [], FRIDAY + 30 * MINUTE);
    expect(state.status).toBe('ready');
    expect(state.readyAt! - FRIDAY).toBeLessThanOrEqual(25 * MINUTE);
  });

  it('a mismatch is refused within minutes as data_mismatch, naming the fields', () => {
    const state = computeCase(
      input('rejected', { termDays: { min: 0, max: 0 }, rejectReason: 'data_mismatch', rejectFields: ['surname', 'house'] }),
      [],
      FRIDAY + 30 * MINUTE,
    );
    expect(state.status).toBe('rejected');
    expect(state.rejection).toEqual({ reason: 'data_mismatch', comment: undefined, fields: ['surname', 'house'] });
  });
});
