// The /api/_sim control surface for demo stands and QA: clock, faults, default scenario, reset.
// Faults never apply here, so a test can always switch an outage off again.
import * as v from 'valibot';
import { applyClockCommand, ClockCommandSchema, simNow, viewClock } from '../../domain/clock';
import { SETTLE_STEPS } from '../settleSteps';
import { FaultsPatchSchema } from '../../domain/faults';
import { ScenarioSchema } from '../../domain/scenario';
import { json, readJson } from '../http';
import type { Handler } from '../router';
import { readClock, readDefaultScenario, readFaults, writeClock, writeDefaultScenario, writeFaults, readSeed, writeSeed } from '../simSettings';

export const getClock: Handler = async ({ env }) => {
  const realNow = env.realNow();
  return json(viewClock(await readClock(env.db, realNow), realNow));
};

export const postClock: Handler = async (ctx) => {
  const { env, request, recordChange } = ctx;
  const command = await readJson(request, ClockCommandSchema);
  const realNow = env.realNow();
  const clock = await env.db.transaction('rw', env.db.settings, env.db.changes, env.db.sessions, async () => {
    const before = await readClock(env.db, realNow);
    const next = applyClockCommand(before, command, realNow);
    await writeClock(env.db, next);
    const jump = simNow(next, realNow) - simNow(before, realNow);
    if (command.keepSessions && jump > 0) await env.db.sessions.toCollection().modify((s) => void (s.lastSeenAt += jump));
    await recordChange('clock', 'clock', 'put');
    return next;
  });
  // Time moved inside this request, after the router's settle step: run that same step at the new now,
  // so notices due during the jump arrive at once.
  for (const step of SETTLE_STEPS) await step({ ...ctx, now: simNow(clock, realNow) });
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

export const getScenario: Handler = async ({ db }) => json({ scenario: await readDefaultScenario(db), seed: await readSeed(db) });

/** The story new cases play and the seed that times them; existing cases keep theirs. */
export const postScenario: Handler = async ({ db, request }) => {
  const body = await readJson(
    request,
    v.object({ scenario: v.optional(ScenarioSchema), seed: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(40))) }),
  );
  if (body.scenario) await writeDefaultScenario(db, body.scenario);
  if (body.seed) await writeSeed(db, body.seed);
  return json({ scenario: await readDefaultScenario(db), seed: await readSeed(db) });
};

/** Wipes every table of «okno-server»; the new epoch tells clients to drop their cursors. */
export const postReset: Handler = async ({ db, env }) => {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await env.notify();
  return json({ reset: true });
};
