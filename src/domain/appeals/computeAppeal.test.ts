import { describe, expect, it } from 'vitest';
import { formatMoscowDateTime, isWorkingDay, moscowDate, moscowTime } from '../calendar';
import { archiveDate, AUTO_CLOSE_MS, computeAppeal, MATERIALS_WAIT_MS } from './computeAppeal';
import { appealFacts } from './facts';
import { APPEAL_KINDS, type AppealType } from './kinds';
import type { AppealEvent, AppealScenario, ClerkAction } from './types';

const DAY = 86_400_000;
const HOUR = 3_600_000;
// Monday 2 November 2026, 10:00 Moscow; Wednesday 4 November is a holiday.
const MONDAY = moscowTime('2026-11-02', 10);

function facts(scenario: AppealScenario, type: AppealType = 'request', extra: { grounds?: string; seed?: string } = {}) {
  return appealFacts(APPEAL_KINDS[type], {
    id: 'a1',
    number: '12345678',
    sentAt: MONDAY,
    scenario,
    seed: extra.seed ?? 'seed-1',
    priority: 'low',
    grounds: extra.grounds,
  });
}
const statuses = (s: { timeline: { status: string; note: string }[] }) => s.timeline.map((e) => e.status);
const clerk = (at: number, act: ClerkAction): AppealEvent => ({ type: 'clerk', at, clerk: 'Петрова Ольга Ивановна', act });

