// The simulated department's pace and words for one appeal, drawn once from the appeal's seed in a
// fixed order, so that recomputing the appeal at any later moment draws exactly the same numbers.
import { pickInt, seededRandom } from '../seededRandom';
import { APPEAL_SCENARIOS, type Answer, type AppealScenario, type RefusalReason } from './types';

export interface AppealPlan {
  /** Working minutes from sending to «Принято». */
  acceptMinutes: number;
  /** Working minutes from «Принято» to «В обработке». */
  processMinutes: number;
  /** Working days of processing before the answer (the department usually needs about five). */
  answerDays: number;
  /** Working days of processing before it asks for documents. */
  requestDays: number;
  /** Working minutes from «Перепроверено» back to «В обработке». */
  recheckMinutes: number;
  hour: number;
  minute: number;
  executor: Answer['executor'];
  code: number;
  refusal: RefusalReason;
}

/** The department's own staff, invented; the scripted answers are signed by one of them. */
export const EXECUTORS: readonly Answer['executor'][] = [
  { name: 'Соколова Анна Викторовна', position: 'Ведущий специалист отдела обращений', phone: '+7 495 555-01-17' },
  { name: 'Белов Игорь Сергеевич', position: 'Главный специалист правового отдела', phone: '+7 495 555-01-42' },
  { name: 'Жукова Елена Павловна', position: 'Консультант отдела качества услуг', phone: '+7 495 555-02-08' },
  { name: 'Орлов Денис Андреевич', position: 'Специалист технической поддержки', phone: '+7 495 555-02-63' },
];

const SCRIPTED_REFUSALS: readonly RefusalReason[] = ['not_in_competence', 'no_subject', 'duplicate'];

export function drawAppealPlan(seed: string): AppealPlan {
  const random = seededRandom(`appeal:${seed}`);
  return {
    acceptMinutes: pickInt(random, 10, 90),
    processMinutes: pickInt(random, 30, 240),
    answerDays: pickInt(random, 3, 7),
    requestDays: pickInt(random, 1, 2),
    recheckMinutes: pickInt(random, 20, 120),
    hour: pickInt(random, 10, 16),
    minute: pickInt(random, 0, 59),
    executor: EXECUTORS[pickInt(random, 0, EXECUTORS.length - 1)]!,
    code: pickInt(random, 100, 399),
    refusal: SCRIPTED_REFUSALS[pickInt(random, 0, SCRIPTED_REFUSALS.length - 1)]!,
  };
}

/** 'random' resolves by the seed to one of the stories a department plays by itself. */
export function pickAppealScenario(requested: AppealScenario | 'random', seed: string): AppealScenario {
  if (requested !== 'random') return requested;
  const played = APPEAL_SCENARIOS.filter((s) => s !== 'manual');
  const random = seededRandom(`appeal-scenario:${seed}`);
  // Most appeals are answered in term; the other stories share the rest.
  return random() < 0.5 ? 'answered' : played[pickInt(random, 1, played.length - 1)]!;
}

/** The scripted answer a department writes by itself: the department's own words, in Russian. */
export function scriptedAnswer(plan: AppealPlan): Answer {
  return {
    outcome: 'done',
    code: plan.code,
    explanation:
      'Обращение рассмотрено по существу. Изложенные обстоятельства проверены по данным ведомства; нарушение устранено, сведения в системе исправлены.',
    nextSteps: 'Дополнительных действий не требуется. Если результат вас не устроит, подайте обжалование с номером этого обращения.',
    executor: plan.executor,
    attachments: [],
  };
}
