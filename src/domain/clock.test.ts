import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { advanceClock, applyClockCommand, ClockCommandSchema, initialClock, setClockSpeed, simNow } from './clock';

const T0 = Date.parse('2026-01-01T00:00:00Z');
const HOUR = 3_600_000;

describe('simulated clock', () => {
  it('follows real time at speed 1', () => {
    const clock = initialClock(T0);
    expect(simNow(clock, T0 + 5000)).toBe(T0 + 5000);
  });

  it('advances without losing the time already run', () => {
    const clock = advanceClock(initialClock(T0), 24 * HOUR, T0 + 1000);
    expect(simNow(clock, T0 + 1000)).toBe(T0 + 1000 + 24 * HOUR);
    expect(simNow(clock, T0 + 2000)).toBe(T0 + 2000 + 24 * HOUR);
  });

  it('changing speed keeps the current instant and then runs faster', () => {
    const fast = setClockSpeed(initialClock(T0), 60, T0 + 10_000);
    expect(simNow(fast, T0 + 10_000)).toBe(T0 + 10_000);
    expect(simNow(fast, T0 + 11_000)).toBe(T0 + 10_000 + 60_000);
  });

  it('speed 0 pauses the clock', () => {
    const paused = setClockSpeed(initialClock(T0), 0, T0);
    expect(simNow(paused, T0 + 999_999)).toBe(T0);
  });

  it('applies set, then advance, then speed from one command', () => {
    const command = v.parse(ClockCommandSchema, { set: '2026-05-01T10:00:00.000Z', advanceMs: HOUR, speed: 0 });
    const clock = applyClockCommand(initialClock(T0), command, T0 + 50);
    expect(new Date(simNow(clock, T0 + 10_000)).toISOString()).toBe('2026-05-01T11:00:00.000Z');
  });

  it('refuses an empty command, a negative advance and an absurd speed', () => {
    expect(v.safeParse(ClockCommandSchema, {}).success).toBe(false);
    expect(v.safeParse(ClockCommandSchema, { advanceMs: -1 }).success).toBe(false);
    expect(v.safeParse(ClockCommandSchema, { speed: 1e9 }).success).toBe(false);
    expect(v.safeParse(ClockCommandSchema, { set: 'yesterday' }).success).toBe(false);
  });
});