describe('computeAppeal: scripted stories', () => {
  it('answers in term on working days, then closes by itself a month later', () => {
    const state = computeAppeal(facts('answered'), [], MONDAY + 20 * DAY);
    expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'answered']);
    for (const entry of state.timeline.slice(1)) expect(isWorkingDay(moscowDate(entry.at))).toBe(true);
    expect(state.answer!.late).toBe(false);
    expect(state.answer!.at).toBeLessThan(state.deadline);
    expect(state.specialist).toBe(state.answer!.executor.name);
    expect(state.reactionLate).toBe(false);
    expect(state.next).toBe(state.answer!.at + AUTO_CLOSE_MS);
    const later = computeAppeal(facts('answered'), [], state.answer!.at + AUTO_CLOSE_MS);
    expect(later.status).toBe('closed');
    expect(later.timeline.at(-1)!.note).toBe('auto_closed');
  });

  it('a finished appeal moves to the archive five years after it finished, and is kept', () => {
    const closed = computeAppeal(facts('answered'), [], MONDAY + 60 * DAY);
    const closedAt = closed.closedAt!;
    expect(closed.status).toBe('closed');
    expect(closed.archivedAt).toBeUndefined();
    expect(archiveDate(closedAt)).toBe(
      Date.UTC(
        new Date(closedAt).getUTCFullYear() + 5,
        new Date(closedAt).getUTCMonth(),
        new Date(closedAt).getUTCDate(),
        new Date(closedAt).getUTCHours(),
        new Date(closedAt).getUTCMinutes(),
      ),
    );
    expect(closed.next).toBe(archiveDate(closedAt));
    const archived = computeAppeal(facts('answered'), [], archiveDate(closedAt));
    expect(archived.archivedAt).toBe(archiveDate(closedAt));
    expect(archived.status).toBe('closed');
    expect(archived.answer).toEqual(closed.answer);
    expect(archived.next).toBeUndefined();
    // Left unanswered, the term's breach finishes it: archived five years after the breach, not before.
    const breached = computeAppeal(facts('manual'), [], MONDAY + 90 * DAY);
    expect(breached.status).toBe('unprocessed');
    expect(breached.next).toBe(archiveDate(breached.breachedAt!));
    expect(computeAppeal(facts('manual'), [], archiveDate(breached.breachedAt!) - 1).archivedAt).toBeUndefined();
  });

  it('tells the same story for the same seed, and times another seed differently', () => {
    const a = computeAppeal(facts('answered'), [], MONDAY + 20 * DAY);
    const b = computeAppeal(facts('answered'), [], MONDAY + 20 * DAY);
    expect(b).toEqual(a);
    const times = new Set(
      ['s1', 's2', 's3', 's4', 's5'].map((seed) => computeAppeal(facts('answered', 'request', { seed }), [], MONDAY + 20 * DAY).answer!.at),
    );
    expect(times.size).toBeGreaterThan(1);
  });

  it('asks for documents and pauses the term; materials lead to «Перепроверено» and back to work', () => {
    const asked = computeAppeal(facts('documents_requested'), [], MONDAY + 5 * DAY);
    expect(asked.status).toBe('awaiting_documents');
    expect(asked.pausedSince).toBe(asked.request!.at);
    expect(asked.next).toBe(asked.request!.at + MATERIALS_WAIT_MS);
    const before = asked.deadline;
    const reply: AppealEvent = { type: 'materials', at: asked.request!.at + 7 * DAY, comment: 'Прилагаю скриншот', files: ['screen.png'] };
    const rechecked = computeAppeal(facts('documents_requested'), [reply], reply.at + 1);
    expect(rechecked.status).toBe('rechecked');
    // A week paused pushes a 30-day term by a week.
    expect(rechecked.deadline).toBe(before + 7 * DAY);
    const done = computeAppeal(facts('documents_requested'), [reply], MONDAY + 40 * DAY);
    expect(statuses(done)).toEqual(['sent', 'accepted', 'in_processing', 'awaiting_documents', 'rechecked', 'in_processing', 'answered']);
    const silent = computeAppeal(facts('documents_requested'), [], MONDAY + 60 * DAY);
    expect(silent.refusal!.reason).toBe('no_materials');
  });

  it('pauses a working-day term by the open hours it waited', () => {
    const asked = computeAppeal(facts('documents_requested', 'complaint'), [], MONDAY + 5 * DAY);
    expect(formatMoscowDateTime(asked.deadline)).toBe('24.11.2026 18:00'); // 15 working days, counting the pause so far as none
    const reply: AppealEvent = { type: 'materials', at: asked.request!.at + 3 * DAY, comment: '', files: [] };
    const after = computeAppeal(facts('documents_requested', 'complaint'), [reply], reply.at);
    expect(isWorkingDay(moscowDate(after.deadline))).toBe(true);
    expect(after.deadline).toBeGreaterThan(asked.deadline);
  });

  it('sends to expert review and extends once with a reason; the later answer is in term', () => {
    const state = computeAppeal(facts('extended'), [], MONDAY + 70 * DAY);
    expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'expert_review', 'expert_review', 'answered', 'closed']);
    expect(state.extension!.reason.length).toBeGreaterThan(3);
    // 2 Dec + 30 days is 1 January, inside the New Year holidays: the term ends on the first working day.
    expect(formatMoscowDateTime(state.deadline)).toBe('11.01.2027 18:00');
    expect(state.answer!.late).toBe(false);
    expect(state.notices.some((n) => n.kind === 'extended')).toBe(true);
  });

  it('refuses with a reason', () => {
    const state = computeAppeal(facts('refused'), [], MONDAY + 20 * DAY);
    expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'refused']);
    expect(['not_in_competence', 'no_subject', 'duplicate']).toContain(state.refusal!.reason);
  });

  it('warns before the term ends and shows the breach after it (overdue)', () => {
    const f = facts('overdue', 'complaint');
    const deadline = computeAppeal(f, [], MONDAY).deadline;
    expect(formatMoscowDateTime(deadline)).toBe('24.11.2026 18:00');
    const warned = computeAppeal(f, [], deadline - HOUR);
    expect(warned.status).toBe('in_processing');
    expect(formatMoscowDateTime(warned.warnedAt!)).toBe('20.11.2026 09:00');
    expect(warned.notices.filter((n) => n.kind === 'warning')).toHaveLength(1);
    const breached = computeAppeal(f, [], deadline + HOUR);
    expect(breached.status).toBe('unprocessed');
    expect(breached.breachedAt).toBe(deadline);
    expect(breached.notices.at(-1)!.kind).toBe('breach');
    const late = computeAppeal(
      f,
      [
        clerk(deadline + 2 * HOUR, {
          action: 'answer',
          answer: {
            outcome: 'declined',
            code: 501,
            explanation: 'Ответ дан после срока.',
            nextSteps: 'Обратитесь снова.',
            executor: { name: 'Петрова Ольга Ивановна', position: 'Специалист', phone: '+7 495 555-00-00' },
            attachments: [],
          },
        }),
      ],
      deadline + 3 * HOUR,
    );
    expect(late.answer!.late).toBe(true);
  });

  it('gives a complaint about a refused document intake 5 working days', () => {
    const state = computeAppeal(facts('manual', 'complaint', { grounds: 'refused_documents' }), [], MONDAY);
    expect(formatMoscowDateTime(state.deadline)).toBe('10.11.2026 18:00');
    expect(formatMoscowDateTime(computeAppeal(facts('manual', 'petition'), [], MONDAY).deadline)).toBe('02.12.2026 18:00');
  });
});

