// Sign-in lock-out after repeated wrong passwords, as pure arithmetic on the simulated clock: the
// caller passes `now` (simulated ms) and stores the state; this module never reads a timer.
import * as v from 'valibot';
import { objectMessage } from './validationCodes';

const MINUTE_MS = 60_000;

/** Consecutive wrong passwords that lock the account. */
export const LOCKOUT_THRESHOLD = 5;

/**
 * Lock length by the number of consecutive failures: the 5th locks for 1 minute, the 6th for 5, the
 * 7th for 15, the 8th and every later one for 60. Only a correct password resets the count, so a
 * failure right after a lock ends locks again, for longer.
 */
export const LOCKOUT_DELAYS_MS: readonly number[] = [1 * MINUTE_MS, 5 * MINUTE_MS, 15 * MINUTE_MS, 60 * MINUTE_MS];

export const LockoutStateSchema = v.object(
  {
    failures: v.pipe(v.number('invalid_value'), v.integer('invalid_value'), v.minValue(0, 'invalid_value')),
    /** Simulated ms until which sign-in is refused; null when not locked. */
    lockedUntil: v.nullable(v.number('invalid_value'), null),
  },
  objectMessage,
);
export type LockoutState = v.InferOutput<typeof LockoutStateSchema>;

export const INITIAL_LOCKOUT: LockoutState = { failures: 0, lockedUntil: null };

/** How long the `failures`-th consecutive failure locks for; 0 below the threshold. */
export function lockoutDelayMs(failures: number): number {
  if (failures < LOCKOUT_THRESHOLD) return 0;
  const step = Math.min(failures - LOCKOUT_THRESHOLD, LOCKOUT_DELAYS_MS.length - 1);
  return LOCKOUT_DELAYS_MS[step] ?? 0;
}

export function registerFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = lockoutDelayMs(failures);
  if (delay === 0) return { failures, lockedUntil: state.lockedUntil };
  // A failure never shortens a lock already in force.
  return { failures, lockedUntil: Math.max(now + delay, state.lockedUntil ?? 0) };
}

export function registerSuccess(): LockoutState {
  return { ...INITIAL_LOCKOUT };
}

export function isLocked(state: LockoutState, now: number): { locked: boolean; until?: number } {
  return state.lockedUntil !== null && now < state.lockedUntil ? { locked: true, until: state.lockedUntil } : { locked: false };
}

/** Wrong passwords still allowed before the first lock (for «осталось N попытки»); 0 once past it. */
export function attemptsBeforeLock(state: LockoutState): number {
  return Math.max(0, LOCKOUT_THRESHOLD - state.failures);
}
