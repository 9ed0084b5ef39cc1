// The registry check (issue 19.3): the review names answers that differ from «Мои данные» and how to fix
// them; sent anyway, the application is refused «данные не совпадают» within minutes and the correction
// flags exactly those fields; when everything matches, the electronic certificate is ready in minutes.
import { expect, test, type Page } from '@playwright/test';
import { api } from './pages/app';
import { confirmedCitizen, residenceCertificateToReview, sendResidenceCertificate, wizardNext } from './pages/apply';
import { axeFindings } from './pages/axe';

const MINUTE = 60_000;
const FLAG = 'Проверьте это поле: с ним связан отказ.';
const jump = async (page: Page, ms: number) =>
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms, keepSessions: true })).status).toBe(200);

test('the review names a difference from «Мои данные» and leads to the field', async ({ page }) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  await residenceCertificateToReview(page, 'electronic', { applicant: { Фамилия: 'Петрова' } });
  await expect(page.getByRole('heading', { level: 2, name: 'Проверьте данные' })).toBeFocused();
  const notice = page.getByRole('region', { name: 'Данные не совпадают с реестром' });
  await expect(notice).toContainText('Фамилия: в заявлении «Петрова», в «Мои данные» «Иванова»');
  await expect(notice).toContainText('придёт отказ «данные не совпадают»');
  await expect(notice.getByRole('link', { name: 'Открыть «Мои данные»' })).toHaveAttribute('href', '/profile');
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('registry-review.png'), fullPage: true });

  await notice.getByRole('button', { name: 'Исправить: Фамилия' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Заявитель' })).toBeFocused();
  await page.getByLabel('Фамилия', { exact: true }).fill('Иванова');
  for (let i = 0; i < 6; i++) await wizardNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Проверьте данные' })).toBeFocused();
  await expect(page.getByText('Данные совпадают с реестром')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Данные не совпадают с реестром' })).toHaveCount(0);
});

test('sent with a difference: refused «данные не совпадают» within minutes, and the correction flags the field', async ({ page }) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  const sent = await sendResidenceCertificate(page, 'electronic', { applicant: { 'Номер паспорта': '654321' } });
  await jump(page, 30 * MINUTE);
  await page.goto(`/applications/${sent.id}`);
  await expect(page.getByRole('heading', { name: 'В услуге отказано' })).toBeVisible();
  await expect(page.getByText(/данные заявления не совпадают с ведомственными реестрами/i).first()).toBeVisible();
  await page.getByRole('button', { name: 'Исправить и подать заново' }).click();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Заявитель' })).toBeVisible();
  await expect(page.getByLabel('Номер паспорта')).toHaveAccessibleDescription(new RegExp(FLAG));
  await expect(page.getByLabel('Фамилия', { exact: true })).not.toHaveAccessibleDescription(new RegExp(FLAG));
});

test('everything matches: the electronic certificate is ready within minutes', async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  const sent = await sendResidenceCertificate(page, 'electronic');
  await jump(page, 30 * MINUTE);
  await page.goto(`/applications/${sent.id}`);
  await expect(page.getByRole('button', { name: 'Скачать документ (PDF)' })).toBeVisible();
});
