// What a citizen does on a sent application (issue 19.7): «Отозвать заявление», asked in a dialog, while
// it is not examined yet (later the page says why not); and «Вопрос ведомству», replied on the simulated clock.
import { expect, test } from '@playwright/test';
import { api, staffApi } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { axeFindings } from './pages/axe';

test('withdrawn before it is examined; an examined one says why not, and the department answers a question', async ({ page }) => {
  test.setTimeout(180_000);
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);

  await test.step('withdrawn after a confirmation', async () => {
    const sent = await sendResidenceCertificate(page, 'electronic');
    await page.getByRole('button', { name: 'Отозвать заявление' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отозвать заявление?' });
    await expect(dialog).toContainText(`Ведомство не будет рассматривать заявление № ${sent.number}.`);
    expect(await axeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Отозвать', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Заявление отозвано' })).toBeVisible();
    await expect(page.locator('.facts .pill')).toHaveText('Отозвано');
    await expect(page.getByRole('region', { name: 'История заявления' })).toContainText('Вы отозвали заявление.');
    await expect(page.getByRole('button', { name: 'Отозвать заявление' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Заявление отозвано' })).toBeVisible();
    await page.goto('/notifications');
    await expect(page.getByRole('main')).toContainText(`Заявление ${sent.number} отозвано`);
  });

  await test.step('an examined application cannot be withdrawn, and the page says why', async () => {
    const sent = await sendResidenceCertificate(page, 'electronic');
    expect((await staffApi(page, 'POST', `/api/operator/cases/${sent.id}/action`, { action: 'accept' })).status).toBe(200);
    await page.reload();
    await expect(page.locator('.facts .pill')).toHaveText('В обработке');
    await expect(page.getByText('Отозвать заявление уже нельзя: ведомство начало его рассматривать и примет решение.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Отозвать заявление' })).toHaveCount(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  await test.step('a question to the department: an empty one is named, a real one is replied on the simulated clock', async () => {
    const questions = page.getByRole('region', { name: 'Вопрос ведомству' });
    await expect(questions).toContainText('Вопросов пока не было.');
    await questions.getByRole('button', { name: 'Отправить вопрос' }).click();
    await expect(questions.getByRole('link', { name: 'Ваш вопрос: Заполните это поле.' })).toBeVisible();
    const field = questions.getByLabel('Ваш вопрос');
    await field.fill('Когда будет готова справка?');
    await questions.getByRole('button', { name: 'Отправить вопрос' }).click();
    await expect(questions.getByRole('status')).toHaveText('Вопрос отправлен. Ответ придёт в течение двух рабочих часов.');
    await expect(field).toHaveValue('');
    await expect(questions.getByRole('listitem')).toContainText(['Когда будет готова справка?Ждём ответа ведомства.']);
    expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: 80 * 3_600_000, keepSessions: true })).status).toBe(200);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Вопрос ведомству' }).getByRole('listitem')).toContainText(
      'Заявление рассматривается. Решение будет в установленный срок — о нём придёт уведомление.',
    );
    expect(await axeFindings(page)).toEqual([]);
  });
});
