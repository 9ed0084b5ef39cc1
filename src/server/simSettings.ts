// Reading and writing the simulation settings (clock, faults, default scenario, epoch) in «okno-server».
import * as v from 'valibot';
import { ClockStateSchema, initialClock, type ClockState } from '../domain/clock';
import { FaultsSchema, NO_FAULTS, type Faults } from '../domain/faults';
import { ScenarioSchema, type Scenario } from '../domain/scenario';
import type { ServerDb } from './db';

async function readSetting<S extends v.GenericSchema>(
  db: ServerDb,
  key: string,
  schema: S,
  fallback: () => v.InferOutput<S>,
): Promise<v.InferOutput<S>> {
  const row = await db.settings.get(key);
  const parsed = v.safeParse(schema, row?.value);
  return parsed.success ? parsed.output : fallback();
}

export function readClock(db: ServerDb, realNow: number): Promise<ClockState> {
  return readSetting(db, 'clock', ClockStateSchema, () => initialClock(realNow));
}

export async function writeClock(db: ServerDb, clock: ClockState): Promise<void> {
  await db.settings.put({ key: 'clock', value: clock });
}

export function readFaults(db: ServerDb): Promise<Faults> {
  return readSetting(db, 'faults', FaultsSchema, () => NO_FAULTS);
}

export async function writeFaults(db: ServerDb, faults: Faults): Promise<void> {
  await db.settings.put({ key: 'faults', value: faults });
}

export function readDefaultScenario(db: ServerDb): Promise<Scenario> {
  return readSetting(db, 'scenario', ScenarioSchema, () => 'random');
}

export async function writeDefaultScenario(db: ServerDb, scenario: Scenario): Promise<void> {
  await db.settings.put({ key: 'scenario', value: scenario });
}

/** The epoch names this run of the server's data; reset starts a new one so clients resync. */
export async function readEpoch(db: ServerDb): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get('epoch');
    if (typeof row?.value === 'string') return row.value;
    const epoch = crypto.randomUUID();
    await db.settings.put({ key: 'epoch', value: epoch });
    return epoch;
  });
}

/** The seed that, with each case's place in the sequence, times every simulated story. */
export async function readSeed(db: ServerDb): Promise<string> {
  return readSetting(db, 'seed', v.pipe(v.string(), v.minLength(1)), () => 'okno');
}

export async function writeSeed(db: ServerDb, seed: string): Promise<void> {
  await db.settings.put({ key: 'seed', value: seed });
}
