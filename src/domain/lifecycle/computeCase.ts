// The lifecycle engine: replays a case from its submission to `now`, interleaving what the simulated
// department does by itself (drawn from the scenario and seed, timed by the business-day calendar) with
// what people did (the event log). No timers: a clock jump of a month and stepping day by day end in the
// same state, because every change is timed by the plan, never by the moment of computing.
import { addCalendarDays, addMonths, addWorkingDays, addWorkingMinutes, moscowDate, moscowTime, workingDaysLater } from '../calendar';
import { noticesOf } from './notices';
import { drawPlan, PICKUP_DAYS, REPLY_WORKING_DAYS, type CasePlan } from './plan';
import { repliesOf } from './questions';
import { decide, type TransitionRefused } from './transitions';
import type { CaseEvent, CaseInput, CaseState, TimelineEntry } from './types';

interface Replay extends CaseState {
  since: number;
  manual: boolean;
  failed: boolean;
  extended: boolean;
  requested: boolean;
  processingSince: number;
  replyAt?: number;
}

interface Step {
  at: number;
  apply: () => void;
}

const MINUTE = 60_000;

export function computeCase(input: CaseInput, events: readonly CaseEvent[], now: number): CaseState {
  return replay(input, events, now).state;
}

/**
 * The state at `now`, and the logged events the transition table refused when their moment came (each
 * with its typed reason). A handler replays with the event it is about to log and refuses it when the
 * engine would: the engine's answer, not a second copy of its rules.
 */
export function replay(
  input: CaseInput,
  events: readonly CaseEvent[],
  now: number,
): { state: CaseState; refused: Map<CaseEvent, TransitionRefused> } {
  const refused = new Map<CaseEvent, TransitionRefused>();
  const plan = drawPlan(input);
  const s: Replay = {
    status: 'sent',
    timeline: [{ at: input.submittedAt, status: 'sent' }],
    tracking: [],
    requests: [],
    notices: [],
    since: input.submittedAt,
    manual: input.scenario === 'manual',
    failed: false,
    extended: false,
    requested: false,
    processingSince: input.submittedAt,
  };
  const log = events.filter((e) => e.at <= now).sort((a, b) => a.at - b.at);
  let index = 0;
  let next: number | undefined;
  for (;;) {
    const auto = nextStep(s, input, plan);
    const event = log[index];
    if (event && (!auto || event.at <= auto.at)) {
      const answer = decide(s, input, event);
      if (answer.ok) applyEvent(s, input, event);
      else refused.set(event, answer.refusal);
      index += 1;
    } else if (auto && auto.at <= now) {
      auto.apply();
    } else {
      next = auto?.at;
      break;
    }
  }
  const all = noticesOf(s, input);
  const upcoming = all.filter((n) => n.at > now).map((n) => n.at);
  const nextAt = Math.min(next ?? Infinity, ...upcoming);
  const { status, timeline, request, requests, rejection, readyAt, issuedAt, pickupDeadline, validUntil, tracking } = s;
  const state: CaseState = {
    status,
    timeline,
    request,
    requests,
    rejection,
    readyAt,
    issuedAt,
    pickupDeadline,
    validUntil,
    tracking,
    ...(input.questions?.length ? { replies: repliesOf(input.questions, s, now) } : {}),
    notices: all.filter((n) => n.at <= now),
    next: Number.isFinite(nextAt) ? nextAt : undefined,
  };
  return { state, refused };
}

function enter(s: Replay, entry: TimelineEntry): void {
  s.status = entry.status;
  s.since = entry.at;
  s.timeline.push(entry);
}

function issue(s: Replay, entry: TimelineEntry): void {
  s.issuedAt = entry.at;
  enter(s, entry);
}

function markReady(s: Replay, input: CaseInput, at: number, comment?: string): void {
  enter(s, { at, status: 'ready', note: `ready_${input.resultWay}`, comment });
  s.readyAt = at;
  if (input.resultWay === 'post') s.tracking.push({ at, stage: 'handed_over' });
  if (input.resultWay === 'office') s.pickupDeadline = moscowTime(addCalendarDays(moscowDate(at), PICKUP_DAYS), 20);
  if (input.resultWay === 'electronic') s.validUntil = moscowTime(addMonths(moscowDate(at), input.validityMonths), 24);
}

function requestDocuments(s: Replay, at: number, documents: string[], days: number, comment?: string): void {
  enter(s, { at, status: 'documents_requested', note: 'documents_requested', comment });
  s.requested = true;
  s.request = { documents, deadline: moscowTime(addWorkingDays(moscowDate(at), days), 18), comment };
  s.requests.push({ at, documents, deadline: s.request.deadline });
}

function reject(s: Replay, at: number, reason: NonNullable<CaseState['rejection']>['reason'], comment?: string, note?: TimelineEntry['note']): void {
  enter(s, { at, status: 'rejected', reason, comment, note });
  s.rejection = { reason, comment };
  s.request = undefined;
}

