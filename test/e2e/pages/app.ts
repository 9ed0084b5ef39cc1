// Page helpers shared by the specs: open a page once the service worker (the mock backend) controls
// it, and steer the simulation through /api/_sim as QA teams do.
import { expect, type Page } from '@playwright/test';

/** Opens a path and waits until the service worker controls the page. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until the app has taken the page over from its prerendered copy or frame
 * (`#root[data-prerendered]`, see src/prerender). Before that the page is static: presses are held,
 * and the frame of a signed-in page has the header but no heading of its own.
 */
export async function waitForTakeOver(page: Page): Promise<void> {
  await expect(page.locator('#root:not([data-prerendered])')).toBeAttached();
}

/** Holds the app's script back (a first visit on a slow line) until the returned function is called. */
export async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Waits until the whole app is stored on the device (the footer says so): the first install stores only
 * what the first paint needs, the rest follows. Call before going offline.
 */
export async function waitUntilSavedOffline(page: Page): Promise<void> {
  await expect(page.getByText('Приложение сохранено на устройстве и откроется без сети.')).toBeVisible({ timeout: 60_000 });
}

/** Calls the mock backend from inside the page, as the app itself does. */
export async function api<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    { method, path, body },
  );
}

export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The stand's operator PIN in tests: QA's reads of any inbox go through a staff session opened with it. */
export const QA_PIN = '2468';

/**
 * A request with a staff session, as the operator console sends it (X-Okno-Operator): the session is
 * opened with the stand's PIN once per page (the PIN is set first if the stand has none).
 */
export async function staffApi<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body, pin }) => {
      const post = (url: string, data: unknown) =>
        fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) });
      const send = (token: string) =>
        fetch(path, {
          method,
          headers: { 'X-Okno-Operator': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const cached = sessionStorage.getItem('okno.qaStaffToken');
      let response = cached ? await send(cached) : undefined;
      if (!response || response.status === 401 || response.status === 403) {
        const state = await (await fetch('/api/_sim/operator')).json();
        if (!state.set) await post('/api/_sim/operator', { pin });
        const opened = await post('/api/operator/check', { pin });
        if (!opened.ok) return { status: opened.status, body: await opened.json() };
        const { token } = await opened.json();
        sessionStorage.setItem('okno.qaStaffToken', token);
        response = await send(token);
      }
      return { status: response.status, body: await response.json() };
    },
    { method, path, body, pin: QA_PIN },
  ) as Promise<{ status: number; body: T }>;
}

/** QA's read of any simulated inbox (`GET /api/_sim/inbox?<query>`, staff only); a citizen's page shows only their own. */
export async function qaInbox<T = { id: number; channel: 'sms' | 'email'; to: string; at: number; subject?: string; body: string }>(
  page: Page,
  query = '',
): Promise<T[]> {
  const result = await staffApi<T[]>(page, 'GET', `/api/_sim/inbox${query ? `?${query}` : ''}`);
  expect(result.status, `QA inbox read: ${JSON.stringify(result.body)}`).toBe(200);
  return result.body;
}
