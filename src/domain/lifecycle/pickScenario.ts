// Turns the requested scenario into the story a new case will play. 'random' draws one from the case's
// seed with weights that make most cases end well, so a demo stand looks like a real department.
import { REJECTION_REASONS, type RejectionReason, type Scenario } from '../scenario';
import { seededRandom } from '../seededRandom';
import type { CaseScenario } from './types';

const WEIGHTS: [CaseScenario, number][] = [
  ['happy', 0.55],
  ['documents_requested', 0.15],
  ['slow', 0.1],
  ['technical_failure', 0.05],
  ['rejected', 0.15],
];

export function pickScenario(requested: Scenario, seed: string): { scenario: CaseScenario; rejectReason?: RejectionReason } {
  if (requested.startsWith('rejected:')) return { scenario: 'rejected', rejectReason: requested.slice('rejected:'.length) as RejectionReason };
  if (requested !== 'random') return { scenario: requested as CaseScenario };
  const random = seededRandom(`scenario:${seed}`);
  let roll = random();
  for (const [scenario, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) {
      return scenario === 'rejected' ? { scenario, rejectReason: REJECTION_REASONS[Math.floor(random() * REJECTION_REASONS.length)] } : { scenario };
    }
  }
  return { scenario: 'happy' };
}
