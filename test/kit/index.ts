// Okno's QA kit: a Playwright fixture over the simulated world. An outside suite imports only this file:
//   import { test, expect } from '<okno>/test/kit';
// and steers time, stories, faults and data through the service worker's /api/_sim surface.
import { test as base, expect, type Page } from '@playwright/test';
import { call, ensureControlled, must, type ApiAnswer, type CallOptions } from './browserApi';
import { createClock } from './clock';
import { createInbox, createJournal } from './messages';
import { createFaults, createScenario, createSeed, resetWorld } from './world';

export function createOkno(page: Page) {
  return {
    /** Opens `path` and waits until the service worker (the simulated departments) controls the page. */
    open: async (path = '/') => {
      await page.goto(path);
      await ensureControlled(page);
    },
    /** Waits for control without navigating (opens «/» first if the page is still blank). */
    ready: () => ensureControlled(page),
    clock: createClock(page),
    scenario: createScenario(page),
    faults: createFaults(page),
    /** Builds a named world and answers what a test needs (phone, password, ids). */
    seed: createSeed(page),
    reset: () => resetWorld(page),
    inbox: createInbox(page),
    journal: createJournal(page),
    /** Any API call through the service worker, as the app makes it; `headers` may carry a scenario. */
    api: <T = unknown>(method: string, path: string, body?: unknown, options?: CallOptions): Promise<ApiAnswer<T>> =>
      call<T>(page, method, path, body, options),
  };
}
export type Okno = ReturnType<typeof createOkno>;

/**
 * Playwright's test with an `okno` fixture. Each test starts from a reset world (an empty backend, default
 * scenario, no faults, real-time clock) unless the test file says `test.use({ oknoFreshWorld: false })`.
 */
export const test = base.extend<{ okno: Okno; oknoFreshWorld: boolean }>({
  oknoFreshWorld: [true, { option: true }],
  okno: async ({ page, oknoFreshWorld }, use) => {
    const okno = createOkno(page);
    if (oknoFreshWorld) await okno.reset();
    await use(okno);
  },
});

/** The `use` block an outside playwright.config needs besides its baseURL (Okno's address). */
export const OKNO_USE = { serviceWorkers: 'allow', locale: 'ru-RU', timezoneId: 'Europe/Moscow' } as const;

export { expect, must };
export type { ApiAnswer, CallOptions };
export type { ClockView, Duration, Moment } from './clock';
export type { InboxMessage, JournalEntry } from './messages';
export type { AppealScenario, Failure, FaultMatrixView, FaultRuleInput, Latency, Scenario, WorldCitizen, WorldName, Worlds } from './world';
export * as pages from './pages';
