// okno.faults, okno.scenario, okno.seed/reset: steering the simulated departments through /api/_sim.
import type { Page } from '@playwright/test';
import type { Failure, FaultRule, Latency } from '../../src/domain/faultMatrix';
import type { Faults } from '../../src/domain/faults';
import type { Scenario } from '../../src/domain/scenario';
import { must } from './browserApi';

export type { Failure, Latency, Scenario };
export type AppealScenario = 'answered' | 'documents_requested' | 'extended' | 'refused' | 'overdue' | 'manual' | 'random';

/** A rule of the fault matrix; probability 1 when omitted. */
export type FaultRuleInput = Omit<FaultRule, 'probability'> & { probability?: number };

export interface FaultMatrixView {
  rules: FaultRule[];
  /** The seed the draws come from: put it in a bug report, set it again to replay. */
  seed: string;
  /** Requests some rule's route matched since the matrix was set (each took one draw). */
  draws: number;
}

export function createFaults(page: Page) {
  const put = (rules: FaultRuleInput[], seed?: string) =>
    must<FaultMatrixView>(page, 'PUT', '/api/_sim/faults/matrix', seed === undefined ? { rules } : { rules, seed });
  const read = () => must<FaultMatrixView>(page, 'GET', '/api/_sim/faults/matrix');
  return {
    /** Replaces the whole matrix; draws start again from the first, from `seed` (kept when omitted). */
    set: async (rules: FaultRuleInput[], options: { seed?: string } = {}) => put(rules, options.seed ?? (await read()).seed),
    /** Adds one rule after the others (the first matching rule that the draw takes applies). */
    add: async (rule: FaultRuleInput) => {
      const current = await read();
      return put([...current.rules, rule], current.seed);
    },
    /** Empties the matrix (a hanging request then goes on) and switches the demo page's global faults off. */
    clear: async () => {
      await must(page, 'POST', '/api/_sim/faults', { latencyMs: 0, errorRate: 0, outage: false });
      return put([]);
    },
    /** The matrix, its seed and the draws taken so far. */
    read,
    /** The demo page's global faults: latency on every request, a share of failures, an outage. */
    global: (patch: Partial<Faults>) => must<Faults>(page, 'POST', '/api/_sim/faults', patch),
  };
}

export function createScenario(page: Page) {
  return {
    /**
     * The story new cases play (each case keeps the one it was sent under, so switching between two
     * submissions gives each case its own), and optionally the seed that times them.
     */
    set: (scenario: Scenario, options: { seed?: string } = {}) =>
      must<{ scenario: Scenario; seed: string }>(page, 'POST', '/api/_sim/scenario', { scenario, ...options }),
    /** Back to the default: random stories from the seed «okno». */
    reset: async () => {
      await must(page, 'POST', '/api/_sim/appeal-scenario', { scenario: 'random' });
      await must(page, 'POST', '/api/_sim/identity-scenario', { scenario: 'approve' });
      return must<{ scenario: Scenario; seed: string }>(page, 'POST', '/api/_sim/scenario', { scenario: 'random', seed: 'okno' });
    },
    read: () => must<{ scenario: Scenario; seed: string }>(page, 'GET', '/api/_sim/scenario'),
    /** How the department answers new identity scans: `approve`, `manual` (the console decides), `refused:<reason>`. */
    setIdentity: (scenario: 'approve' | 'manual' | 'refused:data_mismatch' | 'refused:bad_quality') =>
      must<{ scenario: string }>(page, 'POST', '/api/_sim/identity-scenario', { scenario }),
    /** The story new appeals play. */
    setAppeal: (scenario: AppealScenario) => must<{ scenario: AppealScenario }>(page, 'POST', '/api/_sim/appeal-scenario', { scenario }),
    /** Per request: headers that make one call play `scenario` (pass them to okno.api). */
    header: (scenario: Scenario): Record<string, string> => ({ 'X-Okno-Scenario': scenario }),
  };
}

/** What every world's citizen comes with. */
export interface WorldCitizen {
  phone: string;
  email: string;
  password: string;
  accountId: string;
  surname: string;
  name: string;
  patronymic: string;
}

export interface Worlds {
  'fresh-citizen': WorldCitizen;
  /** The demo stand's citizen (Смирнова Ольга) with a lived-in history; the same one on every call. */
  'demo-citizen': { phone: string; email: string; password: string; cases: number };
  'unpaid-fines': WorldCitizen & { licence: string; fines: { uin: string; payableKopecks: number }[] };
  'documents-requested': WorldCitizen & { caseId: string; caseNumber: string; serviceId: string };
  /** A request sent 45 days ago under the «overdue» story: «Не обработано», its term breached. */
  'overdue-appeal': WorldCitizen & { appealId: string; appealNumber: string };
  /** A confirmed visit to МФЦ (mos-mfc-1) for a passport, tomorrow or the next day the office opens. */
  'visit-tomorrow': WorldCitizen & { bookingId: string; ticket: string; startsAt: number; officeId: string };
  /** 10,000 residence-certificate applications, one an hour back from now, every status in turn (built in bulk, ~2 s). */
  'ten-thousand-applications': WorldCitizen & { applications: number };
}
export type WorldName = keyof Worlds;

export function createSeed(page: Page) {
  return <N extends WorldName>(name: N): Promise<Worlds[N]> => must<Worlds[N]>(page, 'POST', `/api/_sim/worlds/${name}`, {});
}

/** Wipes the simulated departments (accounts, cases, inboxes, clock, faults, journal); the page's own data resyncs. */
export async function resetWorld(page: Page): Promise<void> {
  await must(page, 'POST', '/api/_sim/reset');
}
