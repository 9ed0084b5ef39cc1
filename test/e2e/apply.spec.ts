import { expect, test, type Page } from '@playwright/test';
import { expectHeading, qaInbox } from './pages/app';
import { confirmedCitizen, signingCode, storedDrafts } from './pages/apply';
import { fixture, signUpCitizen } from './pages/profile';
import { axeFindings } from './pages/axe';

const next = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();
/** The page shows step n; after moving between steps its heading has the focus, so it is announced. */
async function step(page: Page, n: number, title: string, moved = true) {
  await expect(page.getByText(`Шаг ${n} из 9`)).toBeVisible();
  const heading = page.getByRole('heading', { level: 2, name: title });
  await (moved ? expect(heading).toBeFocused() : expect(heading).toBeVisible());
}

async function startResidenceCertificate(page: Page) {
  await page.goto('/catalog');
  await page.getByLabel('Поиск услуги').fill('справка о месте жительства');
  await page.getByRole('link', { name: 'Справка о месте жительства' }).click();
  await page.getByRole('link', { name: 'Получить услугу' }).click();
  await step(page, 1, 'Вид справки', false);
}

test('apply for the residence certificate from search to number, signed with the SMS code', async ({ page }) => {
  await confirmedCitizen(page);
  await startResidenceCertificate(page);

  // Nothing chosen: the error summary names both questions and links to them.
  await next(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await page.getByLabel('С указанием срока проживания — для госорганов').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  // A conditional question appears with the variant that needs it.
  await expect(page.getByLabel('Период проживания: с')).toBeVisible();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Другое' });
  await expect(page.getByLabel('Куда именно')).toBeVisible();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await next(page);

  await step(page, 2, 'Заявитель');
  await expect(page.getByLabel('Фамилия')).toHaveValue('Иванова');
  await expect(page.getByLabel('Серия паспорта')).toHaveValue('4508');
  await next(page);
  await step(page, 3, 'Адрес регистрации');
  await expect(page.getByLabel('Улица')).toHaveValue('улица Тверская');
  await next(page);
  await step(page, 4, 'Собственник жилья');
  await page.getByLabel('Нет', { exact: true }).check();
  await expect(page.getByLabel('ФИО собственника')).toBeVisible();
  await page.getByLabel('Да', { exact: true }).check();
  await expect(page.getByLabel('ФИО собственника')).toBeHidden();
  await next(page);
  await step(page, 5, 'Контакты');
  await next(page);

  await step(page, 6, 'Документы');
  await next(page);
  // Three documents are required: the summary names them.
  await expect(page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' }).getByRole('link')).toHaveCount(3);
  const slot = (name: string | RegExp) => page.getByRole('group', { name });
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('spoofed-exe.pdf'));
  await expect(slot(/Паспорт гражданина РФ/).getByText('Файл «spoofed-exe.pdf» не является PDF, JPG или PNG')).toBeVisible();
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.pdf'));
  await expect(slot(/Паспорт гражданина РФ/).getByText('Приложен файл «sample.pdf»')).toBeVisible();
  const preview = slot(/Паспорт гражданина РФ/).getByRole('button', { name: 'Просмотреть «sample.pdf»' });
  await preview.click();
  await expect(slot(/Паспорт гражданина РФ/).getByRole('button', { name: 'Скрыть «sample.pdf»' })).toHaveAttribute('aria-expanded', 'true');
  await slot('СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await slot(/Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  await expect(slot(/Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next(page);

  await step(page, 7, 'Способ получения результата');
  await page.getByLabel(/Электронный документ/).check();
  await next(page);

  await step(page, 8, 'Проверьте данные');
  await expect(page.getByText('Для визы', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Изменить: Вид справки' }).click();
  await step(page, 1, 'Вид справки');
  for (let i = 0; i < 7; i++) await next(page);
  await step(page, 8, 'Проверьте данные');
  await next(page);

  await step(page, 9, 'Подтверждение и отправка');
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await signingCode(page));
  await page.getByRole('button', { name: 'Подтвердить' }).click();

  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  const number = await page.locator('.notice .reference').textContent();
  expect(number).toMatch(/^\d{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  await page.getByRole('link', { name: 'Мои заявления' }).last().click();
  await expect(page.getByText(`№ ${number}`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Отправленные заявления' }).getByText('Отправлено')).toBeVisible();
  await expect(page.getByText('Черновиков нет.')).toBeVisible();
  const inbox = await qaInbox(page, 'channel=sms');
  expect(inbox[0]!.body).toContain(number);
});

test('a reload at step 3 continues at step 3 with every answer, and the draft is listed', async ({ page }) => {
  await confirmedCitizen(page);
  await startResidenceCertificate(page);
  await page.getByLabel('О факте регистрации — для банков и страховых').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'В банк или страховую компанию' });
  await next(page);
  await page.getByLabel('Отчество (если есть)').fill('Петровна');
  await next(page);
  await step(page, 3, 'Адрес регистрации');
  await page.getByLabel('Квартира (если есть)').fill('99');
  // The draft is written on the device at once; reload only when it holds the step and the answer.
  await expect
    .poll(async () => (await storedDrafts(page)).map((d) => ({ step: d.step, flat: Object.values(d.answers).includes('99') })))
    .toEqual([{ step: 2, flat: true }]);
  await page.reload();
  await step(page, 3, 'Адрес регистрации', false);
  await expect(page.getByLabel('Квартира (если есть)')).toHaveValue('99');
  await page.getByRole('button', { name: 'Назад' }).click();
  await expect(page.getByLabel('Отчество (если есть)')).toHaveValue('Петровна');
  await expect.poll(async () => (await storedDrafts(page)).map((d) => d.step)).toEqual([1]); // the draft remembers the step

  await page.goto('/applications');
  await expect(page.getByText(/шаг 2/)).toBeVisible();
  await page.getByRole('link', { name: 'Справка о месте жительства' }).click();
  await expect(page.getByText('Шаг 2 из 9')).toBeVisible();
  await expect(page.getByLabel('Отчество (если есть)')).toHaveValue('Петровна');
});

test('axe finds no violations on the wizard steps, the review and the sent application', async ({ page }) => {
  test.setTimeout(120_000); // axe on every wizard step, the review and the sent application
  await confirmedCitizen(page);
  await startResidenceCertificate(page);
  await next(page);
  expect(await axeFindings(page)).toEqual([]);
  await page.getByLabel('О факте регистрации — для банков и страховых').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'В банк или страховую компанию' });
  for (let i = 0; i < 3; i++) await next(page);
  await page.getByLabel('Да', { exact: true }).check();
  await next(page);
  await next(page);
  // The documents page, with its error summary.
  await next(page);
  expect(await axeFindings(page)).toEqual([]);
  for (const name of [/Паспорт гражданина РФ/, 'СНИЛС', /Подтверждение регистрации/]) {
    await page.getByRole('group', { name }).getByLabel('Выбрать файл').setInputFiles(fixture('sample.pdf'));
    await expect(page.getByRole('group', { name }).getByText(/Приложен файл/)).toBeVisible();
  }
  await next(page);
  expect(await axeFindings(page)).toEqual([]);
  await page.getByLabel(/Почтой/).check();
  await next(page);
  await expectHeading(page, 'Справка о месте жительства');
  expect(await axeFindings(page)).toEqual([]);
});

test('sent during an outage, the application waits in the outbox and goes once the systems answer: one application', async ({ page }) => {
  await signUpCitizen(page, '/catalog/fine-payment');
  await page.getByRole('link', { name: 'Получить услугу' }).click();
  await page.getByLabel('Номер постановления (УИН)').fill('18810177230000123456');
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByLabel(/Электронный документ/).check();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await signingCode(page));

  await page.evaluate(() => fetch('/api/_sim/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"outage":true}' }));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByRole('heading', { name: 'Ждут отправки' })).toBeVisible();
  await expect(page.getByText(/уйдёт автоматически/)).toBeVisible();
  // Shown once: waiting to be sent, not also as a draft to edit; the person may take it back.
  await expect(page.getByRole('region', { name: 'Мои черновики' }).getByText('Черновиков нет.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Не отправлять «Оплата штрафов ГИБДД» — вернуть в черновики' })).toBeVisible();
  // A second press of the same draft (or a retry) can never make two applications.
  await page.evaluate(() => fetch('/api/_sim/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"outage":false}' }));
  await expect(page.getByRole('heading', { name: 'Ждут отправки' })).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText(/№ \d{4}-/)).toBeVisible();
  const sent = await page.evaluate(() =>
    fetch('/api/applications', { headers: { Authorization: `Bearer ${sessionStorage.getItem('okno.session')}` } }).then((r) => r.json()),
  );
  expect(sent).toHaveLength(1);
});

