// «Запись на приём к врачу»: book a paediatrician for a child from the catalog (own clinic first, the
// doctors side by side, every wrong field its own message), see it in «Мои записи», download the
// confirmation PDF and read it with Tesseract, move it to the other doctor, cancel it; axe in ru and en;
// a booking for oneself with the profile's clinic and policy, from the keyboard alone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ocrPdf } from '../support/ocr';
import { api } from './pages/app';
import * as booking from './pages/booking';
import { saveProfileByApi, signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still so slots stay put.
const NOW = '2026-12-01T06:00:00.000Z';
const CHILD_POLICY = '7700000000041788';
const ADULT_POLICY = '7700000000029643';
const shot = (page: Page, name: string) =>
  process.env.OKNO_SHOTS ? page.screenshot({ path: `${process.env.OKNO_SHOTS}/${name}.png`, fullPage: true }) : undefined;

async function start(page: Page) {
  await signUpCitizen(page, '/');
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
}

test('a paediatrician for a child: book, «Мои записи», the PDF read by OCR, move to the other doctor, cancel', async ({ page }) => {
  // A whole journey with a reload, a PDF read by Tesseract and a move: longer than one step's budget.
  test.setTimeout(150_000);
  await start(page);
  await page.goto('/catalog/doctor-appointment');
  await expect(page.getByRole('link', { name: 'Получить услугу' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Записаться к врачу' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Запись на приём к врачу' })).toBeVisible();
  await expect(page.getByLabel('Регион (город)')).toHaveValue('moscow');
  await page.getByLabel('Вид поликлиники').selectOption({ label: 'Детская' });
  await page.getByLabel('Специальность').selectOption({ label: 'Педиатр' });
  await expect(page.getByRole('status').filter({ hasText: 'первой показана ближайшая к центру: Детская поликлиника № 8' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Детская поликлиника № 8/ })).toBeChecked();

  // Two paediatricians side by side: one works mornings, the other afternoons.
  const table = page.getByRole('table', { name: /Врачи одной специальности рядом/ });
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await table.getByRole('button', { name: 'чт, 3 декабря' }).click();
  const columns = page.getByRole('group', { name: /кабинет \d+ — чт, 3 декабря/ });
  await expect(columns).toHaveCount(2);
  const [morning, afternoon] = [columns.nth(0), columns.nth(1)];
  const firstDoctor = (await morning.locator('legend').innerText()).split(',')[0]!;
  const secondDoctor = (await afternoon.locator('legend').innerText()).split(',')[0]!;
  await morning.getByRole('button', { name: '09:40' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Выбрано:' })).toContainText(`${firstDoctor} (Педиатр), 3 декабря 2026`);

  // The patient: every wrong field its own message, nothing typed lost.
  await booking.fillChild(page, { name: 'Петрова Анна Ивановна', birthDate: '05.03.2030', policy: CHILD_POLICY.slice(0, 15) + '0' });
  await booking.book(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Исправьте' }).or(page.locator('.error-summary'));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Дата рождения ребёнка: Эта дата ещё не наступила');
  await expect(summary).toContainText('Номер полиса ОМС: В номере полиса ОМС ошибка');
  await booking.fillChild(page, { birthDate: '05.03.2005' });
  await booking.book(page);
  await expect(summary).toContainText('уже 18 лет или больше');
  await expect(page.getByLabel('ФИО ребёнка')).toHaveValue('Петрова Анна Ивановна');
  await booking.fillChild(page, { birthDate: '05.03.2019', policy: CHILD_POLICY.replace(/(\d{4})(?=\d)/g, '$1 ') });
  // A reload keeps what was typed (the choices are in the address, the patient on the device).
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Ребёнка' })).toBeChecked();
  await expect(page.getByLabel('ФИО ребёнка')).toHaveValue('Петрова Анна Ивановна');
  await expect(page.getByLabel('Дата рождения ребёнка')).toHaveValue('05.03.2019');
  await expect(page.getByLabel('Номер полиса ОМС')).toHaveValue(CHILD_POLICY.replace(/(\d{4})(?=\d)/g, '$1 '));
  await booking.chooseDoctorDay(page, 'чт, 3 декабря');
  await booking.pickDoctorSlot(page, firstDoctor, '09:40');
  await shot(page, 'doctor-form');
  expect(await axeFindings(page)).toEqual([]);
  await booking.book(page);
  await expect(page.getByRole('heading', { name: 'Проверьте запись к врачу' })).toBeFocused();
  await expect(page.getByText('Петрова Анна Ивановна')).toBeVisible();
  await booking.confirm(page);

  await expect(page.getByRole('heading', { level: 1, name: /Запись ПК-\d{4}/ })).toBeVisible();
  await expect(booking.status(page, 'Подтверждено')).toBeVisible();
  await expect(page.getByText(`Педиатр: ${firstDoctor}, Кабинет`)).toBeVisible();

  // «Мои записи»: doctor, specialty, room and patient.
  await booking.openMyBookings(page);
  const upcoming = booking.upcoming(page);
  await expect(upcoming.getByText(new RegExp(`Педиатр: ${firstDoctor}, кабинет \\d+ · пациент: Петрова Анна Ивановна`))).toBeVisible();
  await shot(page, 'doctor-mine');
  await upcoming.getByRole('link', { name: /ПК-\d{4} — Приём врача/ }).click();

  // The confirmation PDF, read from its pixels.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать подтверждение (PDF)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^okno-ПК-\d{4}\.pdf$/);
  const read = ocrPdf(new Uint8Array(readFileSync((await file.path())!)), 'rus+eng').replace(/\s+/g, '');
  for (const word of ['Детскаяполиклиника№8', firstDoctor.replace(/\s+/g, ''), '09:40', '03.12.2026', 'Педиатр', 'ПетроваАннаИвановна', 'XXXX1788'])
    expect(read.replace(/Х/g, 'X')).toContain(word);
  expect(read).not.toContain(CHILD_POLICY.slice(0, 12));
  await shot(page, 'doctor-booking');

  // Move to the other paediatrician the next day, then cancel.
  await booking.rescheduleDoctor(page, 'пт, 4 декабря', secondDoctor, '15:00');
  await expect(page.getByText('4 декабря 2026 г. в 15:00').or(page.getByText('4 декабря 2026 г., 15:00'))).toBeVisible();
  await expect(page.getByText(`Педиатр: ${secondDoctor}, Кабинет`)).toBeVisible();
  await booking.cancel(page);
  await expect(booking.status(page, 'Отменено')).toBeVisible();
});

test('for oneself from the keyboard: the profile’s clinic first and its policy filled in; axe in ru and en', async ({ page }) => {
  test.setTimeout(120_000); // two languages, three page loads and two axe runs
  await start(page);
  await saveProfileByApi(page, { omsPolicy: ADULT_POLICY, clinicId: 'mos-clinic-15' });
  await page.goto('/offices/doctor?specialty=therapist');
  await expect(page.getByRole('status').filter({ hasText: 'Ваша поликлиника по прикреплению из профиля: Городская поликлиника № 12' })).toBeVisible();
  await expect(page.getByLabel('Номер полиса ОМС')).toHaveValue(ADULT_POLICY);
  await expect(page.getByText('Пациент: Иванова Мария Петровна')).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);

  await page.getByRole('table').getByRole('button', { name: 'ср, 2 декабря' }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('group', { name: /кабинет \d+ — ср, 2 декабря/ })
    .first()
    .getByRole('button', { name: '10:00' })
    .focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Выбрано:' })).toContainText('2 декабря 2026');
  await page.getByRole('button', { name: 'Записаться', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Проверьте запись к врачу' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Подтвердить' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Запись ПК-\d{4}/ })).toBeVisible();
  await expect(page.getByText('Иванова Мария Петровна')).toBeVisible();

  await page.evaluate(() => localStorage.setItem('okno.locale', 'en'));
  await page.goto('/offices/doctor?city=vladivostok&kind=children&specialty=paediatrician');
  await expect(page.getByRole('heading', { level: 1, name: 'Booking a doctor’s appointment' })).toBeVisible();
  await expect(page.getByText(/Times are in the office’s time zone \(Vladivostok\)/)).toBeVisible();
  await page.getByRole('radio', { name: 'My child' }).check();
  await expect(page.getByLabel('OMS policy number')).toHaveValue('');
  await page.getByRole('radio', { name: 'Myself' }).check();
  await expect(page.getByLabel('OMS policy number')).toHaveValue(ADULT_POLICY);
  await page.getByRole('radio', { name: 'My child' }).check();
  await expect(page.getByRole('button', { name: /^Show all dates \(\d+\)$/ })).toBeVisible();
  await shot(page, 'doctor-en');
  expect(await axeFindings(page)).toEqual([]);
});
