// The registry check at submission (issue 19.3): for a service the registry checks, the natural
// department ('random', the demo default, or 'happy') compares the answers with the account's profile.
// All match: the electronic result is ready within minutes. Any differ: refused «data_mismatch», also
// within minutes, naming the fields. Other scenarios are QA scripts and play as asked.
import type { ResultWay } from '../../domain/catalog/kinds';
import type { Service } from '../../domain/catalog/serviceSchema';
import { pickScenario } from '../../domain/lifecycle/pickScenario';
import type { CaseScenario } from '../../domain/lifecycle/types';
import { toFormValues } from '../../domain/profileValues';
import { REGISTRY_SERVICES, registryMismatches } from '../../domain/registryMatch';
import type { RejectionReason, Scenario } from '../../domain/scenario';
import { viewAccount } from '../auth/sessions';
import type { AccountRow, CaseRow } from '../rows';

type Story = { scenario: CaseScenario; rejectReason?: RejectionReason };

export function registryStory(
  service: Service,
  answers: Record<string, string | boolean>,
  account: AccountRow,
  requested: Scenario,
  seed: string,
  resultWay: ResultWay,
): { story: Story; registry?: CaseRow['registry'] } {
  if (!REGISTRY_SERVICES.has(service.id) || (requested !== 'random' && requested !== 'happy')) return { story: pickScenario(requested, seed) };
  const mismatch = registryMismatches(
    service,
    answers,
    toFormValues((account.profile as Record<string, unknown> | undefined) ?? null, viewAccount(account)),
  ).map((m) => m.field);
  if (mismatch.length) return { story: { scenario: 'rejected', rejectReason: 'data_mismatch' }, registry: { fast: true, mismatch } };
  // An explicit 'happy' keeps the service's usual term (QA stories time it); paper needs days anyway.
  if (requested === 'happy') return { story: { scenario: 'happy' }, registry: { fast: false, mismatch: [] } };
  return { story: { scenario: 'happy' }, registry: { fast: resultWay === 'electronic', mismatch: [] } };
}
