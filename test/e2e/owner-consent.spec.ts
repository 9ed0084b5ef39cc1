// The owner's consent is enforced (issue 19.6): a citizen who is not the home owner and promised the
// owner's consent cannot go past the documents step without attaching it (the server refuses it too,
// see src/server/applications.test.ts).
import { expect, test } from '@playwright/test';
import { confirmedCitizen, openResidenceWizard, wizardNext } from './pages/apply';
import { fixture } from './pages/profile';
import { axeFindings } from './pages/axe';

test("a non-owner must attach the owner's consent before going on", async ({ page }) => {
  test.setTimeout(120_000);
  await confirmedCitizen(page);
  await openResidenceWizard(page);
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  for (let i = 0; i < 3; i++) await wizardNext(page);
  await page.getByLabel('Нет', { exact: true }).check();
  await page.getByLabel('ФИО собственника').fill('Петров Пётр Петрович');
  await page.getByLabel(/Собственник согласен на выдачу справки/).check();
  await wizardNext(page);
  await wizardNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Документы' })).toBeFocused();

  const slot = (name: string | RegExp) => page.getByRole('group', { name });
  await expect(slot('Согласие собственника жилья')).toContainText('обязательно: вы указали, что не собственник жилья');
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.pdf'));
  await slot('СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await slot(/Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  await expect(slot(/Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await wizardNext(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([/Согласие собственника жилья/]);
  expect(await axeFindings(page)).toEqual([]);

  await slot('Согласие собственника жилья').getByLabel('Выбрать файл').setInputFiles(fixture('sample.pdf'));
  await expect(slot('Согласие собственника жилья').getByText('Приложен файл «sample.pdf»')).toBeVisible();
  // Put right, the slot leaves the error summary at once (issue 19.23), before «Продолжить».
  await expect(summary).toBeHidden();
  await expect(slot('Согласие собственника жилья')).not.toHaveClass(/\bhas-error\b/);
  await wizardNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Способ получения результата' })).toBeFocused();

  await page.getByLabel(/Электронный документ/).check();
  await wizardNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Проверьте данные' })).toBeFocused();
  await expect(page.getByText('не приложен — обязателен')).toHaveCount(0);
});
