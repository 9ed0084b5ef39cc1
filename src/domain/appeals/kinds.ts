// Kinds of appeal and their legal terms, as data. The engine knows no law by name: each kind says how
// long the department has, whether the term may be extended once, and how early the clerk is warned.
// Support requests add their own kinds (hour terms by priority) to the same engine.

export type TermUnit = 'calendar_days' | 'working_days' | 'hours' | 'working_hours';
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

export const APPEAL_TYPES = ['request', 'complaint', 'suggestion', 'petition', 'objection'] as const;
export type AppealType = (typeof APPEAL_TYPES)[number];

export const APPEAL_KINDS: Record<AppealType, AppealKind> = {
  request: { id: 'request', ...LAW_59 },
  suggestion: { id: 'suggestion', ...LAW_59 },
  petition: { id: 'petition', ...LAW_59 },
  complaint: { id: 'complaint', ...LAW_210 },
  objection: { id: 'objection', ...LAW_210, needsRelated: true },
};

/** The term that applies to one appeal: the short one when its grounds name it. */
export function termOf(kind: AppealKind, grounds?: string): Term {
  if (grounds && kind.shortTerm?.grounds.includes(grounds)) return kind.shortTerm.term;
  return kind.term;
}

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
