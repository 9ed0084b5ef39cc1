// The appeal lifecycle as a pure function: (appeal, events, now) → state. The logged events (clerk and
// citizen) and the department's own timed steps (scenario, pauses, terms) are folded in time order, so
// the same appeal, log and clock always give the same story. Never reads a clock or a database.
import { addWorkingMinutes, workingDaysLater } from '../calendar';
import { raisePriority } from './kinds';
import { drawAppealPlan, scriptedAnswer, type AppealPlan } from './plan';
import { citizenMayAct, clerkMayAct } from './rules';
import { pushByPause, termBefore, termEnd } from './terms';
import {
  FINISHED_STATUSES,
  type AppealEvent,
  type AppealInputFacts,
  type AppealNoticeKind,
  type AppealState,
  type AppealStatus,
  type ClerkAction,
  type TimelineEntry,
  type TimelineNote,
} from './types';

const DAY_MS = 86_400_000;
/** An answered appeal the citizen does not close is closed by the department this much later. */
export const AUTO_CLOSE_MS = 30 * DAY_MS;
/** A finished appeal moves to the archive on the same date this many years later; it is never dropped. */
export const ARCHIVE_AFTER_YEARS = 5;

export function archiveDate(finishedAt: number): number {
  const date = new Date(finishedAt);
  date.setUTCFullYear(date.getUTCFullYear() + ARCHIVE_AFTER_YEARS);
  return date.getTime();
}

/** Documents awaited this long without a reply end in a refusal. */
export const MATERIALS_WAIT_MS = 30 * DAY_MS;

interface Step {
  at: number;
  run: () => void;
}

const NOTICE_OF: Partial<Record<TimelineNote, AppealNoticeKind>> = {
  sent: 'sent',
  documents_requested: 'documents',
  extended: 'extended',
  answered: 'answered',
  unprocessed: 'breach',
};
const SILENT: readonly TimelineNote[] = ['edited', 'repeat', 'escalated', 'callback_requested', 'callback_made'];

class Machine {
  readonly plan: AppealPlan;
  readonly s: AppealState;
  pauses: { from: number; to: number }[] = [];
  clerkActed = false;

  constructor(readonly input: AppealInputFacts) {
    this.plan = drawAppealPlan(input.seed);
    const base = termEnd(input.sentAt, input.term);
    this.s = {
      status: 'sent',
      timeline: [],
      priority: input.priority,
      escalated: false,
      deadline: base,
      firstReactionDue: termEnd(input.sentAt, input.firstReaction),
      reactionLate: false,
      lastChangeAt: input.sentAt,
      notices: [],
    };
    if (input.support) this.s.support = true;
    this.enter(input.sentAt, 'sent', 'sent');
  }

  enter(at: number, status: AppealStatus, note: TimelineNote, by?: string, comment?: string) {
    const entry: TimelineEntry = { at, status, note };
    if (by) entry.by = by;
    if (comment) entry.comment = comment;
    this.s.timeline.push(entry);
    this.s.status = status;
    this.s.lastChangeAt = at;
    if (by) this.s.specialist = by;
    if (SILENT.includes(note)) return;
    const kind = NOTICE_OF[note] ?? 'status';
    this.s.notices.push({ key: `${this.input.id}:${note}:${at}`, kind, at, params: { number: this.input.number, status, note } });
  }

  deadline(): number {
    // A reopened support request gets its whole term again from the moment it was reopened.
    let end = termEnd(this.s.reopenedAt ?? this.input.sentAt, this.input.term);
    if (this.s.extension && this.input.extension) end = termEnd(end, this.input.extension);
    for (const pause of this.pauses) end = pushByPause(end, this.input.term.unit, pause.from, pause.to);
    return end;
  }

  /** Since when the department has been in its current stage of work. */
  since(note: TimelineNote): number {
    return [...this.s.timeline].reverse().find((e) => e.note === note)?.at ?? this.input.sentAt;
  }

  clerk(at: number, by: string, act: ClerkAction) {
    const s = this.s;
    switch (act.action) {
      case 'accept':
        s.registeredAt = at;
        return this.enter(at, 'accepted', 'registered', by, act.comment);
      case 'request_documents':
        s.request = { at, documents: act.documents, by, ...(act.comment ? { comment: act.comment } : {}) };
        s.pausedSince = at;
        return this.enter(at, 'awaiting_documents', 'documents_requested', by, act.comment);
      case 'extend':
        s.extension = { at, reason: act.reason, by };
        s.deadline = this.deadline();
        delete s.warnedAt;
        return this.enter(at, s.status, 'extended', by, act.reason);
      case 'review':
        return this.enter(at, 'expert_review', 'expert_review', by, act.comment);
      case 'answer':
        s.answer = { ...act.answer, at, by, late: at > s.deadline };
        return this.enter(at, 'answered', 'answered', by);
      case 'refuse':
        s.refusal = { at, reason: act.reason, by, ...(act.comment ? { comment: act.comment } : {}) };
        this.endPause(at);
        return this.enter(at, 'refused', 'refused', by, act.comment);
      case 'close':
        s.closedAt = at;
        return this.enter(at, 'closed', 'closed', by, act.comment);
    }
  }

