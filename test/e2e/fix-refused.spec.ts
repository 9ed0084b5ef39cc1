// «Исправить и подать заново» (issue 19.1): a refused application becomes a new draft with its answers and
// files, the wizard says why it was refused and marks the fields the reason concerns, and the sent
// correction and the refused application name each other.
import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/app';
import { confirmedCitizen, sendResidenceCertificate, signingCode } from './pages/apply';
import { axeFindings } from './pages/axe';

const DAY = 86_400_000;
const FLAG = 'Проверьте это поле: с ним связан отказ.';

async function refusedApplication(page: Page): Promise<{ id: string; number: string }> {
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'rejected:data_mismatch' })).status).toBe(200);
  const sent = await sendResidenceCertificate(page, 'electronic');
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: 20 * DAY, keepSessions: true })).status).toBe(200);
  await page.goto(`/applications/${sent.id}`);
  await expect(page.getByRole('heading', { name: 'В услуге отказано' })).toBeVisible();
  return sent;
}

const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const stepHeading = (page: Page, name: string) => expect(page.getByRole('heading', { level: 2, name })).toBeVisible();

test('a refused application is corrected: answers and files carried over, the reason marked, both linked', async ({ page }) => {
  test.setTimeout(150_000);
  const refused = await refusedApplication(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);

  await test.step('the wizard opens on a copy that says why it was refused', async () => {
    await page.getByRole('button', { name: 'Исправить и подать заново' }).click();
    const notice = page.getByRole('region', { name: `Исправление заявления № ${refused.number}` });
    await expect(notice).toContainText('Ведомство отказало: данные заявления не совпадают с ведомственными реестрами.');
    await expect(notice).toContainText('Поля, которых касается отказ, отмечены');
    await expect(page.getByLabel('О месте жительства — для визы и учёбы')).toBeChecked();
    await expect(page.getByLabel('Куда нужна справка')).toHaveValue('visa');
    await expect(page.getByLabel('Куда нужна справка')).not.toHaveAccessibleDescription(/Проверьте это поле/);
    expect(await axeFindings(page)).toEqual([]);
  });

  const draftUrl = page.url();
  await test.step('starting the correction again opens the same draft', async () => {
    await page.getByRole('link', { name: 'Открыть отказанное заявление' }).click();
    await page.getByRole('button', { name: 'Исправить и подать заново' }).click();
    await expect(page.getByRole('region', { name: `Исправление заявления № ${refused.number}` })).toBeVisible();
    expect(page.url()).toBe(draftUrl);
  });

  await test.step('the fields the reason concerns are marked; the birth date is as typed, not as stored', async () => {
    await next(page);
    await stepHeading(page, 'Заявитель');
    await expect(page.getByLabel('Фамилия')).toHaveAccessibleDescription(FLAG);
    await expect(page.getByLabel('Дата рождения')).toHaveAccessibleDescription(new RegExp(`^${FLAG}`));
    await expect(page.getByLabel('Дата рождения')).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
    await page.getByLabel('Отчество (если есть)').fill('Сергеевна');
  });

  await test.step('the files travel with it: listed on the documents step and on the review', async () => {
    for (let i = 0; i < 4; i++) await next(page);
    await stepHeading(page, 'Документы');
    await expect(page.getByText('Приложен файл «sample.pdf»')).toBeVisible();
    await expect(page.getByText('Приложен файл «sample.png»')).toBeVisible();
    await expect(page.getByText('Приложен файл «sample.jpg»')).toBeVisible();
    await next(page);
    await expect(page.getByLabel(/Электронный документ/)).toBeChecked();
    await next(page);
    await stepHeading(page, 'Проверьте данные');
    await expect(page.getByRole('main')).toContainText('sample.jpg');
    await next(page);
    await page.getByLabel(/Подтверждаю, что данные верны/).check();
    await page.getByRole('button', { name: 'Получить код и отправить' }).click();
    await page.getByLabel('Код подтверждения').fill(await signingCode(page));
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  });

  await test.step('the correction names the refused application, and the refused one names the correction', async () => {
    const fix = page.locator('.facts');
    await expect(fix.getByText('Исправляет заявление')).toBeVisible();
    const correctionNumber = (await page.locator('.notice .reference').textContent()) ?? '';
    await page.getByRole('link', { name: refused.number }).click();
    await expect(page.getByRole('heading', { name: 'В услуге отказано' })).toBeVisible();
    await expect(page.getByText('Вы уже исправили и подали это заявление заново:')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Исправить и подать заново' })).toHaveCount(0);
    await expect(page.locator('.facts').getByRole('link', { name: correctionNumber })).toBeVisible();
  });
});