/** What the department does next by itself, if anything. */
function nextStep(s: Replay, input: CaseInput, plan: CasePlan): Step | null {
  const instant = input.termDays.max === 0;
  switch (s.status) {
    case 'sent':
      return s.manual ? null : acceptStep(s, input, plan, instant);
    case 'accepted': {
      if (s.manual) return null;
      const at = instant ? s.since + MINUTE : addWorkingMinutes(s.since, plan.processMinutes);
      const apply = () => {
        s.processingSince = at;
        enter(s, { at, status: 'in_processing', note: 'in_processing' });
      };
      return { at, apply };
    }
    case 'in_processing':
      return s.manual ? null : processingStep(s, input, plan, instant);
    case 'documents_requested': {
      const deadline = s.request!.deadline;
      return { at: deadline, apply: () => reject(s, deadline, 'documents_missing', undefined, 'deadline_missed') };
    }
    case 'ready':
      return input.resultWay === 'post' ? postStep(s, plan) : input.resultWay === 'office' ? archiveStep(s) : null;
    default:
      return null;
  }
}

function acceptStep(s: Replay, input: CaseInput, plan: CasePlan, instant: boolean): Step {
  if (input.scenario === 'technical_failure' && !s.failed) {
    const at = input.submittedAt + 5 * MINUTE;
    const apply = () => {
      s.failed = true;
      enter(s, { at, status: 'sent', note: 'technical_failure' });
    };
    return { at, apply };
  }
  const at = s.failed
    ? workingDaysLater(input.submittedAt, 1, 10, plan.minute)
    : instant
      ? input.submittedAt + MINUTE
      : addWorkingMinutes(input.submittedAt, plan.acceptMinutes);
  return { at, apply: () => enter(s, { at, status: 'accepted', note: s.failed ? 'recovered' : 'accepted' }) };
}

function processingStep(s: Replay, input: CaseInput, plan: CasePlan, instant: boolean): Step | null {
  const base = s.replyAt ?? s.processingSince;
  const after = (days: number): number =>
    instant
      ? base + plan.instantMinutes * MINUTE
      : days === 0
        ? addWorkingMinutes(base, plan.instantMinutes)
        : workingDaysLater(base, days, plan.hour, plan.minute);
  if (input.scenario === 'documents_requested' && !s.requested && plan.requestedSlot) {
    const at = after(1);
    return { at, apply: () => requestDocuments(s, at, [plan.requestedSlot!], REPLY_WORKING_DAYS) };
  }
  if (input.scenario === 'rejected') {
    const at = after(Math.max(1, Math.ceil(plan.days / 2)));
    const apply = () => {
      reject(s, at, input.rejectReason ?? 'data_mismatch');
      if (input.rejectFields?.length) s.rejection!.fields = input.rejectFields;
    };
    return { at, apply };
  }
  const max = Math.max(1, input.termDays.max);
  if (input.scenario === 'slow' && !s.extended) {
    const at = workingDaysLater(base, max, 10);
    const apply = () => {
      s.extended = true;
      s.timeline.push({ at, status: 'in_processing', note: 'term_extended' });
    };
    return { at, apply };
  }
  const days = input.scenario === 'slow' ? max + Math.max(2, Math.ceil(max / 2)) : s.replyAt ? Math.max(1, plan.days - 1) : plan.days;
  const at = after(days);
  return { at, apply: () => markReady(s, input, at) };
}

function postStep(s: Replay, plan: CasePlan): Step | null {
  const readyAt = s.readyAt!;
  const stages = [
    { at: workingDaysLater(readyAt, 1, 8), stage: 'in_transit' as const },
    { at: workingDaysLater(readyAt, plan.postDays - 1, 12), stage: 'arrived' as const },
    { at: workingDaysLater(readyAt, plan.postDays, 15), stage: 'delivered' as const },
  ];
  const stage = stages[s.tracking.length - 1];
  if (!stage) return null;
  return {
    at: stage.at,
    apply: () => {
      s.tracking.push(stage);
      if (stage.stage === 'arrived') s.timeline.push({ at: stage.at, status: 'ready', note: 'post_arrived' });
      if (stage.stage === 'delivered') issue(s, { at: stage.at, status: 'issued', note: 'issued' });
    },
  };
}

/** A paper result not collected by the end of the keeping period goes back to the department's archive. */
function archiveStep(s: Replay): Step | null {
  const at = s.pickupDeadline;
  if (at === undefined) return null;
  return { at, apply: () => enter(s, { at, status: 'returned', note: 'returned_to_archive' }) };
}

/** Applies one logged event the transition table accepted (replay skips a refused one). */
function applyEvent(s: Replay, input: CaseInput, event: CaseEvent): void {
  if (event.type === 'reply') {
    s.replyAt = event.at;
    s.request = undefined;
    enter(s, { at: event.at, status: 'in_processing', note: 'documents_received' });
    return;
  }
  if (event.type === 'received') {
    issue(s, { at: event.at, status: 'issued', note: 'received_electronic' });
    return;
  }
  if (event.type === 'withdraw') {
    enter(s, { at: event.at, status: 'withdrawn', note: 'withdrawn' });
    return;
  }
  const { act, at } = event;
  s.manual = true;
  if (act.action === 'accept') {
    enter(s, { at, status: 'accepted', note: 'accepted', comment: act.comment });
    s.processingSince = at;
    enter(s, { at, status: 'in_processing', note: 'in_processing' });
  } else if (act.action === 'request_documents') requestDocuments(s, at, act.documents, act.days, act.comment);
  else if (act.action === 'reject') reject(s, at, act.reason, act.comment);
  else if (act.action === 'ready') markReady(s, input, at, act.comment);
  else issue(s, { at, status: 'issued', note: 'issued', comment: act.comment });
}
