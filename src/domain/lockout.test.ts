import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  attemptsBeforeLock,
  INITIAL_LOCKOUT,
  isLocked,
  LockoutStateSchema,
  lockoutDelayMs,
  registerFailure,
  registerSuccess,
  type LockoutState,
} from './lockout';

const T0 = Date.parse('2026-03-01T09:00:00Z');
const MINUTE = 60_000;

function fail(times: number, state: LockoutState = INITIAL_LOCKOUT, at = T0): LockoutState {
  let next = state;
  for (let i = 0; i < times; i++) next = registerFailure(next, at);
  return next;
}

describe('lock-out', () => {
  it('four wrong passwords do not lock, and say how many tries remain', () => {
    const state = fail(4);
    expect(isLocked(state, T0)).toEqual({ locked: false });
    expect(attemptsBeforeLock(state)).toBe(1);
  });

  it('the fifth wrong password locks for one minute on the simulated clock', () => {
    const state = fail(5);
    expect(isLocked(state, T0)).toEqual({ locked: true, until: T0 + MINUTE });
    expect(isLocked(state, T0 + MINUTE - 1).locked).toBe(true);
    expect(isLocked(state, T0 + MINUTE)).toEqual({ locked: false });
    expect(attemptsBeforeLock(state)).toBe(0);
  });

  it('each further failure locks for longer: 5, 15, then 60 minutes', () => {
    let state = fail(5);
    const later = T0 + 2 * MINUTE; // after the first lock ended
    state = registerFailure(state, later);
    expect(isLocked(state, later).until).toBe(later + 5 * MINUTE);
    state = registerFailure(state, later);
    expect(isLocked(state, later).until).toBe(later + 15 * MINUTE);
    state = registerFailure(state, later);
    expect(isLocked(state, later).until).toBe(later + 60 * MINUTE);
    state = registerFailure(state, later);
    expect(isLocked(state, later).until).toBe(later + 60 * MINUTE);
    expect(state.failures).toBe(9);
  });

  it('documents the schedule by failure count', () => {
    expect([1, 4, 5, 6, 7, 8, 20].map(lockoutDelayMs)).toEqual([0, 0, MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE, 60 * MINUTE]);
  });

  it('a failure never shortens a lock already in force', () => {
    const locked = { failures: 7, lockedUntil: T0 + 60 * MINUTE };
    expect(registerFailure(locked, T0).lockedUntil).toBe(T0 + 60 * MINUTE);
  });

  it('a correct password clears everything', () => {
    const state = registerSuccess();
    expect(state).toEqual({ failures: 0, lockedUntil: null });
    expect(isLocked(state, T0).locked).toBe(false);
    expect(attemptsBeforeLock(state)).toBe(5);
  });

  it('registerSuccess returns a fresh object each time', () => {
    const a = registerSuccess();
    a.failures = 3;
    expect(registerSuccess().failures).toBe(0);
    expect(INITIAL_LOCKOUT.failures).toBe(0);
  });

  it('the schema accepts a stored state and rejects nonsense', () => {
    expect(v.parse(LockoutStateSchema, fail(6))).toEqual(fail(6));
    expect(v.safeParse(LockoutStateSchema, { failures: -1, lockedUntil: null }).success).toBe(false);
    expect(v.safeParse(LockoutStateSchema, { failures: 1 }).success).toBe(false);
  });

  it('whatever the failures and times, the lock ends and its end never moves earlier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 * 60 * MINUTE }), { maxLength: 15 }), (gaps) => {
        let state = INITIAL_LOCKOUT;
        let now = T0;
        for (const gap of gaps) {
          now += gap;
          const before = state.lockedUntil ?? 0;
          state = registerFailure(state, now);
          expect(state.lockedUntil ?? 0).toBeGreaterThanOrEqual(before);
          expect(isLocked(state, now + 60 * MINUTE).locked).toBe(false);
        }
      }),
    );
  });
});
