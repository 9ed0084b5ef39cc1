// «Отозвать заявление» (issue 19.7): asked in a dialog, the application is withdrawn and the citizen is
// told; once the department has begun to examine an application, the page says why it cannot be.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { api, staffApi } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id);

test('an application is withdrawn before it is examined; an examined one says why it cannot be', async ({ page }) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);

  await test.step('withdrawn after a confirmation', async () => {
    const sent = await sendResidenceCertificate(page, 'electronic');
    await page.getByRole('button', { name: 'Отозвать заявление' }).click();
    const dialog = page.getByRole('dialog', { name: 'Отозвать заявление?' });
    await expect(dialog).toContainText(`Ведомство не будет рассматривать заявление № ${sent.number}.`);
    expect(await axe(page)).toEqual([]);
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
    expect(await axe(page)).toEqual([]);
  });
});