  endPause(at: number) {
    if (this.s.pausedSince === undefined) return;
    this.pauses.push({ from: this.s.pausedSince, to: at });
    delete this.s.pausedSince;
    this.s.deadline = this.deadline();
  }

  apply(event: AppealEvent) {
    const s = this.s;
    if (event.type === 'clerk') {
      if (!clerkMayAct(s, event.act.action, this.input.extension !== undefined)) return;
      this.clerkActed = true;
      return this.clerk(event.at, event.clerk, event.act);
    }
    if (!citizenMayAct(s, event.type, event.at)) return;
    switch (event.type) {
      case 'edit':
        return this.enter(event.at, s.status, 'edited');
      case 'materials':
        this.endPause(event.at);
        return this.enter(event.at, 'rechecked', 'materials_added', undefined, event.comment || undefined);
      case 'repeat':
        s.priority = raisePriority(s.priority);
        if (event.escalate) s.escalated = true;
        return this.enter(event.at, s.status, event.escalate ? 'escalated' : 'repeat');
      case 'close':
        s.closedAt = event.at;
        this.endPause(event.at);
        return this.enter(event.at, 'closed', 'closed');
      case 'reopen':
        s.reopenedAt = event.at;
        delete s.answer;
        delete s.warnedAt;
        delete s.breachedAt;
        this.pauses = [];
        s.deadline = this.deadline();
        return this.enter(event.at, 'in_processing', 'reopened', undefined, event.comment || undefined);
      case 'callback':
        if (event.callAt <= event.at) return;
        s.callbacks = [...(s.callbacks ?? []), { requestedAt: event.at, callAt: event.callAt, phone: event.phone }];
        return this.enter(event.at, s.status, 'callback_requested');
    }
  }

  /** Support works round the clock in minutes and hours, inside the priority's term. */
  scriptedSupport(): Step | undefined {
    const { plan, s, input } = this;
    const minutes = (from: number, n: number) => from + n * 60_000;
    if (s.status === 'accepted') {
      return {
        at: minutes(this.since('registered'), Math.ceil(plan.processMinutes / 30)),
        run: () => this.enter(this.nextAt, 'in_processing', 'processing'),
      };
    }
    if (s.status === 'rechecked') {
      return {
        at: minutes(this.since('materials_added'), Math.ceil(plan.recheckMinutes / 20)),
        run: () => this.enter(this.nextAt, 'in_processing', 'resumed'),
      };
    }
    if (input.scenario === 'manual' || this.clerkActed) return undefined;
    const by = plan.executor.name;
    const act = (when: number, action: ClerkAction): Step => ({ at: when, run: () => this.clerk(when, by, action) });
    if (s.status === 'sent') return act(minutes(input.sentAt, Math.ceil(plan.acceptMinutes / 10)), { action: 'accept' });
    if (s.status !== 'in_processing') return undefined;
    const working = Math.max(this.since('processing'), this.since('resumed'), this.since('reopened'));
    // A share of what is left of the term: the same seed always gives the same moment.
    const share = (part: number) => Math.round(working + Math.max(s.deadline - working, 0) * part);
    const answer = () => act(share(plan.answerDays / 10), { action: 'answer', answer: scriptedAnswer(plan) });
    switch (input.scenario) {
      case 'answered':
        return answer();
      case 'documents_requested':
        return s.request
          ? answer()
          : act(share(0.2), { action: 'request_documents', documents: 'Снимок экрана с ошибкой и точное время, когда она появилась' });
      case 'extended':
        return s.extension ? answer() : act(share(0.5), { action: 'extend', reason: 'Сложная техническая проблема: нужна проверка разработчиками' });
      case 'refused':
        return act(share(0.2), { action: 'refuse', reason: plan.refusal });
      default:
        return undefined;
    }
  }

