// Issue 14, point 5: a driving-licence application books a real ГИБДД slot through the booking engine
// (keyboard only, axe on the visit page), the booking shows in «Мои записи» with its ticket, the draft
// keeps it, and a paper result names the visit's office. The passport desk works the same way.
import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/app';
import * as booking from './pages/booking';
import { confirmedCitizen } from './pages/apply';
import { fixture } from './pages/profile';
import { axeFindings } from './pages/axe';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still so slots stay put.
const NOW = '2026-12-01T06:00:00.000Z';
const TRAFFIC = 'МРЭО ГИБДД № 1 — Москва, ул. Складочная, 3';
const MIGRATION = 'Отдел по вопросам миграции Центральный — Москва, ул. Покровка, 7';
const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const stepTitle = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('a driving-licence application books a real ГИБДД slot that shows in «Мои записи»', async ({ page }) => {
  test.slow();
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
  await page.goto('/catalog/driving-licence/apply');
  await expect(stepTitle(page, 'Ситуация')).toBeVisible();
  await page.getByLabel('Заменить после утраты или порчи').check();
  await page.getByLabel('Категории').fill('B');
  await page.getByLabel('Что случилось с удостоверением').fill('Потерял во время поездки');
  await next(page);
  for (const title of ['Медицинское заключение', 'Заявитель', 'Контакты']) {
    await expect(stepTitle(page, title)).toBeVisible();
    await next(page);
  }

  await test.step('The visit page: nothing booked yet is named in the error summary', async () => {
    await expect(stepTitle(page, 'Запись на приём')).toBeVisible();
    await next(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' })).toContainText('Запишитесь на приём');
    await expect(page.getByLabel('Офис', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  const { ticket } = await test.step('Keyboard only: the office, the first free slot, the booking', async () => {
    await page.getByLabel('Офис', { exact: true }).focus();
    await page.getByLabel('Офис', { exact: true }).selectOption({ label: TRAFFIC });
    const first = booking.firstSlotButton(page);
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(booking.status(page, 'Выбрано:')).toContainText('1 декабря 2026');
    await expect(booking.status(page, 'Выбрано:')).toContainText('ул. Складочная, 3');
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('visit-step.png'), fullPage: true });
    const book = page.getByRole('button', { name: 'Записаться на это время' });
    await book.focus();
    await page.keyboard.press('Enter');
    const booked = page.getByRole('heading', { level: 3, name: /Вы записаны: талон ГИ-\d{4}/ });
    await expect(booked).toBeFocused();
    const ticket = /ГИ-\d{4}/.exec((await booked.textContent()) ?? '')![0];
    return { ticket };
  });

  await test.step('Booked: the summary no longer asks for a booking', async () => {
    await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' })).toHaveCount(0);
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('visit-booked.png'), fullPage: true });
  });

  await test.step('The draft keeps the booking across a reload, and the wizard moves on', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 3, name: `Вы записаны: талон ${ticket}` })).toBeVisible();
    await next(page);
    await expect(stepTitle(page, 'Документы')).toBeVisible();
    const passport = page.getByRole('group', { name: /Паспорт гражданина РФ: разворот/ });
    await passport.getByLabel('Выбрать файл').setInputFiles(fixture('sample.jpg'));
    await expect(passport.getByText('Приложен файл «sample.jpg»')).toBeVisible();
    await next(page);
  });

  await test.step("A paper result: the office that hands it out is a real one, the visit's own office first", async () => {
    await expect(stepTitle(page, 'Способ получения результата')).toBeVisible();
    await page.getByLabel(/В МФЦ/).check();
    const office = page.getByLabel('Где забрать документ');
    await expect(office.locator('option:checked')).toHaveText(TRAFFIC);
    await expect(office.locator('option', { hasText: 'МФЦ «Мои документы» Центральный' })).toHaveCount(1);
    expect(await axeFindings(page)).toEqual([]);
    await next(page);
    await expect(stepTitle(page, 'Проверьте данные')).toBeVisible();
  });

  await test.step("«Мои записи» shows the visit with its ticket, from the device's mirror", async () => {
    await page.goto('/bookings');
    await expect(booking.upcoming(page).getByRole('link', { name: new RegExp(`${ticket} — Водительское удостоверение`) })).toBeVisible();
    await booking.openBooking(page, new RegExp(ticket));
    await expect(page.getByRole('heading', { level: 1, name: `Запись ${ticket}` })).toBeVisible();
    await expect(booking.status(page, 'Подтверждено')).toBeVisible();
    await expect(page.getByRole('img', { name: `QR-код талона ${ticket}` })).toBeVisible();
  });
});

test('a passport application books the passport desk: a real slot at the migration office, named again for the paper result', async ({ page }) => {
  test.slow();
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
  await page.goto('/catalog/internal-passport/apply');
  await expect(stepTitle(page, 'Причина обращения')).toBeVisible();
  await page.getByLabel('Замена в 20 лет').check();
  await next(page);
  await expect(stepTitle(page, 'Заявитель')).toBeVisible();
  await page.getByLabel('Женский').check();
  await page.getByLabel('Место рождения').fill('г. Москва');
  await next(page);
  for (const title of ['Нынешний паспорт', 'Адрес регистрации', 'Контакты']) {
    await expect(stepTitle(page, title)).toBeVisible();
    await next(page);
  }

  await test.step('The visit cannot be skipped: the summary asks for it', async () => {
    await expect(stepTitle(page, 'Запись на приём')).toBeVisible();
    await next(page);
    await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' })).toContainText('Запишитесь на приём');
  });

  const ticket = await test.step('Only passport desks are offered; the first free slot of one is booked', async () => {
    const offices = await page.getByLabel('Офис', { exact: true }).locator('option').allTextContents();
    expect(offices.slice(1).length).toBeGreaterThan(0);
    expect(offices.slice(1).every((o) => /^(МФЦ|Отдел по вопросам миграции)/.test(o))).toBe(true);
    const ticket = await booking.bookWizardVisit(page, MIGRATION);
    await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' })).toHaveCount(0);
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: test.info().outputPath('passport-visit.png'), fullPage: true });
    await next(page);
    return ticket;
  });

  await test.step('The passport is collected where the visit was: that office comes first', async () => {
    await expect(stepTitle(page, 'Документы')).toBeVisible();
    const photo = page.getByRole('group', { name: /Цветная фотография/ });
    await photo.getByLabel('Выбрать файл').setInputFiles(fixture('sample.jpg'));
    await expect(photo.getByText('Приложен файл «sample.jpg»')).toBeVisible();
    await next(page);
    await expect(stepTitle(page, 'Способ получения результата')).toBeVisible();
    await page.getByLabel(/В МФЦ/).check();
    await expect(page.getByLabel('Где забрать документ').locator('option:checked')).toHaveText(MIGRATION);
  });

  await test.step('«Мои записи» lists the passport visit with its ticket', async () => {
    await page.goto('/bookings');
    await expect(booking.upcoming(page).getByRole('link', { name: new RegExp(`${ticket} — Паспорт гражданина РФ`) })).toBeVisible();
  });
});
