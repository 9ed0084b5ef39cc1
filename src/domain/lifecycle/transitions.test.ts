import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../application';
import { moscowTime } from '../calendar';
import { replay } from './computeCase';
import { decide, operatorMayDo, TransitionRefused, TRANSITIONS, type CaseEventName } from './transitions';
import type { CaseEvent, CaseInput } from './types';

const AT = moscowTime('2026-11-02', 12, 0);
const operator = (act: Extract<CaseEvent, { type: 'operator' }>['act'], at = AT): CaseEvent => ({ type: 'operator', at, act });
const INPUT: CaseInput = {
  id: 'case-1',
  number: '2026-ABCD-EFGH',
  submittedAt: AT - 60_000,
  scenario: 'manual',
  seed: 'seed-1',
  termDays: { min: 3, max: 5 },
  resultWay: 'office',
  documentSlots: ['passport'],
  validityMonths: 1,
};

const EVERY_EVENT: Record<CaseEventName, CaseEvent> = {
  accept: operator({ action: 'accept' }),
  request_documents: operator({ action: 'request_documents', documents: ['passport'], days: 2 }),
  reject: operator({ action: 'reject', reason: 'data_mismatch' }),
  ready: operator({ action: 'ready' }),
  issue: operator({ action: 'issue' }),
  reply: { type: 'reply', at: AT, files: [] },
  received: { type: 'received', at: AT },
  withdraw: { type: 'withdraw', at: AT },
};

describe('the transition table', () => {
  it('answers every event in every status: a next status or a typed refusal', () => {
    for (const status of APPLICATION_STATUSES) {
      for (const [name, event] of Object.entries(EVERY_EVENT) as [CaseEventName, CaseEvent][]) {
        const answer = decide({ status, request: { documents: ['passport'], deadline: AT + 1 } }, { resultWay: 'electronic' }, event);
        expect(answer.ok).toBe(TRANSITIONS[name].from.includes(status));
        if (!answer.ok) expect(answer.refusal).toMatchObject({ event: name, status, reason: 'wrong_status' });
      }
    }
  });

  it('guards what the status alone does not decide', () => {
    const late: CaseEvent = { type: 'reply', at: AT + 10, files: [] };
    const tooLate = decide({ status: 'documents_requested', request: { documents: [], deadline: AT } }, INPUT, late);
    expect(tooLate.ok || tooLate.refusal).toBeInstanceOf(TransitionRefused);
    expect(tooLate.ok || tooLate.refusal.reason).toBe('reply_too_late');
    const received = decide({ status: 'ready' }, { resultWay: 'office' }, { type: 'received', at: AT });
    expect(received.ok || received.refusal.reason).toBe('not_electronic');
    expect(decide({ status: 'sent' }, INPUT, operator({ action: 'accept' }))).toEqual({ ok: true, to: 'in_processing' });
  });

  it('lists what the operator may do in a status', () => {
    expect(
      (['accept', 'request_documents', 'reject', 'ready', 'issue'] as const).filter((a) => operatorMayDo({ status: 'in_processing' }, a)),
    ).toEqual(['request_documents', 'reject', 'ready']);
  });

  it('the engine replays an event that applies and reports one that does not, instead of dropping it silently', () => {
    const accept = operator({ action: 'accept' });
    const issue = operator({ action: 'issue' }, AT + 1);
    const { state, refused } = replay(INPUT, [accept, issue], AT + 2);
    expect(state.status).toBe('in_processing');
    expect(refused.get(accept)).toBeUndefined();
    expect(refused.get(issue)).toMatchObject({ event: 'issue', status: 'in_processing', reason: 'wrong_status' });
  });
});
