import { expect, test, type Page } from '@playwright/test';
import { expectHeading, openApp, waitUntilSavedOffline } from './pages/app';
import { axeFindings } from './pages/axe';

const results = (page: Page) => page.locator('#catalog-results').getByRole('heading', { level: 2 });

test('find the residence certificate by typing, with a typo and with ё', async ({ page }) => {
  await openApp(page, '/catalog');
  const search = page.getByLabel('Поиск услуги');
  await search.fill('справка о месте жительства');
  await expect(results(page).first()).toHaveText('Справка о месте жительства');
  await search.fill('справак о месте');
  await expect(results(page).first()).toHaveText('Справка о месте жительства');
  await search.fill('прописка');
  await expect(results(page)).toContainText(['Справка о месте жительства']);
  await search.fill('ребёнка');
  await expect(page.getByRole('status').filter({ hasText: 'Найдено услуг' })).toBeVisible();
  await search.fill('луноход');
  await expect(page.getByText('Ничего не нашлось')).toBeVisible();
});

test('filters narrow the list and live in the address, so a search can be shared', async ({ page, context }) => {
  await openApp(page, '/catalog');
  await page.getByLabel('Категория').selectOption({ label: 'Документы' });
  await page.getByLabel('Тип обращения').selectOption({ label: 'Справка или выписка' });
  await expect(results(page)).toContainText(['Справка о месте жительства']);
  for (const title of await results(page).allTextContents()) expect(title).not.toContain('Оплата');
  await page.getByLabel('Поиск услуги').fill('жительства');
  await expect(page).toHaveURL(/category=documents/);
  await expect(page).toHaveURL(/kind=certificate/);
  const shared = page.url();

  const other = await context.newPage();
  await other.goto(shared);
  await expect(other.getByLabel('Поиск услуги')).toHaveValue('жительства');
  await expect(other.getByLabel('Категория')).toHaveValue('documents');
  await expect(results(other).first()).toHaveText('Справка о месте жительства');

  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
  await expect(page.getByLabel('Категория')).toHaveValue('');
});

test('a broken filter in the address falls back instead of failing', async ({ page }) => {
  await openApp(page, '/catalog?category=spaceships&kind=1&q=паспорт');
  await expect(page.getByLabel('Категория')).toHaveValue('');
  await expect(results(page).first()).toContainText('паспорт');
});

test('the fine-payment service leads to «Штрафы» (through «Вход» when signed out)', async ({ page }) => {
  await openApp(page, '/catalog/fine-payment');
  await page.getByRole('link', { name: 'Найти и оплатить штрафы' }).click();
  await expectHeading(page, 'Вход');
  await expect(page).toHaveURL(/redirect=%2Ffines/);
});

test('a service page tells everything needed before applying, and says what level is needed', async ({ page }) => {
  await openApp(page, '/catalog');
  await page.getByLabel('Поиск услуги').fill('заграничный');
  await results(page).first().getByRole('link').click();
  await expectHeading(page, 'Заграничный паспорт нового образца');
  await expect(page.getByRole('heading', { name: 'Кто может подать' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Документы' })).toBeVisible();
  await expect(page.getByText('Госпошлина', { exact: true })).toBeVisible();
  await expect(page.getByText(/6\s000,00\s₽/)).toBeVisible();
  await expect(page.getByText('Чтобы подать заявление, войдите в учётную запись.')).toBeVisible();
  // Signed out: «Получить услугу» leads through «Вход» and comes back to the form afterwards.
  await page.getByRole('link', { name: 'Получить услугу' }).click();
  await expectHeading(page, 'Вход');
  await expect(page).toHaveURL(/redirect=/);
});

test('the catalog works offline', async ({ page, context }) => {
  await openApp(page, '/');
  await waitUntilSavedOffline(page);
  await context.setOffline(true);
  await page.goto('/catalog?q=водительское');
  await expect(results(page).first()).toContainText('Водительское удостоверение');
  await page.getByRole('link', { name: /Водительское удостоверение/ }).click();
  await expect(page.getByRole('heading', { name: 'Виды' })).toBeVisible();
});

test('axe finds no violations on the catalog, a filtered list and a service page', async ({ page }) => {
  const check = async () => expect(await axeFindings(page)).toEqual([]);
  await openApp(page, '/catalog');
  await check();
  await page.getByLabel('Категория').selectOption({ label: 'Семья' });
  await expect(page.getByRole('button', { name: 'Сбросить фильтры' })).toBeVisible();
  await check();
  await page.goto('/catalog/residence-certificate');
  await expectHeading(page, 'Справка о месте жительства');
  await check();
});
