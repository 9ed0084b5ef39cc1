// Every simulated office. The list is static data shipped with the app, so the offices, the plan and the
// free slots work offline; only bookings live on the (simulated) server.
import { MOSCOW_OFFICES } from './data/moscow';
import { VLADIVOSTOK_OFFICES } from './data/vladivostok';
import { YEKATERINBURG_OFFICES } from './data/yekaterinburg';
import type { Office } from './officeSchema';

export const OFFICES: readonly Office[] = [...MOSCOW_OFFICES, ...YEKATERINBURG_OFFICES, ...VLADIVOSTOK_OFFICES];

const BY_ID = new Map(OFFICES.map((office) => [office.id, office]));

export function officeById(id: string): Office | undefined {
  return BY_ID.get(id);
}