test('the same draft in two tabs: changes arrive live, and a clash is shown instead of being overwritten', async ({ page, context }) => {
  await confirmedCitizen(page);
  await startResidenceCertificate(page);
  await page.getByLabel('О факте регистрации — для банков и страховых').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'В банк или страховую компанию' });
  await next(page);
  await step(page, 2, 'Заявитель');
  await expect.poll(async () => (await storedDrafts(page)).map((d) => d.step)).toEqual([1]);

  // A second tab of the same signed-in session (sessionStorage is per tab, so it gets the token).
  const token = await page.evaluate(() => sessionStorage.getItem('okno.session'));
  const other = await context.newPage();
  await other.addInitScript((value) => sessionStorage.setItem('okno.session', value ?? ''), token);
  await other.goto(page.url());
  await expect(other.getByText('Шаг 2 из 9')).toBeVisible();
  await other.getByLabel('Отчество (если есть)').fill('Сергеевна');
  await expect(page.getByLabel('Отчество (если есть)')).toHaveValue('Сергеевна');
  await expect(page.getByText('Обновлено из другой вкладки: Отчество')).toBeVisible();

  // Both tabs change the same answer before either has saved it. On a busy machine one tab may see the
  // other's change before its own edit lands: then it is a plain update (both tabs agree), and the
  // simultaneous edit is tried again with new names. The rules themselves are unit-tested in mergeDraft.
  const clash = (p: Page) => p.getByRole('alert').filter({ hasText: 'изменили и здесь, и в другой вкладке' });
  const field = (p: Page) => p.getByLabel('Имя', { exact: true });
  const names = async () => [await field(page).inputValue(), await field(other).inputValue()];
  const rounds = [
    ['Анна', 'Ольга'],
    ['Мария', 'Дарья'],
    ['Елена', 'Ирина'],
    ['Софья', 'Вера'],
  ] as const;
  let clashed: Page[] = [];
  for (const [mine, theirs] of rounds) {
    await Promise.all([field(page).fill(mine), field(other).fill(theirs)]);
    await expect
      .poll(async () => (await clash(page).count()) + (await clash(other).count()) > 0 || new Set(await names()).size === 1, { timeout: 15_000 })
      .toBe(true);
    clashed = [];
    for (const p of [page, other]) if (await clash(p).count()) clashed.push(p);
    if (clashed.length) {
      await clashed[0]!.getByRole('button', { name: 'Взять из другой вкладки: Имя' }).click();
      if (clashed[1]) await clashed[1].getByRole('button', { name: 'Оставить этот: Имя' }).click();
      for (const p of clashed) await expect(clash(p)).toHaveCount(0);
      await expect.poll(async () => new Set(await names()).size, { timeout: 10_000 }).toBe(1);
      const agreed = (await names())[0]!;
      expect([mine, theirs]).toContain(agreed);
      // What both tabs show is what the device keeps: a reload shows the same answer.
      await expect.poll(async () => (await storedDrafts(page)).map((d) => Object.values(d.answers).includes(agreed))).toEqual([true]);
      break;
    }
  }
  expect(clashed.length, 'a simultaneous edit in two tabs showed a clash in at least one of four tries').toBeGreaterThan(0);
});
