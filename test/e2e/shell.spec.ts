import { expect, test, type Route } from '@playwright/test';
import { expectHeading, openApp } from './pages/app';

const SECTIONS_RU = ['Каталог услуг', 'Мои заявления', 'Обращения', 'Платежи', 'Помощь', 'Войти'];
const SECTIONS_EN = ['Services', 'My applications', 'Appeals', 'Payments', 'Help', 'Sign in'];

test('the shell renders in Russian by default', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expectHeading(page, 'Государственные услуги в одном окне');
  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  for (const name of SECTIONS_RU) await expect(nav.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'В сети' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Версия');
});

test('English is one click away and stays after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectHeading(page, 'Public services in one window');
  const nav = page.getByRole('navigation', { name: 'Main sections' });
  for (const name of SECTIONS_EN) await expect(nav.getByRole('link', { name })).toBeVisible();
  await page.reload();
  await expectHeading(page, 'Public services in one window');
  await page.getByRole('button', { name: 'Переключить на русский' }).click();
  await expectHeading(page, 'Государственные услуги в одном окне');
});

test('keyboard only: skip link, then every header section by Tab and Enter', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к основному содержанию' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await page.goto('/');
  const targets = [
    { name: 'Каталог услуг', path: '/catalog' },
    { name: 'Помощь', path: '/help' },
  ];
  for (const target of targets) {
    // Each time from the start page, as a keyboard user arriving at the site.
    await page.goto('/');
    const link = page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: target.name });
    for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target.path);
    await expectHeading(page, target.name);
    await expect(link).toHaveAttribute('aria-current', 'page');
    // Focus lands on the new content, so the next Tab starts inside it.
    await expect(page.locator('main')).toBeFocused();
  }
});

test('a link opens its page inside the app without loading the document again, and marks where the visitor is', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  await expect(page.getByRole('link', { name: 'Окно' })).toHaveAttribute('aria-current', 'page');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await nav.getByRole('link', { name: 'Каталог услуг' }).click();
  await expectHeading(page, 'Каталог услуг');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(nav.getByRole('link', { name: 'Каталог услуг' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Окно' })).not.toHaveAttribute('aria-current');
  // A link with a path param and one with a search carry the addresses the router reads back.
  const service = page.getByRole('main').getByRole('link', { name: 'Заграничный паспорт нового образца' });
  await expect(service).toHaveAttribute('href', /^\/catalog\/[a-z-]+$/);
  await expect(nav.getByRole('link', { name: 'Сообщения' })).toHaveAttribute('href', '/inbox?channel=sms');
  await service.click();
  await expectHeading(page, 'Заграничный паспорт нового образца');
  await expect(nav.getByRole('link', { name: 'Каталог услуг' })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('an unknown address shows a 404 page with a way home', async ({ page }) => {
  await openApp(page, '/no/such/page');
  await expectHeading(page, 'Страница не найдена');
  await page.getByRole('link', { name: 'На главную' }).click();
  await expectHeading(page, 'Государственные услуги в одном окне');
});

test('on a phone the sections fold behind the menu button', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openApp(page);
  const menu = page.getByRole('button', { name: 'Меню' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Помощь' }).click();
  await expectHeading(page, 'Помощь');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();

  // Escape folds it again, from inside the menu too, and the focus returns to the button.
  await menu.click();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Каталог услуг' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('a failing page shows a readable error and recovers without losing the shell', async ({ page }) => {
  await openApp(page, '/demo');
  await page.getByRole('button', { name: 'Показать экран ошибки' }).click();
  await expect(page.getByRole('heading', { name: 'Что-то пошло не так' })).toBeFocused();
  await expect(page.getByText('Всё, что вы ввели, сохранено на устройстве')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeVisible();
  await page.getByRole('button', { name: 'Попробовать снова' }).click();
  await expectHeading(page, 'Демо-стенд');
});

test.describe('a page whose code cannot be loaded', () => {
  // Without the service worker the test's route sees the page's own requests. Offline before the first
  // visit's download has ended, a page not opened yet fails the same way (its code is on no device).
  test.use({ serviceWorkers: 'block' });

  test('says so in plain words, and its retry loads it once the code can be fetched', async ({ page }) => {
    await page.goto('/');
    await expectHeading(page, 'Государственные услуги в одном окне');
    await expect(page.locator('#root[data-prerendered]')).toHaveCount(0); // the app has taken over
    const refuse = (route: Route) => route.abort('internetdisconnected');
    await page.route('**/assets/CatalogPage-*.js', refuse);
    await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Каталог услуг' }).click();
    // The router reloads once (a newer version may have replaced the file), then the page tells.
    await expect(page.getByRole('alert').getByRole('heading', { name: 'Эта страница ещё не загружена' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Не удалось загрузить страницу. Попробуйте снова')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.unroute('**/assets/CatalogPage-*.js', refuse);
    await page.getByRole('button', { name: 'Попробовать снова' }).click();
    await expectHeading(page, 'Каталог услуг');
    await expect(page.getByRole('searchbox', { name: 'Поиск услуги' })).toBeVisible();
  });
});

test('Back from «Войти» returns to the page the visitor came from, however many guarded links were followed', async ({ page }) => {
  await openApp(page);
  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  for (const section of ['Мои заявления', 'Обращения', 'Платежи']) {
    await nav.getByRole('link', { name: section }).click();
    await expect(page).toHaveURL(/\/login\?redirect=/);
    await expectHeading(page, 'Вход');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expectHeading(page, 'Государственные услуги в одном окне');
  }
});

test('a session the server no longer knows sends the visitor to «Войти» without trapping Back there', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => localStorage.setItem('okno.session', 'a-token-the-server-never-issued'));
  await page.reload();
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Мои заявления' }).click();
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await expectHeading(page, 'Вход');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expectHeading(page, 'Государственные услуги в одном окне');
});
