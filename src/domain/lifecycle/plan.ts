// The department's own pace for one case, drawn once from the case's seed in a fixed order, so that
// recomputing the case at any later moment draws exactly the same numbers.
import { pickInt, seededRandom } from '../seededRandom';
import type { CaseInput } from './types';

export interface CasePlan {
  /** Working minutes from sending to «Принято». */
  acceptMinutes: number;
  /** Working minutes from «Принято» to «В обработке». */
  processMinutes: number;
  /** Working days of processing, within the service's term. */
  days: number;
  /** Moscow time of day at which results and decisions come out. */
  hour: number;
  minute: number;
  /** Which of the service's documents a scripted request asks for again. */
  requestedSlot?: string;
  /** Working days the post takes (DOMAIN: 3–7). */
  postDays: number;
  /** Minutes an instant service takes. */
  instantMinutes: number;
}

export function drawPlan(input: CaseInput): CasePlan {
  const random = seededRandom(input.seed);
  const { min, max } = input.termDays;
  const plan: CasePlan = {
    acceptMinutes: pickInt(random, 10, 40),
    processMinutes: pickInt(random, 30, 120),
    days: pickInt(random, min, max),
    hour: pickInt(random, 10, 16),
    minute: pickInt(random, 0, 59),
    postDays: pickInt(random, 3, 7),
    instantMinutes: pickInt(random, 2, 20),
  };
  const slotIndex = pickInt(random, 0, Math.max(0, input.documentSlots.length - 1));
  plan.requestedSlot = input.documentSlots[slotIndex];
  return plan;
}

/** Working days a citizen has to send requested documents (DOMAIN: 2–3 days). */
export const REPLY_WORKING_DAYS = 3;
/** Calendar days an office keeps a paper result for pickup. */
export const PICKUP_DAYS = 30;
/** How long before an electronic result expires the citizen is reminded. */
export const EXPIRY_NOTICE_MS = 3 * 86_400_000;
export const REMINDER_BEFORE_MS = 24 * 3_600_000;
