// What people may do to a case, as a table: for each event, the statuses it applies in, the status it
// leads to, and a guard for what the status alone does not decide. The engine (computeCase.ts) replays
// events through it; the handlers ask it first and answer a refusal with its typed reason instead of
// recording an event the engine would skip. What the department does by itself is the plan (plan.ts).
import type { ApplicationStatus } from '../application';
import type { CaseEvent, CaseInput, CaseState, OperatorAction } from './types';

export type CaseEventName = OperatorAction['action'] | 'reply' | 'received' | 'withdraw';

/** Why an event does not apply: the case is in another status, or the guard said no. */
export type RefusalReason = 'wrong_status' | 'reply_too_late' | 'not_electronic';

interface Transition {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  guard?: (state: Pick<CaseState, 'status' | 'request'>, input: Pick<CaseInput, 'resultWay'>, at: number) => RefusalReason | null;
}

export const TRANSITIONS: Readonly<Record<CaseEventName, Transition>> = {
  // The operator's «Принять» also starts processing: accepted → in_processing at the same moment.
  accept: { from: ['sent'], to: 'in_processing' },
  request_documents: { from: ['accepted', 'in_processing'], to: 'documents_requested' },
  reject: { from: ['sent', 'accepted', 'in_processing', 'documents_requested'], to: 'rejected' },
  ready: { from: ['accepted', 'in_processing'], to: 'ready' },
  issue: { from: ['ready'], to: 'issued' },
  reply: {
    from: ['documents_requested'],
    to: 'in_processing',
    guard: (state, _input, at) => (state.request && at <= state.request.deadline ? null : 'reply_too_late'),
  },
  // Only before the department begins to examine it (DOMAIN: «Отправлено» or «Принято»).
  withdraw: { from: ['sent', 'accepted'], to: 'withdrawn' },
  received: {
    from: ['ready'],
    to: 'issued',
    guard: (_state, input) => (input.resultWay === 'electronic' ? null : 'not_electronic'),
  },
};

export class TransitionRefused extends Error {
  constructor(
    readonly event: CaseEventName,
    readonly status: ApplicationStatus,
    readonly reason: RefusalReason,
  ) {
    super(`A case in status ${status} cannot take ${event} (${reason})`);
    this.name = 'TransitionRefused';
  }
}

export const eventName = (event: CaseEvent): CaseEventName => (event.type === 'operator' ? event.act.action : event.type);

/** The status the event leads to from this state, or the refusal. */
export function decide(
  state: Pick<CaseState, 'status' | 'request'>,
  input: Pick<CaseInput, 'resultWay'>,
  event: CaseEvent,
): { ok: true; to: ApplicationStatus } | { ok: false; refusal: TransitionRefused } {
  const name = eventName(event);
  const rule = TRANSITIONS[name];
  const reason = !rule.from.includes(state.status) ? 'wrong_status' : (rule.guard?.(state, input, event.at) ?? null);
  return reason ? { ok: false, refusal: new TransitionRefused(name, state.status, reason) } : { ok: true, to: rule.to };
}

/** Whether the operator's action applies in this status (the console offers only these). */
export function operatorMayDo(state: Pick<CaseState, 'status'>, action: OperatorAction['action']): boolean {
  return TRANSITIONS[action].from.includes(state.status);
}
