// The facts the engine needs about one appeal, from its kind's legal terms and what was sent.
import { FIRST_REACTION, termOf, type AppealKind, type Priority } from './kinds';
import type { AppealInputFacts, AppealScenario } from './types';

export interface AppealBasics {
  id: string;
  number: string;
  sentAt: number;
  scenario: AppealScenario;
  seed: string;
  priority: Priority;
  grounds?: string;
}

export function appealFacts(kind: AppealKind, basics: AppealBasics): AppealInputFacts {
  const { grounds: _grounds, ...rest } = basics;
  const facts: AppealInputFacts = {
    ...rest,
    term: termOf(kind, basics.grounds, basics.priority),
    warnBefore: kind.warnBefore,
    firstReaction: kind.firstReaction ?? FIRST_REACTION,
  };
  if (kind.extension) facts.extension = kind.extension;
  if (kind.support) facts.support = true;
  return facts;
}
