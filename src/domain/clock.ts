// Simulated time as pure arithmetic over a stored anchor. It never reads a timer or Date.now():
// the caller passes the real time, so the same inputs always give the same simulated instant.
import * as v from 'valibot';

/** Fastest the demo clock may run: one real second is one simulated day. */
export const MAX_CLOCK_SPEED = 86_400;

export const ClockStateSchema = v.object({
  /** Real time (ms since epoch) at which the anchor was taken. */
  anchorReal: v.number(),
  /** Simulated time (ms since epoch) at that real moment. */
  anchorSim: v.number(),
  /** Simulated milliseconds per real millisecond; 0 pauses the clock. */
  speed: v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_CLOCK_SPEED)),
});
export type ClockState = v.InferOutput<typeof ClockStateSchema>;

export function initialClock(realNow: number): ClockState {
  return { anchorReal: realNow, anchorSim: realNow, speed: 1 };
}

export function simNow(clock: ClockState, realNow: number): number {
  return Math.round(clock.anchorSim + (realNow - clock.anchorReal) * clock.speed);
}

export function setClock(clock: ClockState, simTime: number, realNow: number): ClockState {
  return { anchorReal: realNow, anchorSim: simTime, speed: clock.speed };
}

export function advanceClock(clock: ClockState, deltaMs: number, realNow: number): ClockState {
  return setClock(clock, simNow(clock, realNow) + deltaMs, realNow);
}

export function setClockSpeed(clock: ClockState, speed: number, realNow: number): ClockState {
  return { anchorReal: realNow, anchorSim: simNow(clock, realNow), speed };
}

/** A request to change the clock, as sent to POST /api/_sim/clock. Fields apply in order: set, advance, speed. */
export const ClockCommandSchema = v.pipe(
  v.object({
    set: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    advanceMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650 * 86_400_000))),
    speed: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_CLOCK_SPEED))),
    /** A demo's jump is time travel, not the citizen being away: open sessions keep their idle time. */
    keepSessions: v.optional(v.boolean()),
  }),
  v.check((cmd) => cmd.set !== undefined || cmd.advanceMs !== undefined || cmd.speed !== undefined, 'Give at least one of set, advanceMs, speed'),
);
export type ClockCommand = v.InferOutput<typeof ClockCommandSchema>;

export function applyClockCommand(clock: ClockState, cmd: ClockCommand, realNow: number): ClockState {
  let next = clock;
  if (cmd.set !== undefined) next = setClock(next, Date.parse(cmd.set), realNow);
  if (cmd.advanceMs !== undefined) next = advanceClock(next, cmd.advanceMs, realNow);
  if (cmd.speed !== undefined) next = setClockSpeed(next, cmd.speed, realNow);
  return next;
}

/** What the clock endpoints answer. */
export const ClockViewSchema = v.object({ now: v.string(), nowMs: v.number(), speed: v.number() });
export type ClockView = v.InferOutput<typeof ClockViewSchema>;

export function viewClock(clock: ClockState, realNow: number): ClockView {
  const nowMs = simNow(clock, realNow);
  return { now: new Date(nowMs).toISOString(), nowMs, speed: clock.speed };
}
