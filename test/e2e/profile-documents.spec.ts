// The profile's documents and data rights end to end: files added, renamed and deleted in every
// tab; export, erase and import of the profile; the journal's record of an export.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CITIZEN, field, fixture, openProfileData, PASSPORT, saveProfileByApi, signUpCitizen, SNILS } from './pages/profile';

const UNSAVED = 'Есть несохранённые изменения — они хранятся на устройстве.';

const documents = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
/** The page's own live message (the header has an online/offline status too). */
const status = (page: Page) => page.getByRole('main').getByRole('status');
const levelPill = (page: Page, level: string) => page.getByRole('main').getByText(level, { exact: true });

test('documents: two real files are added, a spoofed one refused; rename and delete show at once in every tab', async ({ page, context }) => {
  await signUpCitizen(page, '/profile/documents');
  await expect(page.getByRole('heading', { level: 1, name: 'Документы' })).toBeVisible();
  await expect(page.getByText('Документов пока нет.')).toBeVisible();
  const token = await page.evaluate(() => sessionStorage.getItem('okno.session'));
  const other = await context.newPage();
  await other.addInitScript((value) => sessionStorage.setItem('okno.session', value ?? ''), token);
  await other.goto('/profile/documents');
  await expect(other.getByText('Документов пока нет.')).toBeVisible();

  await page.getByLabel('Добавить документы').setInputFiles([fixture('sample.pdf'), fixture('spoofed-exe.pdf'), fixture('sample.png')]);
  const results = status(page);
  await expect(results.getByText('Документ «sample.pdf» добавлен.')).toBeVisible();
  await expect(results.getByText('Документ «sample.png» добавлен.')).toBeVisible();
  await expect(results.getByText(/^Файл «spoofed-exe\.pdf» не является PDF, JPG или PNG/)).toBeVisible();
  // Newest first; the title is the file name without its extension.
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['sample', 'sample']);
  await expect(documents(other)).toHaveCount(2);

  await page.getByRole('button', { name: 'Переименовать «sample»' }).first().click();
  await page.getByLabel('Новое название').fill('Скан паспорта');
  await page.getByRole('button', { name: 'Сохранить название' }).click();
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта', 'sample']);
  await expect(documents(other).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта', 'sample']);
  await page.getByRole('button', { name: 'Просмотреть «Скан паспорта»' }).click();
  await expect(page.getByRole('img', { name: 'Скан паспорта' })).toBeVisible();

  await page.getByRole('button', { name: 'Удалить «sample»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить документ «sample»?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(results.getByText('Документ «sample» удалён.')).toBeVisible();
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта']);
  await expect(documents(other).getByRole('heading', { level: 3 })).toHaveText(['Скан паспорта']);

  await page.goto('/profile/journal');
  const journal = page.getByRole('main').getByRole('table');
  await expect(journal.getByRole('cell', { name: 'Добавлен документ', exact: true })).toHaveCount(2);
  await expect(journal.getByRole('cell', { name: 'Документ переименован', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Удалён документ', exact: true })).toBeVisible();
});

test('data rights: export, erase and import bring the profile and documents back; damaged or foreign files change nothing', async ({ page }) => {
  test.slow(); // a whole journey: eleven page loads, an erase and an import
  await signUpCitizen(page);
  await saveProfileByApi(page);
  await page.goto('/profile/documents');
  await page.getByLabel('Добавить документы').setInputFiles(fixture('sample.pdf'));
  await expect(documents(page)).toHaveCount(1);

  await page.goto('/profile/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Управление данными' })).toBeVisible();
  const message = status(page);
  await page.getByRole('button', { name: 'Скачать мои данные' }).click();
  await expect(message).toHaveText('Архив готов. Сохраните его в надёжном месте: в нём ваши персональные данные.');
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Сохранить файл okno-\d{4}-\d{2}-\d{2}\.okno\.json$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^okno-\d{4}-\d{2}-\d{2}\.okno\.json$/);
  const archivePath = await download.path();
  const archiveText = readFileSync(archivePath, 'utf8');
  expect(JSON.parse(archiveText).payload.profile).toMatchObject({ snils: SNILS, surname: CITIZEN.surname });

  await page.getByRole('button', { name: 'Удалить мои данные' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить все ваши данные?' });
  await dialog.getByRole('button', { name: 'Да, удалить' }).click();
  await expect(message).toHaveText('Ваши данные удалены.');

  const archiveInput = page.getByLabel('Архив Окна');
  const tampered = archiveText.replace(CITIZEN.patronymic, 'Петровны');
  expect(tampered).not.toBe(archiveText);
  await archiveInput.setInputFiles({ name: 'okno-copy.okno.json', mimeType: 'application/json', buffer: Buffer.from(tampered) });
  await expect(message).toHaveText('Архив повреждён: его содержимое не совпадает с контрольной суммой. Ничего не изменено.');
  await archiveInput.setInputFiles(fixture('sample.pdf'));
  await expect(message).toHaveText('Этот файл не архив Окна: его нельзя прочитать. Ничего не изменено.');

  await page.goto('/profile/data');
  await openProfileData(page);
  await expect(field(page, 'СНИЛС')).toHaveValue('');
  await expect(field(page, 'Серия паспорта')).toHaveValue('');
  await page.goto('/profile/documents');
  await expect(page.getByText('Документов пока нет.')).toBeVisible();

  await page.goto('/profile/privacy');
  await page.getByLabel('Архив Окна').setInputFiles(archivePath);
  await expect(message).toHaveText(/^Архив загружен: восстановлено записей — \d+\.$/);

  await page.goto('/profile/data');
  await openProfileData(page);
  await expect(field(page, 'СНИЛС')).toHaveValue(SNILS);
  await expect(field(page, 'Серия паспорта')).toHaveValue(PASSPORT.series);
  await expect(field(page, 'Отчество')).toHaveValue(CITIZEN.patronymic);
  await expect(page.getByText(UNSAVED)).toBeHidden();
  await page.goto('/profile/documents');
  await expect(documents(page).getByRole('heading', { level: 3 })).toHaveText(['sample']);
  await page.goto('/profile');
  await expect(levelPill(page, 'Стандартная')).toBeVisible();
  await page.goto('/profile/journal');
  const journal = page.getByRole('main').getByRole('table');
  await expect(journal.getByRole('cell', { name: 'Данные удалены', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Данные загружены', exact: true })).toBeVisible();
  await expect(journal.getByRole('cell', { name: 'Добавлен документ', exact: true })).toBeVisible();
});

test('the journal records an export', async ({ page }) => {
  await signUpCitizen(page, '/profile/privacy');
  await page.getByRole('button', { name: 'Скачать мои данные' }).click();
  await expect(page.getByRole('link', { name: /^Сохранить файл / })).toBeVisible();
  await page.goto('/profile/journal');
  await expect(page.getByRole('main').getByRole('cell', { name: 'Данные выгружены', exact: true })).toBeVisible();
});
