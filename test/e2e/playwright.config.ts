// End-to-end tests in real Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) against the built app.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** OKNO_E2E_PORT and OKNO_OUT_DIR let two checkouts or builds be tested side by side. */
const PORT = Number(process.env.OKNO_E2E_PORT ?? 4173);

export default defineConfig({
  // The project's specs and the QA kit's own (test/kit/*.spec.ts: its worked example and guarantees).
  testDir: '..',
  testMatch: /[\\/]test[\\/](e2e[\\/].*|kit[\\/][^\\/]*)\.spec\.ts$/,
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  // No retries, in CI or here: a test that passes only on a second try is a flaky test, and it must show
  // as a failure to be fixed (issue 18.7). Waits are for what a person would see, never fixed sleeps.
  retries: 0,
  // A journey test (sign-up, several pages, axe) takes 15–35 s on CI's two busy cores (one axe pass over
  // a page alone takes 2–9 s): 90 s is the hang guard, not a speed budget (budgets live in `npm run
  // bench`). Each expectation waits up to 10 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'allow',
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
