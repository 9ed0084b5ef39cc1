// Whether the department systems answer, and the simulated moment of the data the device shows. Kept
// apart from the change feed so the shell's banner can read it without loading the database.
import { createSignal } from 'solid-js';

const [reachable, setReachable] = createSignal(true);
/** Simulated time (ms) of the server's last answer to the feed: «показаны данные на …». */
const [syncedAt, setSyncedAt] = createSignal<number | undefined>(undefined);

export { reachable as serverReachable, setReachable, syncedAt, setSyncedAt };
