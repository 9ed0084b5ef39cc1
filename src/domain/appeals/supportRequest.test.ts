// Support requests on the appeals engine: priority terms on the simulated clock (critical 1 h, medium
// 24 h, low 48 h; complex technical extended to 48 h), «Повторный запрос» after 48 h, reopen, callback.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { moscowTime } from '../calendar';
import { fieldCodes } from '../validationCodes';
import { computeAppeal } from './computeAppeal';
import { appealFacts } from './facts';
import { appealInputSchema } from './input';
import { APPEAL_KINDS, type Priority } from './kinds';
import { citizenActions, REPEAT_AFTER_MS } from './rules';
import type { AppealEvent, AppealScenario } from './types';

const HOUR = 3_600_000;
// Saturday 28 November 2026, 23:30 Moscow: support works round the clock, days off included.
const SENT = moscowTime('2026-11-28', 23, 30);

const facts = (scenario: AppealScenario, priority: Priority = 'medium', seed = 'seed-1') =>
  appealFacts(APPEAL_KINDS.support, { id: 's1', number: '87654321', sentAt: SENT, scenario, seed, priority });

describe('support request terms', () => {
  it.each([
    ['critical', 1],
    ['medium', 24],
    ['low', 48],
  ] as const)('%s priority: answer due %i h after sending, on any day', (priority, hours) => {
    const state = computeAppeal(facts('manual', priority), [], SENT);
    expect(state.deadline).toBe(SENT + hours * HOUR);
    expect(state.firstReactionDue).toBe(SENT + 15 * 60_000);
  });

  it('the scripted department answers within the term, even a critical one in the night', () => {
    for (const priority of ['critical', 'medium', 'low'] as const) {
      for (const seed of ['a', 'b', 'c', 'd']) {
        const state = computeAppeal(facts('answered', priority, seed), [], SENT + 49 * HOUR);
        expect(state.status).toBe('answered');
        expect(state.answer!.at).toBeGreaterThan(SENT);
        expect(state.answer!.at).toBeLessThanOrEqual(state.deadline);
        expect(state.answer!.late).toBe(false);
      }
    }
  });

  it('a complex technical request is extended once by 24 hours: 48 hours in all', () => {
    const state = computeAppeal(facts('extended'), [], SENT + 60 * HOUR);
    expect(state.extension).toBeDefined();
    expect(state.deadline).toBe(SENT + 48 * HOUR);
    expect(state.status).toBe('answered');
    expect(state.answer!.at).toBeLessThanOrEqual(SENT + 48 * HOUR);
  });

  it('no answer in term: «Не обработано» at the priority deadline', () => {
    const state = computeAppeal(facts('overdue', 'critical'), [], SENT + 2 * HOUR);
    expect(state.status).toBe('unprocessed');
    expect(state.breachedAt).toBe(SENT + HOUR);
  });
});

