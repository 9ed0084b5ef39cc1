// «Клиентские службы»: find an МФЦ open now on the plan and in the list, book its first available slot,
// confirm, the QR ticket and the .ics, move the visit, cancel it, a late cancel refused with the reason,
// the operator marking arrival (the live queue), axe and the keyboard on the plan and the calendar.
import { expect, test, type Page } from '@playwright/test';
import { api, staffApi } from './pages/app';
import * as booking from './pages/booking';
import { signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still so slots stay put.
const NOW = '2026-12-01T06:00:00.000Z';
const MFC = 'МФЦ «Мои документы» Центральный';

async function start(page: Page) {
  await signUpCitizen(page, '/');
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
}

test('find an МФЦ open now, book the first slot, confirm, QR ticket, .ics, move, cancel', async ({ page }) => {
  test.setTimeout(150_000); // a long journey with two axe runs: over 60 s on a loaded CI machine
  await start(page);
  await booking.openOffices(page);
  await booking.filterOffices(page, { city: 'Москва', services: ['Получение готовых документов'], openNow: true });
  await expect(page).toHaveURL(/open=true/);
  const list = booking.officeList(page);
  await expect(list.getByRole('button', { name: MFC })).toBeVisible();
  await expect(list.getByText('МФЦ · Москва, ул. Лесная, 12 · Открыто')).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await test.step('The plan: keyboard zoom, then the marker opens the card', async () => {
    const plan = booking.plan(page, 'Москва');
    await plan.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowRight');
    const marker = plan.getByRole('button', { name: MFC });
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: MFC })).toBeFocused();
    await expect(page.getByText('Загрузка сейчас')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Загрузка по часам сегодня' })).toBeVisible();
    await expect(page).toHaveURL(/office=mos-mfc-1/);

    await booking.startBooking(page);
    await booking.firstFreeSlot(page);
    await expect(booking.status(page, '1 декабря 2026')).toContainText('10:00');
  });

  await test.step('A visit more than a day ahead, so it can still be moved and cancelled', async () => {
    await booking.pickSlot(page, /^чт, 3 декабря: свободно/, '10:00');
    await expect(booking.status(page, '3 декабря 2026')).toContainText('10:00');
    expect(await axeFindings(page)).toEqual([]);
    await booking.book(page, { comment: 'Приду с ребёнком' });
    await expect(page.getByRole('heading', { name: 'Ожидает подтверждения' })).toBeFocused();
    await expect(page.getByText('ул. Лесная, 12')).toBeVisible();
    await booking.confirm(page);

    await expect(page.getByRole('heading', { level: 1, name: /Запись МФ-\d{4}/ })).toBeVisible();
    await expect(booking.status(page, 'Подтверждено')).toBeVisible();
    await expect(page.getByRole('img', { name: /QR-код талона МФ-\d{4}/ })).toBeVisible();
    await expect(page.getByText('3 декабря 2026 г. в 10:00').or(page.getByText('3 декабря 2026 г., 10:00'))).toBeVisible();
    const ics = await booking.downloadIcs(page);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('SEQUENCE:0');
    expect(await axeFindings(page)).toEqual([]);
  });

  await test.step("«Мои записи» from the device's mirror", async () => {
    await booking.openMyBookings(page);
    await expect(booking.upcoming(page).getByRole('link', { name: /МФ-\d{4} — Паспорт гражданина РФ/ })).toBeVisible();
    await booking.openBooking(page, /МФ-\d{4} — Паспорт/);
  });

  await test.step('Move to another day and hour', async () => {
    await booking.reschedule(page, /^пт, 4 декабря: свободно/, '11:00');
    await expect(page.getByText('4 декабря 2026 г. в 11:00').or(page.getByText('4 декабря 2026 г., 11:00'))).toBeVisible();
  });

  await test.step('Cancel more than a day ahead', async () => {
    await booking.cancel(page);
    await expect(booking.status(page, 'Отменено')).toBeVisible();
  });
});

test('a late cancel is refused with the reason; the operator marks arrival and the ticket shows the queue', async ({ page }) => {
  await start(page);
  const startsAt = Date.parse('2026-12-01T08:00:00.000Z'); // 11:00 Moscow today
  const made = { body: await booking.bookByApi(page, 'inn', startsAt) };
  await page.goto(`/bookings/${made.body.id}`);
  await booking.cancel(page);
  await expect(page.getByRole('alert')).toContainText('не позже чем за 24 часа');
  await expect(booking.status(page, 'Подтверждено')).toBeVisible();

  const marked = (await staffApi(page, 'POST', `/api/operator/bookings/${made.body.id}/mark`, { mark: 'arrived' })).status;
  expect(marked).toBe(200);
  await expect(booking.status(page, 'В очереди')).toBeVisible();
  await expect(page.getByText(new RegExp(`Электронная очередь: талон ${made.body.ticket}`))).toBeVisible();
});

test('English: the offices page and the booking calendar pass axe and work from the keyboard', async ({ page }) => {
  await start(page);
  await page.evaluate(() => localStorage.setItem('okno.locale', 'en'));
  await page.goto('/offices?city=yekaterinburg');
  await expect(page.getByRole('heading', { level: 1, name: 'Client service offices' })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.goto('/offices/book?service=passport&office=yek-mfc-1&city=yekaterinburg');
  await expect(page.getByText(/Times are in the office’s time zone \(Yekaterinburg\)/)).toBeVisible();
  await page.getByRole('button', { name: 'First available slot' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list').getByRole('button', { pressed: true })).toHaveCount(1);
  expect(await axeFindings(page)).toEqual([]);
});
