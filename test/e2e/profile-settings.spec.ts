// The profile's identity confirmation, notification and language settings, and its accessibility
// (axe, zoom, names and focus) end to end.
import { expect, test, type Page } from '@playwright/test';
import {
  advanceClock,
  BAD_SNILS,
  callApi,
  errorSummary,
  field,
  fixture,
  MINUTE_MS,
  openProfileData,
  saveButton,
  saveProfileByApi,
  signUpCitizen,
} from './pages/profile';
import { axeFindings } from './pages/axe';

const documents = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
/** The page's own live message (the header has an online/offline status too). */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const levelPill = (page: Page, level: string) => page.getByRole('main').getByText(level, { exact: true });

test.describe('identity confirmation', () => {
  test('an electronic signature confirms the identity at once', async ({ page }) => {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    await page.goto('/profile/identity');
    await expect(page.getByRole('heading', { level: 1, name: 'Подтверждение личности' })).toBeVisible();
    await expect(levelPill(page, 'Стандартная')).toBeVisible();
    await page.getByRole('button', { name: 'Подписать и подтвердить' }).click();
    await expect(status(page)).toHaveText('Личность подтверждена. Теперь доступны все услуги.');
    await expect(page.getByText(/^Личность подтверждена .+ \(электронной подписью\)\.$/)).toBeVisible();
    await page.goto('/profile');
    await expect(levelPill(page, 'Личность подтверждена')).toBeVisible();
  });

  /** Sends a passport scan and a selfie; the department answers an hour later on the simulated clock. */
  async function sendScanAndSelfie(page: Page): Promise<void> {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    // The check takes an hour; the default 30-minute inactivity timeout would end the session first.
    expect((await callApi(page, 'PATCH', '/api/me/security', { inactivityMinutes: 240 })).status).toBe(200);
    await page.goto('/profile/identity');
    await page.getByLabel('Скан паспорта', { exact: true }).setInputFiles(fixture('sample.pdf'));
    await page.getByLabel('Селфи с паспортом').setInputFiles(fixture('sample.jpg'));
    await page.getByRole('button', { name: 'Отправить на проверку' }).click();
    await expect(status(page)).toHaveText('Документы отправлены на проверку. Файлы сохранены в разделе «Документы».');
    await expect(page.getByText(/^Документы на проверке\. Ответ ожидается к .+\.$/)).toBeVisible();
    await page.getByRole('button', { name: 'Проверить статус' }).click();
    await expect(page.getByText(/^Документы на проверке\./)).toBeVisible();
    await advanceClock(page, 61 * MINUTE_MS);
  }

  // Regression: «Проверить статус» once re-read only the scan state, not the account level the page
  // follows, so it offered the scan form again instead of the confirmation.
  test('a scan with a selfie is confirmed an hour later: «Проверить статус» shows it', async ({ page }) => {
    await sendScanAndSelfie(page);
    // The page's own periodic session check may bring the answer first; then the button is gone.
    await page
      .getByRole('button', { name: 'Проверить статус' })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await expect(page.getByText(/^Личность подтверждена .+ \(по скану паспорта и селфи\)\.$/)).toBeVisible();
  });

  test('a scan with a selfie is confirmed an hour later: a reload shows it, the files are in «Документы»', async ({ page }) => {
    await sendScanAndSelfie(page);
    await page.reload();
    await expect(page.getByText(/^Личность подтверждена .+ \(по скану паспорта и селфи\)\.$/)).toBeVisible();
    await expect(levelPill(page, 'Личность подтверждена')).toBeVisible();
    await page.goto('/profile/documents');
    await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Селфи с паспортом', 'Скан паспорта']);
  });
});

test('settings: a channel switched on is saved and stays after a reload; English changes the page', async ({ page }) => {
  await signUpCitizen(page, '/profile/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  const newsSms = page.getByRole('checkbox', { name: 'Новости портала: SMS' });
  const statusEmail = page.getByRole('checkbox', { name: 'Изменения статуса заявлений: Почта' });
  await expect(newsSms).not.toBeChecked();
  await expect(statusEmail).toBeChecked();
  await newsSms.check();
  await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');
  await statusEmail.uncheck();
  await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(newsSms).toBeChecked();
  await expect(statusEmail).not.toBeChecked();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('checkbox', { name: 'Portal news: SMS' })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
});

test.describe('accessibility', () => {
  test('axe finds no violations on «Мои данные», also with the error summary shown', async ({ page }) => {
    await signUpCitizen(page, '/profile/data');
    await openProfileData(page);
    expect(await axeFindings(page)).toEqual([]);
    await field(page, 'СНИЛС').fill(BAD_SNILS);
    await saveButton(page).click();
    await expect(errorSummary(page)).toBeFocused();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('axe finds no violations on «Документы» with a document listed, previewed and the delete dialog open', async ({ page }) => {
    await signUpCitizen(page, '/profile/documents');
    await page.getByLabel('Добавить документы').setInputFiles(fixture('sample.png'));
    await expect(documents(page)).toHaveCount(1);
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Просмотреть «sample»' }).click();
    await expect(page.getByRole('img', { name: 'sample' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Удалить «sample»' }).click();
    await expect(page.getByRole('dialog', { name: 'Удалить документ «sample»?' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('axe finds no violations on «Управление данными», also with the download link and the erase dialog', async ({ page }) => {
    await signUpCitizen(page, '/profile/privacy');
    await expect(page.getByRole('heading', { level: 1, name: 'Управление данными' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Скачать мои данные' }).click();
    await expect(page.getByRole('link', { name: /^Сохранить файл / })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Удалить мои данные' }).click();
    await expect(page.getByRole('dialog', { name: 'Удалить все ваши данные?' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('axe finds no violations on «Подтверждение личности»', async ({ page }) => {
    await signUpCitizen(page);
    await saveProfileByApi(page);
    await page.goto('/profile/identity');
    await expect(page.getByRole('button', { name: 'Подписать и подтвердить' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('axe finds no violations on «Настройки»', async ({ page }) => {
    await signUpCitizen(page, '/profile/settings');
    await expect(page.getByRole('checkbox', { name: 'Новости портала: SMS' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  test('axe finds no violations on «Журнал действий» with entries', async ({ page }) => {
    await signUpCitizen(page, '/profile/settings');
    await page.getByRole('checkbox', { name: 'Новости портала: SMS' }).check();
    await expect(status(page)).toHaveText('Настройки уведомлений сохранены.');
    await page.goto('/profile/journal');
    await expect(page.getByRole('cell', { name: 'Изменены настройки уведомлений' })).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });
});
