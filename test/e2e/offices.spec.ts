// «Клиентские службы»: find an МФЦ open now on the plan and in the list, book its first available slot,
// confirm, the QR ticket and the .ics, move the visit, cancel it, a late cancel refused with the reason,
// the operator marking arrival (the live queue), axe and the keyboard on the plan and the calendar.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, staffApi } from './pages/app';
import { callApi, signUpCitizen } from './pages/profile';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still so slots stay put.
const NOW = '2026-12-01T06:00:00.000Z';
const MFC = 'МФЦ «Мои документы» Центральный';
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`);

async function start(page: Page) {
  await signUpCitizen(page, '/');
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
}

test('find an МФЦ open now, book the first slot, confirm, QR ticket, .ics, move, cancel', async ({ page }) => {
  test.setTimeout(150_000); // a long journey with two axe runs: over 60 s on a loaded CI machine
  await start(page);
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Клиентские службы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Клиентские службы' })).toBeVisible();
  await page.getByLabel('Город', { exact: true }).selectOption({ label: 'Москва' });
  await page.getByRole('checkbox', { name: 'Получение готовых документов' }).check();
  await page.getByRole('checkbox', { name: 'Открыто сейчас' }).check();
  await expect(page).toHaveURL(/open=true/);
  const list = page.getByRole('region', { name: 'Список офисов' });
  await expect(list.getByRole('button', { name: MFC })).toBeVisible();
  await expect(list.getByText('МФЦ · Москва, ул. Лесная, 12 · Открыто')).toBeVisible();
  expect(await axe(page)).toEqual([]);

  // The plan: keyboard zoom, then the marker opens the card.
  const plan = page.getByRole('group', { name: /Схема офисов: Москва/ });
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

  await page.getByRole('link', { name: 'Записаться' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на приём' })).toBeVisible();
  await page.getByRole('button', { name: 'Первый доступный слот' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 декабря 2026' })).toContainText('10:00');
  // A visit more than a day ahead, so it can still be moved and cancelled.
  await page.getByRole('button', { name: /^чт, 3 декабря: свободно/ }).click();
  await page.getByRole('list').getByRole('button', { name: '10:00' }).click();
  await expect(page.getByRole('status').filter({ hasText: '3 декабря 2026' })).toContainText('10:00');
  await page.getByLabel('Комментарий для офиса (необязательно)').fill('Приду с ребёнком');
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Записаться', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ожидает подтверждения' })).toBeFocused();
  await expect(page.getByText('ул. Лесная, 12')).toBeVisible();
  await page.getByRole('button', { name: 'Подтвердить' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Запись МФ-\d{4}/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Подтверждено' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-код талона МФ-\d{4}/ })).toBeVisible();
  await expect(page.getByText('3 декабря 2026 г. в 10:00').or(page.getByText('3 декабря 2026 г., 10:00'))).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Добавить в календарь (.ics)' }).click();
  const ics = readFileSync((await (await download).path())!, 'utf8');
  expect(ics).toContain('METHOD:PUBLISH');
  expect(ics).toContain('SEQUENCE:0');
  expect(await axe(page)).toEqual([]);

  // «Мои записи» from the device's mirror.
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Мои записи' }).click();
  await expect(page.getByRole('region', { name: 'Предстоящие' }).getByRole('link', { name: /МФ-\d{4} — Паспорт гражданина РФ/ })).toBeVisible();
  await page.getByRole('link', { name: /МФ-\d{4} — Паспорт/ }).click();

  // Move to another day and hour.
  await page.getByRole('button', { name: 'Перенести' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Перенос записи/ })).toBeVisible();
  await page.getByRole('button', { name: /^пт, 4 декабря: свободно/ }).click();
  await page.getByRole('list').getByRole('button', { name: '11:00' }).click();
  await page.getByRole('button', { name: 'Перенести на это время' }).click();
  await expect(page.getByText('4 декабря 2026 г. в 11:00').or(page.getByText('4 декабря 2026 г., 11:00'))).toBeVisible();

  // Cancel more than a day ahead.
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отменить запись' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Отменено' })).toBeVisible();
});

test('a late cancel is refused with the reason; the operator marks arrival and the ticket shows the queue', async ({ page }) => {
  await start(page);
  const startsAt = Date.parse('2026-12-01T08:00:00.000Z'); // 11:00 Moscow today
  const made = await callApi<{ id: string; ticket: string }>(page, 'POST', '/api/bookings', { officeId: 'mos-mfc-1', serviceId: 'inn', startsAt });
  expect(made.status).toBe(201);
  await callApi(page, 'POST', `/api/bookings/${made.body.id}/confirm`, {});
  await page.goto(`/bookings/${made.body.id}`);
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отменить запись' }).click();
  await expect(page.getByRole('alert')).toContainText('не позже чем за 24 часа');
  await expect(page.getByRole('status').filter({ hasText: 'Подтверждено' })).toBeVisible();

  const marked = (await staffApi(page, 'POST', `/api/operator/bookings/${made.body.id}/mark`, { mark: 'arrived' })).status;
  expect(marked).toBe(200);
  await expect(page.getByRole('status').filter({ hasText: 'В очереди' })).toBeVisible();
  await expect(page.getByText(new RegExp(`Электронная очередь: талон ${made.body.ticket}`))).toBeVisible();
});

test('English: the offices page and the booking calendar pass axe and work from the keyboard', async ({ page }) => {
  await start(page);
  await page.evaluate(() => localStorage.setItem('okno.locale', 'en'));
  await page.goto('/offices?city=yekaterinburg');
  await expect(page.getByRole('heading', { level: 1, name: 'Client service offices' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.goto('/offices/book?service=passport&office=yek-mfc-1&city=yekaterinburg');
  await expect(page.getByText(/Times are in the office’s time zone \(Yekaterinburg\)/)).toBeVisible();
  await page.getByRole('button', { name: 'First available slot' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list').getByRole('button', { pressed: true })).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
});
