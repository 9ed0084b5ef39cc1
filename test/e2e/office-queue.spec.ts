// Issue 14, point 4: the operator's office view. A citizen has two visits today; the clerk (another tab)
// marks both arrived, the citizen's ticket shows its place in line, «Вызвать следующего» moves the line
// and the citizen's page follows through the change feed; changing a day's hours cancels the visit that
// no longer fits and tells the citizen. Axe and the keyboard on the office view.
import { expect, test } from '@playwright/test';
import { api } from './pages/app';
import { bookByApi as bookConfirmed } from './pages/booking';
import * as booking from './pages/booking';
import * as operator from './pages/operator';
import { signInOperator } from './pages/operator';
import { signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still.
const NOW = '2026-12-01T06:00:00.000Z';
const MFC = 'МФЦ «Мои документы» Центральный';

test('the clerk marks arrivals and calls the next visitor; the citizen sees the place in line move', async ({ page, context }) => {
  test.slow();
  await signUpCitizen(page, '/');
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
  const first = await bookConfirmed(page, 'inn', '2026-12-01T07:00:00.000Z'); // 10:00 Moscow
  const second = await bookConfirmed(page, 'passport', '2026-12-01T07:30:00.000Z'); // 10:30
  const later = await bookConfirmed(page, 'registration', '2026-12-03T14:00:00.000Z'); // Thursday 17:00
  await page.goto(`/bookings/${second.id}`);
  await expect(booking.status(page, 'Подтверждено')).toBeVisible();

  const { clerk, table } = await test.step("The clerk's tab: same device, its own staff session", async () => {
    const clerk = await context.newPage();
    await signInOperator(clerk);
    await operator.openOfficeView(clerk, MFC);
    await expect(clerk).toHaveURL(/office=mos-mfc-1/);
    const table = operator.officeDayTable(clerk);
    await expect(table.getByRole('row', { name: new RegExp(first.ticket) })).toContainText('Подтверждено');
    expect(await axeFindings(clerk)).toEqual([]);
    return { clerk, table };
  });

  await test.step('Keyboard only: mark both arrived', async () => {
    for (const ticket of [first.ticket, second.ticket]) {
      await clerk.getByRole('button', { name: `Пришёл: талон ${ticket}`, exact: true }).focus();
      await clerk.keyboard.press('Enter');
      await expect(clerk.getByRole('status').filter({ hasText: `Талон ${ticket}: В очереди.` })).toBeVisible();
    }
    await expect(table.getByRole('row', { name: new RegExp(second.ticket) })).toContainText('место 2');
    await expect(clerk.getByText('Ждут: 2')).toBeVisible();
    await clerk.screenshot({ path: test.info().outputPath('office-view.png'), fullPage: true });
  });

  await test.step("The citizen's ticket: one person ahead", async () => {
    await expect(page.getByText(`Электронная очередь: талон ${second.ticket}, перед вами 1 чел.`)).toBeVisible();

    await clerk.getByRole('button', { name: 'Вызвать следующего' }).focus();
    await clerk.keyboard.press('Enter');
    await expect(clerk.getByRole('status').filter({ hasText: `Вызван талон ${first.ticket}.` })).toBeVisible();
    await expect(page.getByText(`Электронная очередь: талон ${second.ticket} — вы следующий`)).toBeVisible();
    await operator.callNext(clerk);
    await expect(page.getByText(`Талон ${second.ticket}: вас приглашают к окну.`)).toBeVisible();
    await operator.callNext(clerk);
    await expect(clerk.getByRole('alert').filter({ hasText: 'Очередь пуста' })).toBeVisible();
    expect(await axeFindings(clerk)).toEqual([]);
  });

  await test.step('Thursday closes at 15:00: the 17:00 visit is cancelled and its citizen told why', async () => {
    await clerk.getByLabel('День', { exact: true }).and(clerk.locator('input[type=date]')).fill('2026-12-03');
    await expect(clerk).toHaveURL(/date=2026-12-03/);
    await expect(table.getByRole('row', { name: new RegExp(later.ticket) })).toBeVisible();
    await operator.setClosing(clerk, '25:00', 'Санитарный день после обеда');
    await expect(clerk.getByRole('alert').filter({ hasText: 'ЧЧ:ММ' })).toBeVisible();
    await expect(clerk.getByLabel('Причина (её увидят граждане)')).toHaveValue('Санитарный день после обеда');
    await operator.setClosing(clerk, '15:00');
    await expect(clerk.getByRole('status').filter({ hasText: 'Отменено записей: 1' })).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(later.ticket) })).toHaveCount(0);

    await page.goto(`/bookings/${later.id}`);
    await expect(booking.status(page, 'Отменено')).toBeVisible();
    await expect(page.getByText('Санитарный день после обеда')).toBeVisible();
  });

  await test.step('The office view in English passes axe too', async () => {
    await clerk.evaluate(() => localStorage.setItem('okno.locale', 'en'));
    await clerk.reload();
    await expect(clerk.getByRole('heading', { level: 1, name: 'At the office' })).toBeVisible();
    await expect(clerk.getByLabel('Office', { exact: true })).toHaveValue('mos-mfc-1');
    await expect(clerk.getByRole('region', { name: 'Bookings for the day' })).toContainText('No bookings for this day.');
    expect(await axeFindings(clerk)).toEqual([]);
  });
});
