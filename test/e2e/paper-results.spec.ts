// Paper results (issue 19.4): a region's fee for a paper certificate paid before sending, the office
// chosen for «в МФЦ» and named at pickup, a missed pickup returning the document to the archive, and
// the post's delivery address prefilled from the registration address and checked part by part.
import { expect, test, type Page } from '@playwright/test';
import { api, qaInbox } from './pages/app';
import { confirmedCitizen, signingCode } from './pages/apply';
import { confirm3ds, GOOD_CARD, jump, paid, payWithCard } from './pages/pay';
import { fixture } from './pages/profile';
import { axeFindings } from './pages/axe';

const DAY = 86_400_000;
const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
const statusOf = (page: Page) => page.locator('.facts .pill');

/** A confirmed citizen registered in the Moscow region, where a paper certificate costs a fee. */
async function citizenOfMoscowRegion(page: Page): Promise<void> {
  await confirmedCitizen(page, '/', {
    country: 'Россия',
    region: 'Московская область',
    city: 'Красногорск',
    street: 'улица Успенская',
    house: '5',
    apartment: '112',
    postalIndex: '143401',
  });
}

/** The residence certificate with the prefilled answers, up to «Способ получения результата». */
async function toResultPage(page: Page): Promise<void> {
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  for (let i = 0; i < 3; i++) await next(page);
  await page.getByLabel('Да', { exact: true }).check();
  await next(page);
  await next(page);
  const slot = (name: string | RegExp) => page.getByRole('group', { name });
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.pdf'));
  await slot('СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await slot(/Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  await expect(slot(/Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next(page);
  await expect(heading(page, 'Способ получения результата')).toBeVisible();
}

async function sendWithCode(page: Page): Promise<string> {
  await expect(heading(page, 'Подтверждение и отправка')).toBeVisible();
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await signingCode(page));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  return (await page.locator('.notice .reference').textContent()) ?? '';
}

test('a paper certificate «в МФЦ» in a region that charges: fee paid first, office named at pickup, back to the archive when not collected', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await citizenOfMoscowRegion(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'happy' })).status).toBe(200);
  await toResultPage(page);
  await expect(page.getByText('Шаг 7 из 9')).toBeVisible();
  await page.getByLabel(/В МФЦ/).check();
  const office = page.getByLabel('Где забрать документ');
  const options = await office.locator('option:not([value=""])').allTextContents();
  await office.selectOption({ label: options[1]! });
  const officeName = options[1]!.split(' — ')[0]!;
  await next(page);

  // A paper way in a charging region adds the fee page: one more step, announced on the review.
  await expect(heading(page, 'Проверьте данные')).toBeVisible();
  await expect(page.getByText('Шаг 8 из 10')).toBeVisible();
  await expect(page.getByText(/^Госпошлина 200,00\s₽ — её нужно оплатить на следующем шаге/)).toBeVisible();
  await next(page);
  await expect(heading(page, 'Госпошлина')).toBeVisible();
  await expect(page.getByText('Государственная пошлина за бумажный экземпляр справки (Московская область)')).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await next(page);
  await expect(page.getByRole('alert').getByText(/Сначала оплатите госпошлину/)).toBeVisible();
  await page.getByRole('link', { name: 'Оплатить', exact: true }).click();
  await confirm3ds(page, await payWithCard(page, GOOD_CARD));
  await expect(paid(page)).toBeFocused();
  await page.getByRole('link', { name: 'Вернуться к заявлению' }).click();
  await expect(page.getByText('Госпошлина оплачена. Можно продолжать.')).toBeVisible();
  await next(page);
  const number = await sendWithCode(page);
  const id = /\/applications\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await expect(page.locator('.facts').getByText(officeName)).toBeVisible();

  // Ready: the pickup card names the office.
  await jump(page, 15 * DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('Готово к получению');
  const pickup = page.getByRole('region', { name: 'Заберите документ в МФЦ' });
  await expect(pickup.getByText(`Где: ${officeName}`, { exact: false })).toBeVisible();

  // Not collected within the keeping period: back to the archive, told, and explained.
  await jump(page, 31 * DAY);
  await page.goto(`/applications/${id}`);
  await expect(statusOf(page)).toHaveText('Возвращено в архив');
  const returned = page.getByRole('region', { name: 'Документ возвращён в архив' });
  await expect(returned.getByText(/не забрали, и он возвращён в архив ведомства/)).toBeVisible();
  await expect(page.getByText('Срок хранения в МФЦ истёк: документ возвращён в архив ведомства.')).toBeVisible();
  const sms = await qaInbox(page, 'channel=sms');
  expect(sms.some((m) => m.body.includes(number) && m.body.includes('возвращён в архив'))).toBe(true);
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/paper-shots/returned.png', fullPage: true });

  await returned.getByRole('link', { name: 'Отправить запрос о возврате документа' }).click();
  // A «Запрос» about this application, its text prefilled (the appeal wizard carries it to «Описание»).
  await expect(page.getByLabel(/^Запрос —/)).toBeChecked();
  expect(new URL(page.url()).searchParams.get('reason')).toContain(`документ по заявлению ${number}`);
});

test('post: the delivery address starts as the registration address, each wrong part is named, and the case shows where it goes', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  await toResultPage(page);
  await page.getByLabel(/Почтой/).check();
  const delivery = page.getByRole('group', { name: 'Адрес доставки' });
  await expect(delivery.getByLabel('Улица')).toHaveValue('улица Тверская');
  await expect(delivery.getByLabel('Почтовый индекс')).toHaveValue('125009');
  expect(await axeFindings(page)).toEqual([]);

  await delivery.getByLabel('Дом').fill('');
  await next(page);
  await expect(page.getByRole('alert').getByRole('link', { name: /Адрес доставки: Дом/ })).toBeVisible();
  await delivery.getByLabel('Регион').fill('Тверская обл.');
  await delivery.getByLabel('Город или населённый пункт').fill('Тверь');
  await delivery.getByLabel('Улица').fill('ул. Советская');
  await delivery.getByLabel('Дом').fill('д. 3');
  await delivery.getByLabel(/Квартира/).fill('кв. 5');
  await delivery.getByLabel('Почтовый индекс').fill('170000');
  await delivery.getByRole('button', { name: 'Проверить адрес' }).click();
  await expect(delivery.getByLabel('Улица')).toHaveValue('улица Советская');
  await expect(delivery.getByLabel('Регион')).toHaveValue('Тверская область');
  await page.screenshot({ path: '/tmp/paper-shots/delivery.png', fullPage: true });
  await next(page);

  await expect(heading(page, 'Проверьте данные')).toBeVisible();
  await expect(page.getByText('Шаг 8 из 9')).toBeVisible(); // Tver region: no paper fee, no fee page
  await expect(page.getByText('Адрес доставки: 170000, Тверская область, город Тверь, улица Советская, дом 3, квартира 5')).toBeVisible();
  await next(page);
  await sendWithCode(page);
  await expect(page.locator('.facts').getByText('170000, Тверская область, город Тверь, улица Советская, дом 3, квартира 5')).toBeVisible();
});
