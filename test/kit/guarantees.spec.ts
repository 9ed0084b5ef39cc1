// The kit's own guarantees in a real browser: the first /api call is the service worker's, a worker that
// cannot register is said out loud, and the kit's clock, faults, worlds and journal act where the app looks.
import { expect, pages, test } from './index';

test.describe('first request', () => {
  test.use({ oknoFreshWorld: false });

  test('on a fresh profile the very first /api call is answered by the service worker', async ({ page, okno }) => {
    expect(page.url()).toBe('about:blank');
    const health = await okno.api<{ ok?: boolean }>('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toContain('application/json');
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  });

  test('when the worker cannot register, the page says the systems are unavailable instead of hanging', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(ServiceWorkerContainer.prototype, 'register', {
        value: () => Promise.reject(new TypeError('registration blocked by the test')),
      });
    });
    await page.goto('/login');
    await expect(page.getByRole('alert').filter({ hasText: 'Системы ведомств недоступны' })).toBeVisible({ timeout: 3_000 });
    await pages.account.field(page, 'Логин').fill('+7 912 345-67-89');
    await pages.account.field(page, 'Пароль').fill('Zelenyj#Sad7');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(pages.account.loginFailure(page)).not.toBeEmpty({ timeout: 3_000 });
  });

  test('offline, an installed worker keeps serving: no «systems unavailable» although its update check fails', async ({ page, context, okno }) => {
    await okno.open('/login');
    await pages.app.waitUntilSavedOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
    expect((await okno.api('GET', '/api/health')).status).toBe(200);
    await expect(page.getByText('Системы ведомств недоступны')).toHaveCount(0);
  });
});

test('the clock: fixed time stands still, resume lets it run, fastForward jumps', async ({ okno }) => {
  const fixed = Date.parse('2026-06-01T07:00:00Z');
  await okno.clock.setFixedTime(fixed);
  expect((await okno.clock.now()).nowMs).toBe(fixed);
  expect((await okno.clock.fastForward('02:00:00')).nowMs).toBe(fixed + 2 * 3_600_000);
  const resumed = await okno.clock.resume();
  expect(resumed.speed).toBe(1);
  await expect.poll(async () => (await okno.clock.now()).nowMs).toBeGreaterThan(resumed.nowMs);
});

test('faults reach the page: a network error rejects fetch, a malformed body is not JSON, a hang waits for clear()', async ({ page, okno }) => {
  await okno.ready();
  const fetchHealth = () =>
    page.evaluate(async () => {
      try {
        const response = await fetch('/api/health');
        const text = await response.text();
        try {
          JSON.parse(text);
          return `json ${response.status}`;
        } catch {
          return `not json ${response.status}`;
        }
      } catch (error) {
        return `rejected ${(error as Error).name}`;
      }
    });
  await okno.faults.set([{ route: 'GET /api/health', failure: { kind: 'network' } }]);
  expect(await fetchHealth()).toBe('rejected TypeError');
  await okno.faults.set([{ route: 'GET /api/health', failure: { kind: 'malformed' } }]);
  expect(await fetchHealth()).toBe('not json 200');
  await okno.faults.set([{ route: 'GET /api/health', failure: { kind: 'hang' } }]);
  const hanging = fetchHealth();
  let settled = false;
  void hanging.then(() => (settled = true));
  await expect.poll(async () => (await okno.journal.find(/GET \/api\/_sim\/faults\/matrix/)).length).toBeGreaterThan(0);
  expect(settled).toBe(false);
  await okno.faults.clear();
  expect(await hanging).toBe('json 200');
});

test('a world signs in: the citizen with a visit tomorrow opens its booking', async ({ page, okno }) => {
  const world = await okno.seed('visit-tomorrow');
  await pages.account.submitLogin(page, world.phone, world.password);
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  await page.goto(`/bookings/${world.bookingId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Запись ${world.ticket}` })).toBeVisible();
});

test('ten thousand applications: «Мои заявления» shows the first rows and the total', async ({ page, okno }) => {
  // The change feed copies 10,000 rows to the device: ~50 s on two busy cores, 66 s at a load of 18.
  test.setTimeout(150_000);
  const world = await okno.seed('ten-thousand-applications');
  expect(world.applications).toBe(10_000);
  await pages.account.submitLogin(page, world.phone, world.password);
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  await pages.applications.open(page);
  // The newest rows show while the change feed copies the rest to the device (a page of changes at a time).
  await expect(pages.applications.rows(page).first()).toContainText('Справка о месте жительства');
  await expect(pages.applications.found(page)).toBeVisible();
  await pages.applications.expectFound(page, 10_000, { timeout: 60_000 });
  // Virtualised: only the rows near the top exist in the page.
  expect(await pages.applications.rows(page).count()).toBeLessThan(60);
  await pages.applications.filterByStatus(page, 'Принято');
  await pages.applications.expectFound(page, 1_429);
});
