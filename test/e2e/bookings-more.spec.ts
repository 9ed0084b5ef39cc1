// «Мои записи» draws 30 rows per section; «Показать ещё N» adds the next ones (issue 14.7: a long
// history paints its first row at once). 31 visits made and dropped through the API fill one section.
import { expect, test } from '@playwright/test';
import { api } from './pages/app';
import { callApi, signUpCitizen } from './pages/profile';

// Tuesday 1 December 2026, 09:00 in Moscow; the clock stands still so the slot stays put.
const NOW = '2026-12-01T06:00:00.000Z';
const SLOT = Date.parse('2026-12-03T07:00:00.000Z'); // Thursday 10:00 in Moscow
const DROPPED = 31;

test('«Показать ещё N» on «Мои записи» shows the next rows', async ({ page }) => {
  await signUpCitizen(page, '/');
  expect((await api(page, 'POST', '/api/_sim/clock', { set: NOW, speed: 0, keepSessions: true })).status).toBe(200);
  // An unconfirmed booking may be dropped at any time, which frees the slot for the next one.
  for (let i = 0; i < DROPPED; i++) {
    const made = await callApi<{ id: string }>(page, 'POST', '/api/bookings', { officeId: 'mos-mfc-1', serviceId: 'inn', startsAt: SLOT });
    expect(made.status).toBe(201);
    expect((await callApi(page, 'POST', `/api/bookings/${made.body.id}/cancel`, {})).status).toBe(200);
  }

  await page.getByRole('link', { name: 'Мои записи', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Мои записи' })).toBeVisible();
  const past = page.getByRole('region', { name: 'Прошедшие и отменённые' });
  await expect(past.getByRole('listitem')).toHaveCount(30);
  await expect(page.getByRole('region', { name: 'Предстоящие' }).getByRole('listitem')).toHaveCount(0);

  await past.getByRole('button', { name: 'Показать ещё 1' }).click();
  await expect(past.getByRole('listitem')).toHaveCount(DROPPED);
  await expect(past.getByRole('listitem').last()).toBeVisible();
  await expect(
    past
      .getByRole('listitem')
      .last()
      .getByRole('link', { name: /^МФ-\d{4} — / }),
  ).toBeVisible();
  await expect(past.getByRole('button', { name: /^Показать ещё/ })).toHaveCount(0);
});
