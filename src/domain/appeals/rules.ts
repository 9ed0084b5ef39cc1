// Which actions fit which status, for the clerk and the citizen. The engine ignores a logged event that
// does not fit (it cannot happen through the API); the server answers 409 before logging one.
import type { AppealEvent, AppealState, AppealStatus, ClerkAction } from './types';
import { FINISHED_STATUSES } from './types';

/** «Повторный запрос» is offered when nothing changed for this long. */
export const REPEAT_AFTER_MS = 48 * 3_600_000;

const CLERK: Record<ClerkAction['action'], readonly AppealStatus[]> = {
  accept: ['sent'],
  request_documents: ['accepted', 'in_processing', 'expert_review', 'rechecked'],
  extend: ['accepted', 'in_processing', 'expert_review', 'rechecked'],
  review: ['in_processing', 'rechecked'],
  // A late answer after «Не обработано» is still an answer (and is marked late).
  answer: ['accepted', 'in_processing', 'expert_review', 'rechecked', 'unprocessed'],
  refuse: ['sent', 'accepted', 'in_processing', 'expert_review', 'rechecked', 'awaiting_documents'],
  close: ['answered', 'refused', 'unprocessed'],
};

export function clerkMayAct(state: AppealState, action: ClerkAction['action'], hasExtension: boolean): boolean {
  if (!CLERK[action].includes(state.status)) return false;
  if (action === 'extend') return hasExtension && !state.extension;
  return true;
}

export type CitizenAction = Exclude<AppealEvent['type'], 'clerk'>;

export function citizenMayAct(state: AppealState, action: CitizenAction, now: number): boolean {
  switch (action) {
    case 'edit':
      return state.status === 'sent' || state.status === 'accepted';
    case 'materials':
      return state.status === 'awaiting_documents';
    case 'repeat':
      return !FINISHED_STATUSES.includes(state.status) && state.status !== 'awaiting_documents' && now - state.lastChangeAt >= REPEAT_AFTER_MS;
    case 'close':
      return state.status !== 'closed';
    case 'reopen':
      return state.support === true && state.status === 'answered';
    case 'callback':
      return state.support === true && state.status !== 'closed' && !(state.callbacks ?? []).some((c) => c.doneAt === undefined);
  }
}

/** The citizen's actions on the appeal page right now, in the order they are shown. */
export function citizenActions(state: AppealState, now: number): CitizenAction[] {
  return (['edit', 'materials', 'repeat', 'reopen', 'callback', 'close'] as const).filter((action) => citizenMayAct(state, action, now));
}
