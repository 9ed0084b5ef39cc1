// okno.clock: Playwright's Clock API names and meanings, acting on the simulated clock in the service
// worker (page.clock only fakes the page's own timers and never reaches the simulated departments).
import type { Page } from '@playwright/test';
import { must } from './browserApi';

/** A moment: ms since the epoch, a Date, or a string Date.parse reads ('2026-03-02T10:00:00+03:00'). */
export type Moment = number | string | Date;
/** A duration: ms, or "ss", "mm:ss", "hh:mm:ss" as in Playwright's clock. */
export type Duration = number | string;

export interface ClockView {
  now: string;
  nowMs: number;
  /** Simulated ms per real ms: 0 paused, 1 real time. */
  speed: number;
}

export interface ClockOptions {
  /**
   * Keep the citizens signed in across the jump (the default: the kit moves the departments' time, not the
   * person's). Pass false to have the jump count as idle time, as when testing the session timeout.
   */
  keepSessions?: boolean;
}

function toMs(time: Moment): number {
  const ms = time instanceof Date ? time.getTime() : typeof time === 'number' ? time : Date.parse(time);
  if (!Number.isFinite(ms)) throw new Error(`okno.clock: not a time: ${String(time)}`);
  return ms;
}

export function durationMs(ticks: Duration): number {
  if (typeof ticks === 'number') return ticks;
  const parts = ticks.split(':').map(Number);
  if (parts.length > 3 || parts.some((n) => !Number.isFinite(n) || n < 0)) throw new Error(`okno.clock: not a duration: ${ticks}`);
  return parts.reduce((total, n) => total * 60 + n, 0) * 1000;
}

export function createClock(page: Page) {
  const command = (body: Record<string, unknown>, options: ClockOptions = {}) =>
    must<ClockView>(page, 'POST', '/api/_sim/clock', { ...body, keepSessions: options.keepSessions ?? true });
  const iso = (time: Moment) => new Date(toMs(time)).toISOString();
  return {
    /** The simulated now. */
    now: () => must<ClockView>(page, 'GET', '/api/_sim/clock'),
    /** Starts the simulated clock at `time` (default: now), running at real speed. */
    install: (options: { time?: Moment } & ClockOptions = {}) => command({ set: iso(options.time ?? Date.now()), speed: 1 }, options),
    /** Time stands still at `time`: every request sees the same instant until resume() or another call. */
    setFixedTime: (time: Moment, options?: ClockOptions) => command({ set: iso(time), speed: 0 }, options),
    /** Sets the simulated now and keeps the current speed; what fell due in between is settled on the next request. */
    setSystemTime: (time: Moment, options?: ClockOptions) => command({ set: iso(time) }, options),
    /** Jumps ahead; everything that fell due in between (statuses, notices, SMS) happens at once. */
    fastForward: (ticks: Duration, options?: ClockOptions) => command({ advanceMs: durationMs(ticks) }, options),
    /**
     * Runs the clock for `ticks`. The departments compute their state from the clock on each read, so this
     * settles the same events as fastForward; it exists so Playwright tests read the same.
     */
    runFor: (ticks: Duration, options?: ClockOptions) => command({ advanceMs: durationMs(ticks) }, options),
    /** Jumps to `time` (settling what fell due) and pauses there. */
    pauseAt: (time: Moment, options?: ClockOptions) => command({ set: iso(time), speed: 0 }, options),
    /** Time flows again at real speed from where it stands. */
    resume: () => command({ speed: 1 }),
    /** Demo stands: simulated ms per real ms (86 400 = a day a second). */
    setSpeed: (speed: number) => command({ speed }),
  };
}
