// Kinds of appeal and their legal terms, as data. The engine knows no law by name: each kind says how
// long the department has, whether the term may be extended once, and how early the clerk is warned.
// Support requests («Запрос в поддержку») are one more kind of the same engine: hour terms by priority.
import type { SupportCategory } from '../support/supportCategories';

export type TermUnit = 'calendar_days' | 'working_days' | 'hours' | 'working_hours' | 'minutes';
export interface Term {
  amount: number;
  unit: TermUnit;
}

export interface AppealKind {
  id: string;
  /** Which law sets the term: shown to the citizen beside the date. */
  law: '59-FZ' | '210-FZ' | 'portal';
  term: Term;
  /** A shorter term for named grounds (210-ФЗ: a refused document intake, an uncorrected mistake). */
  shortTerm?: { grounds: readonly string[]; term: Term };
  /** At most one extension, with a reason and a notice (59-ФЗ). */
  extension?: Term;
  /** The clerk is warned this long before the term ends. */
  warnBefore: Term;
  /** A related application or decision number is required. */
  needsRelated: boolean;
  /** The term by the priority the citizen chose (support): replaces `term`. */
  priorityTerms?: Record<Priority, Term>;
  /** The first reaction, when it must come sooner than FIRST_REACTION. */
  firstReaction?: Term;
  /** Support works round the clock in hours, may be reopened by the citizen and calls back. */
  support?: true;
}

/** Reaction the portal promises for every kind: registered within 24 hours of sending. */
export const FIRST_REACTION: Term = { amount: 24, unit: 'hours' };

/** Grounds for which 210-ФЗ gives five working days instead of fifteen. */
export const SHORT_GROUNDS = ['refused_documents', 'mistake_not_corrected'] as const;
export type ShortGround = (typeof SHORT_GROUNDS)[number];

const LAW_59: Omit<AppealKind, 'id'> = {
  law: '59-FZ',
  term: { amount: 30, unit: 'calendar_days' },
  extension: { amount: 30, unit: 'calendar_days' },
  warnBefore: { amount: 3, unit: 'working_days' },
  needsRelated: false,
};

const LAW_210: Omit<AppealKind, 'id'> = {
  law: '210-FZ',
  term: { amount: 15, unit: 'working_days' },
  shortTerm: { grounds: SHORT_GROUNDS, term: { amount: 5, unit: 'working_days' } },
  warnBefore: { amount: 2, unit: 'working_days' },
  needsRelated: false,
};

export const APPEAL_TYPES = ['request', 'complaint', 'suggestion', 'petition', 'objection', 'support'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

export const APPEAL_KINDS: Record<AppealType, AppealKind> = {
  request: { id: 'request', ...LAW_59 },
  suggestion: { id: 'suggestion', ...LAW_59 },
  petition: { id: 'petition', ...LAW_59 },
  complaint: { id: 'complaint', ...LAW_210 },
  objection: { id: 'objection', ...LAW_210, needsRelated: true },
  support: {
    id: 'support',
    law: 'portal',
    // DOMAIN §8: a standard request is answered within 24 hours, a complex technical one within 48 —
    // the department extends the 24 hours once, by 24, when the problem proves complex.
    term: { amount: 24, unit: 'hours' },
    priorityTerms: { critical: { amount: 1, unit: 'hours' }, medium: { amount: 24, unit: 'hours' }, low: { amount: 48, unit: 'hours' } },
    extension: { amount: 24, unit: 'hours' },
    firstReaction: { amount: 15, unit: 'minutes' },
    warnBefore: { amount: 15, unit: 'minutes' },
    needsRelated: false,
    support: true,
  },
};

/** The term that applies to one appeal: by priority (support), the short one when its grounds name it, or the kind's. */
export function termOf(kind: AppealKind, grounds?: string, priority?: Priority): Term {
  if (priority && kind.priorityTerms) return kind.priorityTerms[priority];
  if (grounds && kind.shortTerm?.grounds.includes(grounds)) return kind.shortTerm.term;
  return kind.term;
}

/** A support request's category also names the appeals topic that routes it to a department. */
export const TOPIC_OF_CATEGORY: Record<SupportCategory, Topic> = {
  signin: 'account',
  technical: 'technical',
  payments: 'services',
  documents: 'services',
  profile: 'account',
  general: 'feedback',
};

export const TOPICS = ['technical', 'account', 'services', 'general', 'feedback'] as const;
export type Topic = (typeof TOPICS)[number];

/** The department each topic routes to (DOMAIN §7). */
export const DEPARTMENT_OF: Record<Topic, 'tech_support' | 'legal' | 'budget' | 'service_quality'> = {
  technical: 'tech_support',
  account: 'tech_support',
  services: 'service_quality',
  general: 'legal',
  feedback: 'service_quality',
};

export const PRIORITIES = ['low', 'medium', 'critical'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** One step up, as a repeat request does; critical stays critical. */
export function raisePriority(priority: Priority): Priority {
  return PRIORITIES[Math.min(PRIORITIES.indexOf(priority) + 1, PRIORITIES.length - 1)]!;
}
