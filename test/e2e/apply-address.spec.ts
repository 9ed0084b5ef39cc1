// The address step of an application is the structured address of «Мои данные» (issue 19.2): the
// same parts prefilled from the registration address, abbreviations spelled out by «Проверить адрес»,
// and one legible line on the sent application.
import { expect, test } from '@playwright/test';
import { confirmedCitizen, openResidenceWizard, sendResidenceCertificate, wizardNext } from './pages/apply';
import { axeFindings } from './pages/axe';

test('the address step: profile parts, «Проверить адрес», and one line on the sent application', async ({ page }) => {
  await confirmedCitizen(page);
  await openResidenceWizard(page);
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  await wizardNext(page);
  await wizardNext(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Адрес регистрации' })).toBeFocused();

  // Every part of the profile's address, prefilled from the registration address.
  await expect(page.getByLabel('Страна (если есть)')).toHaveValue('Россия');
  await expect(page.getByLabel('Регион', { exact: true })).toHaveValue('город Москва');
  await expect(page.getByLabel('Район (если есть)')).toHaveValue('');
  await expect(page.getByLabel('Улица')).toHaveValue('улица Тверская');
  await expect(page.getByLabel('Почтовый индекс')).toHaveValue('125009');

  // Abbreviations are spelled out in place; a missing part is named.
  await page.getByLabel('Улица').fill('ул. Новый Арбат');
  await page.getByLabel('Дом', { exact: true }).fill('д. 21');
  await page.getByLabel('Корпус или строение (если есть)').fill('корп. 1');
  await page.getByLabel('Город или населённый пункт').fill('');
  await page.getByRole('button', { name: 'Проверить адрес' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Сокращения раскрыты' });
  await expect(status).toContainText('«ул. Новый Арбат» → «улица Новый Арбат»');
  await expect(status).toContainText('Не хватает: Город или населённый пункт.');
  await expect(page.getByLabel('Улица')).toHaveValue('улица Новый Арбат');
  await expect(page.getByLabel('Дом', { exact: true })).toHaveValue('21');
  await expect(page.getByLabel('Корпус или строение (если есть)')).toHaveValue('корпус 1');
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('address-step.png'), fullPage: true });

  // Continue without the city: the form says so at the field.
  await wizardNext(page);
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Исправьте ошибки' })
      .getByRole('link', { name: /Город или населённый пункт/ }),
  ).toBeVisible();
  await page.getByLabel('Город или населённый пункт').fill('Москва');
  await page.getByRole('button', { name: 'Проверить адрес' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Адрес выглядит полным.' })).toBeVisible();
});

test('the sent application shows the registration address on one line, in full words', async ({ page }) => {
  await confirmedCitizen(page);
  await sendResidenceCertificate(page);
  await expect(page.getByText('125009, город Москва, улица Тверская, дом 7, квартира 12')).toBeVisible();
});
