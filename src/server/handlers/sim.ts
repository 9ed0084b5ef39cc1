// The /api/_sim control surface for demo stands and QA: clock, faults, default scenario, reset.
// Faults never apply here, so a test can always switch an outage off again.
import * as v from 'valibot';
import { applyClockCommand, ClockCommandSchema, viewClock } from '../../domain/clock';
import { FaultsPatchSchema } from '../../domain/faults';
import { ScenarioSchema } from '../../domain/scenario';
import { json, readJson } from '../http';
import type { Handler } from '../router';
import {
  readClock,
  readDefaultScenario,
  readFaults,
  writeClock,
  writeDefaultScenario,
  writeFaults,
} from '../simSettings';

export const getClock: Handler = async ({ env }) => {
  const realNow = env.realNow();
  return json(viewClock(await readClock(env.db, realNow), realNow));
};

export const postClock: Handler = async ({ env, request, recordChange }) => {
  const command = await readJson(request, ClockCommandSchema);
  const realNow = env.realNow();
  const clock = await env.db.transaction('rw', env.db.settings, env.db.changes, async () => {
    const next = applyClockCommand(await readClock(env.db, realNow), command, realNow);
    await writeClock(env.db, next);
    await recordChange('clock', 'clock', 'put');
    return next;
  });
  return json(viewClock(clock, realNow));
};

export const getFaults: Handler = async ({ db }) => json(await readFaults(db));

export const postFaults: Handler = async ({ db, request, recordChange }) => {
  const patch = await readJson(request, FaultsPatchSchema);
  const faults = await db.transaction('rw', db.settings, db.changes, async () => {
    const next = { ...(await readFaults(db)), ...patch };
    await writeFaults(db, next);
    await recordChange('faults', 'faults', 'put');
    return next;
  });
  return json(faults);
};

export const getScenario: Handler = async ({ db }) => json({ scenario: await readDefaultScenario(db) });

export const postScenario: Handler = async ({ db, request }) => {
  const { scenario } = await readJson(request, v.object({ scenario: ScenarioSchema }));
  await writeDefaultScenario(db, scenario);
  return json({ scenario });
};

/** Wipes every table of «okno-server»; the new epoch tells clients to drop their cursors. */
export const postReset: Handler = async ({ db, env }) => {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await env.notify();
  return json({ reset: true });
};
