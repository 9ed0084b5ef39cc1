// The kit's one way into the simulated world: fetch('/api/...') from inside the page, answered by the
// service worker (Playwright's page.request and page.route never reach it). Waits for control first.
import { expect, type Page } from '@playwright/test';

export interface ApiAnswer<T> {
  status: number;
  headers: Record<string, string>;
  body: T;
}

export interface CallOptions {
  headers?: Record<string, string>;
  /** Send the staff header of a session opened with the operator PIN (QA reads of inboxes, the journal). */
  staff?: boolean;
}

/** The stand's operator PIN in tests, as the project's own e2e suite uses it (set when the stand has none). */
export const QA_PIN = '2468';

/**
 * The first-request guarantee: a page on about:blank opens the app first; then it waits until the service
 * worker controls the page, so the very first /api call is answered by the simulated departments.
 */
export async function ensureControlled(page: Page): Promise<void> {
  if (!/^https?:/.test(page.url())) await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Calls the backend from the page; the body is JSON (or null when the answer is not JSON). */
export async function call<T = unknown>(page: Page, method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<ApiAnswer<T>> {
  await ensureControlled(page);
  return page.evaluate(
    async ({ method, path, body, headers, staff, pin }) => {
      const post = (p: string, b: unknown) => fetch(p, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
      const extra: Record<string, string> = { ...headers };
      if (body !== undefined) extra['Content-Type'] = 'application/json';
      const send = () => fetch(path, { method, headers: extra, body: body === undefined ? undefined : JSON.stringify(body) });
      let response: Response;
      if (staff) {
        // The same cache key as the project's own qaInbox, so both share one staff session.
        const cached = sessionStorage.getItem('okno.qaStaffToken');
        if (cached) extra['X-Okno-Operator'] = cached;
        response = await send();
        if (response.status === 403) {
          const state = (await (await fetch('/api/_sim/operator')).json()) as { set: boolean };
          if (!state.set) await post('/api/_sim/operator', { pin });
          const opened = await post('/api/operator/check', { pin });
          if (!opened.ok) return { status: opened.status, headers: {}, body: await opened.json() };
          const { token } = (await opened.json()) as { token: string };
          sessionStorage.setItem('okno.qaStaffToken', token);
          extra['X-Okno-Operator'] = token;
          response = await send();
        }
      } else {
        response = await send();
      }
      const text = await response.text();
      let parsed: unknown = null;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        parsed = null;
      }
      return { status: response.status, headers: Object.fromEntries(response.headers.entries()), body: parsed };
    },
    { method, path, body, headers: options.headers ?? {}, staff: options.staff ?? false, pin: QA_PIN },
  ) as Promise<ApiAnswer<T>>;
}

/** Like call(), but a status outside 2xx fails the test with the server's own error text. */
export async function must<T = unknown>(page: Page, method: string, path: string, body?: unknown, options?: CallOptions): Promise<T> {
  const answer = await call<T>(page, method, path, body, options);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(200);
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body;
}
