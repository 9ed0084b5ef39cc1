// The demo stand's calls to the /api/_sim control surface, and the full reset of both databases.
import * as v from 'valibot';
import { apiGet, apiPost } from '../../client/api';
import { wipeLocalData } from '../../client/repos/deviceRepo';
import { ClockViewSchema, type ClockCommand } from '../../domain/clock';
import { FaultsSchema, type Faults } from '../../domain/faults';
import { HealthSchema, PinStateSchema } from '../../domain/answers/sim';

export { HealthSchema };

// The operator console's PIN: whether one is set, and setting it.
export const readPinState = () => apiGet('/_sim/operator', PinStateSchema);
/** Sets the first PIN, or changes it with the current one. */
export const changePin = (pin: string, currentPin?: string) =>
  apiPost('/_sim/operator', currentPin === undefined ? { pin } : { pin, currentPin }, PinStateSchema);

export const readClock = () => apiGet('/_sim/clock', ClockViewSchema);
export const changeClock = (command: ClockCommand) => apiPost('/_sim/clock', command, ClockViewSchema);
export const readFaults = () => apiGet('/_sim/faults', FaultsSchema);
export const changeFaults = (patch: Partial<Faults>) => apiPost('/_sim/faults', patch, FaultsSchema);
export const readHealth = () => apiGet('/health', HealthSchema);

/** Server first: if it fails, the device keeps its data and the user can retry. */
export async function resetEverything(): Promise<void> {
  await apiPost('/_sim/reset', {}, v.object({ reset: v.literal(true) }));
  await wipeLocalData();
}
