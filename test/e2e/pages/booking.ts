// Booking a visit as a person does it: «Клиентские службы» (/offices: filters, the list and the plan, an
// office's card), the booking calendar (/offices/book), the booking's own page (confirm, .ics, move,
// cancel) and «Мои записи» (/bookings). The same calendar sits inside the wizard's visit step.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { callApi } from './profile';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Основные разделы' });
export const officeList = (page: Page): Locator => page.getByRole('region', { name: 'Список офисов' });
/** The plan of offices in a city (a keyboard-operable group of markers). */
export const plan = (page: Page, city: string): Locator => page.getByRole('group', { name: new RegExp(`Схема офисов: ${city}`) });
/** A status line of the page containing `text` (the chosen slot, the booking's state). */
export const status = (page: Page, text: string | RegExp): Locator => page.getByRole('status').filter({ hasText: text });
export const upcoming = (page: Page): Locator => page.getByRole('region', { name: 'Предстоящие' });
export const firstSlotButton = (page: Page): Locator => page.getByRole('button', { name: 'Первый доступный слот' });

/** «Клиентские службы» from the main menu. */
export async function openOffices(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Клиентские службы' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Клиентские службы' })).toBeVisible();
}

/** Narrows the offices: a city, services offered (by label), open now. */
export async function filterOffices(page: Page, by: { city?: string; services?: string[]; openNow?: boolean }): Promise<void> {
  if (by.city) await page.getByLabel('Город', { exact: true }).selectOption({ label: by.city });
  for (const service of by.services ?? []) await page.getByRole('checkbox', { name: service }).check();
  if (by.openNow !== undefined) await page.getByRole('checkbox', { name: 'Открыто сейчас' }).setChecked(by.openNow);
}

/** «Записаться» on an office's card: the booking calendar opens. */
export async function startBooking(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Записаться' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на приём' })).toBeVisible();
}

/** «Первый доступный слот». */
export async function firstFreeSlot(page: Page): Promise<void> {
  await firstSlotButton(page).click();
}

/** Picks a day by the start of its button's name (e.g. /^чт, 3 декабря: свободно/), then a time. */
export async function pickSlot(page: Page, day: RegExp, time: string): Promise<void> {
  await page.getByRole('button', { name: day }).click();
  await page.getByRole('list').getByRole('button', { name: time }).click();
}

/** Presses «Записаться» under the calendar (with a comment for the office, if any); the booking awaits confirmation. */
export async function book(page: Page, { comment }: { comment?: string } = {}): Promise<void> {
  if (comment !== undefined) await page.getByLabel('Комментарий для офиса (необязательно)').fill(comment);
  await page.getByRole('button', { name: 'Записаться', exact: true }).click();
}

/** «Подтвердить» on a booking that waits for confirmation. */
export async function confirm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Подтвердить' }).click();
}

/** «Добавить в календарь (.ics)»: answers the file's text. */
export async function downloadIcs(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Добавить в календарь (.ics)' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

/** «Мои записи» from the main menu. */
export async function openMyBookings(page: Page): Promise<void> {
  await mainNav(page).getByRole('link', { name: 'Мои записи' }).click();
}

/** Opens a booking from «Мои записи» by its link's text («МФ-1234 — Паспорт …»). */
export async function openBooking(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('link', { name }).click();
}

/** «Перенести» on a booking's page, a new day and time, «Перенести на это время». */
export async function reschedule(page: Page, day: RegExp, time: string): Promise<void> {
  await page.getByRole('button', { name: 'Перенести' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Перенос записи/ })).toBeVisible();
  await pickSlot(page, day, time);
  await page.getByRole('button', { name: 'Перенести на это время' }).click();
}

/** «Отменить запись», confirmed in its dialog (a late cancel is refused with the reason). */
export async function cancel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Отменить запись' }).click();
}

/** A booking made and confirmed through the API (for tests about what follows), at an МФЦ by default. */
export async function bookByApi(
  page: Page,
  serviceId: string,
  startsAt: string | number,
  officeId = 'mos-mfc-1',
): Promise<{ id: string; ticket: string }> {
  const made = await callApi<{ id: string; ticket: string }>(page, 'POST', '/api/bookings', {
    officeId,
    serviceId,
    startsAt: typeof startsAt === 'number' ? startsAt : Date.parse(startsAt),
  });
  expect(made.status).toBe(201);
  expect((await callApi(page, 'POST', `/api/bookings/${made.body.id}/confirm`, {})).status).toBe(200);
  return made.body;
}

// The doctor's calendar (/offices/doctor): a day in the table of doctors, a time in a doctor's column.

/** Picks a day in the doctors' table by its button («чт, 3 декабря»). */
export async function chooseDoctorDay(page: Page, day: string): Promise<void> {
  await page.getByRole('table').getByRole('button', { name: day }).click();
}

/** Picks a time in the column of the doctor whose name starts the group's name. */
export async function pickDoctorSlot(page: Page, doctor: string, time: string): Promise<void> {
  await page
    .getByRole('group', { name: new RegExp(`^${doctor}, кабинет`) })
    .getByRole('button', { name: time })
    .click();
}

/** «Ребёнка» as the patient, with the child's name, birth date and policy (omitted fields stay). */
export async function fillChild(page: Page, child: { name?: string; birthDate?: string; policy?: string }): Promise<void> {
  await page.getByRole('radio', { name: 'Ребёнка' }).check();
  if (child.name !== undefined) await page.getByLabel('ФИО ребёнка').fill(child.name);
  if (child.birthDate !== undefined) await page.getByLabel('Дата рождения ребёнка').fill(child.birthDate);
  if (child.policy !== undefined) await page.getByLabel('Номер полиса ОМС').fill(child.policy);
}

/** Moves a doctor's visit: «Перенести», a day, the doctor's time, «Перенести на это время». */
export async function rescheduleDoctor(page: Page, day: string, doctor: string, time: string): Promise<void> {
  await page.getByRole('button', { name: 'Перенести' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Перенос записи к врачу [А-Я]{2}-\d{4}/ })).toBeVisible();
  await chooseDoctorDay(page, day);
  await pickDoctorSlot(page, doctor, time);
  await page.getByRole('button', { name: 'Перенести на это время' }).click();
}

/**
 * The wizard's visit page («Запись на приём»): an office of the city, its first free slot, booked and
 * confirmed. Answers the ticket number. `office` is the option's text («name — city, street, house»).
 */
export async function bookWizardVisit(page: Page, office: string): Promise<string> {
  await expect(page.getByRole('heading', { level: 2, name: 'Запись на приём', exact: true })).toBeVisible();
  await page.getByLabel('Офис', { exact: true }).selectOption({ label: office });
  await firstSlotButton(page).click();
  await expect(status(page, 'Выбрано:')).toBeVisible();
  await page.getByRole('button', { name: 'Записаться на это время' }).click();
  const booked = page.getByRole('heading', { level: 3, name: /Вы записаны: талон / });
  await expect(booked).toBeFocused();
  return /талон (\S+)/.exec((await booked.textContent()) ?? '')![1]!;
}