describe('computeAppeal: people acting', () => {
  it('waits for the clerk in manual mode; the first reaction is late after 24 hours', () => {
    const waiting = computeAppeal(facts('manual'), [], MONDAY + 25 * HOUR);
    expect(waiting.status).toBe('sent');
    expect(waiting.reactionLate).toBe(true);
    const accepted = computeAppeal(facts('manual'), [clerk(MONDAY + HOUR, { action: 'accept' })], MONDAY + 2 * DAY);
    expect(statuses(accepted)).toEqual(['sent', 'accepted', 'in_processing']);
    expect(accepted.reactionLate).toBe(false);
    expect(accepted.registeredAt).toBe(MONDAY + HOUR);
  });

  it('lets a clerk take over a scripted story: nothing scripted happens after', () => {
    const events = [clerk(MONDAY + DAY, { action: 'review', comment: 'Нужна экспертиза' })];
    const state = computeAppeal(facts('answered'), events, MONDAY + 60 * DAY);
    // Nothing scripted follows the clerk's step: no answer comes by itself, the term runs out instead.
    expect(statuses(state)).toEqual(['sent', 'accepted', 'in_processing', 'expert_review', 'unprocessed']);
    expect(state.timeline[3]!.by).toBe('Петрова Ольга Ивановна');
  });

  it('extends only once and only where the law allows', () => {
    const accept = clerk(MONDAY + HOUR, { action: 'accept' });
    const extend = (at: number) => clerk(at, { action: 'extend', reason: 'Нужна проверка на месте' });
    const twice = computeAppeal(facts('manual'), [accept, extend(MONDAY + DAY), extend(MONDAY + 2 * DAY)], MONDAY + 3 * DAY);
    expect(twice.timeline.filter((e) => e.note === 'extended')).toHaveLength(1);
    expect(formatMoscowDateTime(twice.deadline)).toBe('11.01.2027 18:00');
    const complaint = computeAppeal(facts('manual', 'complaint'), [accept, extend(MONDAY + DAY)], MONDAY + 3 * DAY);
    expect(complaint.extension).toBeUndefined();
  });

  it('allows edits only before processing, and a repeat request only after 48 hours without change', () => {
    const edits: AppealEvent[] = [
      { type: 'edit', at: MONDAY + 60_000 },
      clerk(MONDAY + HOUR, { action: 'accept' }),
      { type: 'edit', at: MONDAY + 2 * DAY },
    ];
    const state = computeAppeal(facts('manual'), edits, MONDAY + 3 * DAY);
    expect(state.timeline.filter((e) => e.note === 'edited')).toHaveLength(1);
    const early: AppealEvent = { type: 'repeat', at: MONDAY + 10 * HOUR, escalate: false };
    expect(computeAppeal(facts('manual'), [early], MONDAY + DAY).priority).toBe('low');
    const repeat: AppealEvent = { type: 'repeat', at: MONDAY + 49 * HOUR, escalate: true };
    const raised = computeAppeal(facts('manual'), [repeat], MONDAY + 3 * DAY);
    expect(raised.priority).toBe('medium');
    expect(raised.escalated).toBe(true);
    expect(raised.lastChangeAt).toBe(repeat.at);
  });

  it('closes on the citizen’s «Завершить»', () => {
    const state = computeAppeal(facts('answered'), [{ type: 'close', at: MONDAY + HOUR }], MONDAY + 20 * DAY);
    expect(state.status).toBe('closed');
    expect(state.next).toBe(archiveDate(MONDAY + HOUR)); // nothing more happens until the archive
  });
});

describe('computeAppeal: short terms', () => {
  it('answers a 5-working-day complaint in term however slow the plan', () => {
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const state = computeAppeal(facts('answered', 'complaint', { grounds: 'refused_documents', seed }), [], MONDAY + 30 * DAY);
      expect(state.answer?.late, seed).toBe(false);
    }
  });
});