  /** What the department's own routine and the scripted story do next, if anything. */
  scripted(): Step | undefined {
    const { plan, s, input } = this;
    const by = plan.executor.name;
    const at = (from: number, days: number) => workingDaysLater(from, days, plan.hour, plan.minute);
    if (input.support) return this.scriptedSupport();
    if (s.status === 'accepted') {
      return {
        at: addWorkingMinutes(this.since('registered'), plan.processMinutes),
        run: () => this.enter(this.nextAt, 'in_processing', 'processing'),
      };
    }
    if (s.status === 'rechecked') {
      return {
        at: addWorkingMinutes(this.since('materials_added'), plan.recheckMinutes),
        run: () => this.enter(this.nextAt, 'in_processing', 'resumed'),
      };
    }
    if (input.scenario === 'manual' || this.clerkActed) return undefined;
    const act = (when: number, action: ClerkAction): Step => ({ at: when, run: () => this.clerk(when, by, action) });
    if (s.status === 'sent') return act(addWorkingMinutes(input.sentAt, plan.acceptMinutes), { action: 'accept' });
    const working = Math.max(this.since('processing'), this.since('resumed'));
    // A story that answers does so in term: an hour before the end at the latest (short 210-ФЗ terms).
    const inTerm = (when: number) => Math.max(Math.min(when, s.deadline - 3_600_000), working + 60_000);
    const answer = (when: number) => act(inTerm(when), { action: 'answer', answer: scriptedAnswer(plan) });
    switch (input.scenario) {
      case 'answered':
        return s.status === 'in_processing' ? answer(at(working, plan.answerDays)) : undefined;
      case 'documents_requested':
        if (s.status !== 'in_processing') return undefined;
        return s.request
          ? answer(at(working, plan.answerDays))
          : act(at(working, plan.requestDays), { action: 'request_documents', documents: 'Скриншот страницы с ошибкой и номер заявления' });
      case 'extended':
        if (s.status === 'in_processing') return act(at(working, 1), { action: 'review' });
        if (s.status !== 'expert_review') return undefined;
        if (!s.extension && input.extension)
          return act(termBefore(s.deadline, { amount: 5, unit: 'working_days' }), {
            action: 'extend',
            reason: 'Нужен ответ другого ведомства на межведомственный запрос',
          });
        return answer(at(s.extension?.at ?? this.since('expert_review'), plan.answerDays + 5));
      case 'refused':
        return s.status === 'in_processing' ? act(at(working, 2), { action: 'refuse', reason: plan.refusal }) : undefined;
      default:
        return undefined;
    }
  }

  /** Timers of the terms themselves: warning, breach, waiting too long for documents, closing. */
  timed(): Step[] {
    const s = this.s;
    const steps: Step[] = [];
    for (const call of s.callbacks ?? []) {
      if (call.doneAt !== undefined || s.status === 'closed') continue;
      steps.push({ at: call.callAt, run: () => this.call(call) });
    }
    if (s.status === 'answered')
      steps.push({
        at: s.answer!.at + AUTO_CLOSE_MS,
        run: () => {
          s.closedAt = this.nextAt;
          this.enter(this.nextAt, 'closed', 'auto_closed');
        },
      });
    if (s.status === 'awaiting_documents' && s.pausedSince !== undefined) {
      const when = s.pausedSince + MATERIALS_WAIT_MS;
      steps.push({ at: when, run: () => this.clerk(when, this.plan.executor.name, { action: 'refuse', reason: 'no_materials' }) });
    }
    if (FINISHED_STATUSES.includes(s.status) && s.archivedAt === undefined) {
      const when = archiveDate(s.timeline.at(-1)!.at);
      steps.push({ at: when, run: () => void (s.archivedAt = when) });
    }
    if (!FINISHED_STATUSES.includes(s.status) && s.pausedSince === undefined) {
      if (s.warnedAt === undefined) {
        steps.push({ at: termBefore(s.deadline, this.input.warnBefore), run: () => this.warn() });
      }
      steps.push({
        at: s.deadline,
        run: () => {
          s.breachedAt = s.deadline;
          this.enter(s.deadline, 'unprocessed', 'unprocessed');
        },
      });
    }
    return steps;
  }

  /** The simulated call is made: logged on the timeline and in the citizen's «Сообщения». */
  call(call: NonNullable<AppealState['callbacks']>[number]) {
    call.doneAt = call.callAt;
    this.enter(call.callAt, this.s.status, 'callback_made');
    this.s.notices.push({
      key: `${this.input.id}:call:${call.callAt}`,
      kind: 'call',
      at: call.callAt,
      params: { number: this.input.number, phone: call.phone },
    });
  }

  warn() {
    this.s.warnedAt = this.nextAt;
    this.s.notices.push({
      key: `${this.input.id}:warning:${this.s.deadline}`,
      kind: 'warning',
      at: this.nextAt,
      params: { number: this.input.number, deadline: this.s.deadline },
    });
  }

  /** The moment of the step being run (steps read it so they need not carry it). */
  nextAt = 0;
}

export function computeAppeal(input: AppealInputFacts, events: readonly AppealEvent[], now: number): AppealState {
  const m = new Machine(input);
  const logged = [...events].sort((a, b) => a.at - b.at);
  let i = 0;
  let next: number | undefined;
  // Each round runs the earliest due thing; a logged event wins a tie (a person acted at that instant).
  for (let guard = 0; guard < 10_000; guard++) {
    const steps = [m.scripted(), ...m.timed()].filter((x): x is Step => x !== undefined);
    const step = steps.reduce<Step | undefined>((best, x) => (best && best.at <= x.at ? best : x), undefined);
    const event = logged[i];
    if (event && event.at <= now && (!step || event.at <= step.at)) {
      m.apply(event);
      i += 1;
      continue;
    }
    if (step && step.at <= now) {
      m.nextAt = step.at;
      step.run();
      continue;
    }
    next = step?.at;
    break;
  }
  const s = m.s;
  s.deadline = m.deadline();
  s.reactionLate = (s.registeredAt ?? now) > s.firstReactionDue;
  if (next === undefined) delete s.next;
  else s.next = next;
  return s;
}