describe('support request actions', () => {
  it('«Повторный запрос» only after 48 hours without change, and it raises the priority', () => {
    const f = facts('manual', 'low');
    const early = computeAppeal(f, [], SENT + 47 * HOUR);
    expect(citizenActions(early, SENT + 47 * HOUR)).not.toContain('repeat');
    // The low term is 48 hours: by then it is «Не обработано», finished, so no repeat either.
    const lowAt48 = computeAppeal(f, [], SENT + REPEAT_AFTER_MS);
    expect(lowAt48.status).toBe('unprocessed');
    // A request accepted by a clerk and extended keeps running: the repeat opens after 48 quiet hours.
    const accepted: AppealEvent[] = [{ type: 'clerk', at: SENT + HOUR, clerk: 'Орлов Денис Андреевич', act: { action: 'accept' } }];
    const slow = appealFacts(APPEAL_KINDS.support, { id: 's2', number: '11112222', sentAt: SENT, scenario: 'manual', seed: 'x', priority: 'low' });
    slow.term = { amount: 96, unit: 'hours' };
    // The department's own step to «В обработке» is the last change the citizen saw.
    const at = computeAppeal(slow, accepted, SENT + 2 * HOUR).lastChangeAt + REPEAT_AFTER_MS;
    expect(citizenActions(computeAppeal(slow, accepted, at - 1), at - 1)).not.toContain('repeat');
    expect(citizenActions(computeAppeal(slow, accepted, at), at)).toContain('repeat');
    const repeated = computeAppeal(slow, [...accepted, { type: 'repeat', at, escalate: true }], at);
    expect(repeated.priority).toBe('medium');
    expect(repeated.escalated).toBe(true);
  });

  it('an answered request is confirmed («Вопрос решён») or reopened with a fresh term and answered again', () => {
    const f = facts('answered');
    const answered = computeAppeal(f, [], SENT + 30 * HOUR);
    expect(answered.status).toBe('answered');
    expect(citizenActions(answered, SENT + 30 * HOUR)).toEqual(['reopen', 'callback', 'close']);
    const reopenAt = SENT + 30 * HOUR;
    const reopen: AppealEvent = { type: 'reopen', at: reopenAt, comment: 'Ошибка осталась после очистки кэша' };
    const reopened = computeAppeal(f, [reopen], reopenAt);
    expect(reopened.status).toBe('in_processing');
    expect(reopened.answer).toBeUndefined();
    expect(reopened.deadline).toBe(reopenAt + 24 * HOUR);
    expect(reopened.timeline.at(-1)).toMatchObject({ note: 'reopened', comment: 'Ошибка осталась после очистки кэша' });
    const again = computeAppeal(f, [reopen], reopenAt + 25 * HOUR);
    expect(again.status).toBe('answered');
    expect(again.answer!.at).toBeGreaterThan(reopenAt);
    const closed = computeAppeal(f, [reopen, { type: 'close', at: reopenAt + 25 * HOUR }], reopenAt + 25 * HOUR);
    expect(closed.status).toBe('closed');
    expect(citizenActions(closed, reopenAt + 25 * HOUR)).toEqual([]);
  });

  it('appeals of other kinds cannot be reopened or call back', () => {
    const f = appealFacts(APPEAL_KINDS.request, { id: 'r1', number: '1', sentAt: SENT, scenario: 'manual', seed: 's', priority: 'low' });
    const state = computeAppeal(f, [{ type: 'callback', at: SENT, callAt: SENT + HOUR, phone: '+79123456789' }], SENT + 2 * HOUR);
    expect(state.callbacks).toBeUndefined();
    expect(citizenActions(state, SENT)).not.toContain('callback');
  });

  it('«Обратный звонок» is made at the chosen moment and noticed once', () => {
    const f = facts('manual');
    const callAt = SENT + 3 * HOUR;
    const events: AppealEvent[] = [{ type: 'callback', at: SENT + 60_000, callAt, phone: '+79123456789' }];
    const waiting = computeAppeal(f, events, callAt - 1);
    expect(waiting.callbacks![0]!.doneAt).toBeUndefined();
    expect(waiting.next).toBe(callAt);
    expect(citizenActions(waiting, callAt - 1)).not.toContain('callback');
    const made = computeAppeal(f, events, callAt);
    expect(made.callbacks![0]!.doneAt).toBe(callAt);
    expect(made.notices.filter((n) => n.kind === 'call')).toHaveLength(1);
    expect(made.notices.find((n) => n.kind === 'call')!.params.phone).toBe('+79123456789');
  });
});

describe('support request schema', () => {
  const NOW = moscowTime('2026-11-30', 12);
  const base = {
    draftId: '0b5c7a52-6a8e-4d0c-9a55-8e3f2a1b4c6d',
    type: 'support',
    topic: 'general',
    category: 'payments',
    subject: 'Не проходит оплата пошлины',
    description: 'При оплате пошлины страница зависает.',
    wanted: 'Оплатить пошлину',
    tried: 'Перезагрузил страницу, сменил браузер',
    incidentAt: '30.11.2026 10:15',
    priority: 'critical',
    contacts: { name: 'Иванова Мария', phone: '+79123456789', email: 'ivanova@example.ru' },
  };
  const codes = (input: unknown) => {
    const result = v.safeParse(appealInputSchema(NOW), input);
    return result.success ? {} : fieldCodes(result.issues);
  };

  it('takes its topic from the category, whatever was sent', () => {
    const out = v.parse(appealInputSchema(NOW), base);
    expect(out.topic).toBe('services');
    expect(out.wanted).toBe('Оплатить пошлину');
  });

  it('a support request needs a category; an appeal of another kind has none', () => {
    expect(codes({ ...base, category: undefined })).toEqual({ category: 'required' });
    expect(codes({ ...base, type: 'request' })).toEqual({ category: 'required' });
    expect(codes({ ...base, category: 'weather' })).toHaveProperty('category');
  });

  it('checks what was tried and the wanted result like the description', () => {
    expect(codes({ ...base, tried: 'x'.repeat(2001) })).toEqual({ tried: 'too_long' });
    expect(codes({ ...base, wanted: 'хочу 🙂' })).toEqual({ wanted: 'text_chars' });
    expect(codes({ ...base, incidentAt: '30.11.2026 12:30' })).toEqual({ incidentAt: 'date_in_future' });
  });
});
