// What a QA engineer writes on day one with the kit: a residence certificate from registration to a
// verified PDF, through a department failure and a three-week wait. It imports only the kit (an outside
// suite writes '<okno>/test/kit' instead of './index').
import { readFileSync } from 'node:fs';
import { expect, pages, test } from './index';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The next Monday, 10:00 Moscow time: working hours and days then come out the same in every run. */
function nextMondayMorning(nowMs: number): number {
  const moscow = new Date(nowMs + 3 * HOUR);
  const days = (8 - moscow.getUTCDay()) % 7 || 7;
  return Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate() + days, 7);
}

test('a residence certificate: registered, sent through a department failure, ready three weeks later, the PDF verifies', async ({
  page,
  okno,
}, info) => {
  test.setTimeout(180_000);
  await okno.clock.setSystemTime(nextMondayMorning((await okno.clock.now()).nowMs));
  await okno.scenario.set('happy');

  // Registration through the pages, the SMS code read from the simulated inbox.
  const person = pages.profile.CITIZEN;
  await pages.account.registerViaUi(page, { ...person });
  await pages.profile.saveProfileByApi(page, {
    registrationAddress: {
      country: 'Россия',
      region: 'город Москва',
      city: 'Москва',
      street: 'улица Тверская',
      house: '7',
      apartment: '12',
      postalIndex: '125009',
    },
  });
  await page.goto('/profile/identity');
  await page.getByRole('button', { name: 'Подписать и подтвердить' }).click();
  await expect(page.getByText('Личность подтверждена. Теперь доступны все услуги.')).toBeVisible();

  // The application wizard, as a citizen fills it.
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  const next = () => page.getByRole('button', { name: 'Продолжить' }).click();
  for (let i = 0; i < 3; i++) await next();
  await page.getByLabel('Да', { exact: true }).check();
  await next();
  await next();
  const slot = (name: string | RegExp) => page.getByRole('group', { name });
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(pages.profile.fixture('sample.pdf'));
  await slot('СНИЛС').getByLabel('Выбрать файл').setInputFiles(pages.profile.fixture('sample.png'));
  await slot(/Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(pages.profile.fixture('sample.jpg'));
  await expect(slot(/Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next();
  await page.getByLabel(/Электронный документ/).check();
  await next();
  await next();
  await page.getByLabel(/Подтверждаю, что данные верны/).check();

  // The department's signing service fails once: the page says so, and the retry goes through.
  await okno.faults.set([{ route: 'POST /api/applications/code', failure: { kind: 'status', status: 503, retryAfterS: 30 } }], { seed: 'day-one' });
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await expect(page.getByText('Ведомственная система не ответила. Повторите попытку.')).toBeVisible();
  await okno.faults.clear();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await okno.inbox.nextCode(person.phone, { matching: /подписания заявления/ }));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  const id = /\/applications\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  const attempts = await okno.journal.find(/^POST \/api\/applications\/code$/);
  expect(attempts.map((entry) => entry.status)).toEqual([503, 201]);
  expect(attempts[0]!.fault).toBe('POST /api/applications/code → status 503');

  // Three weeks pass in the department: the certificate is ready, and the citizen is told by SMS.
  await okno.clock.fastForward(21 * DAY);
  await okno.inbox.next(person.phone, { matching: /Справка о месте жительства.*оказана/ });
  await page.goto(`/applications/${id}`);
  await expect(page.locator('.facts .pill')).toHaveText('Готово к получению');

  // The signed PDF downloads, and «Проверить документ» finds it valid.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Скачать документ (PDF)' }).click();
  const file = info.outputPath('certificate.pdf');
  await (await download).saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.goto('/verify');
  await page.getByLabel('Загрузить файл документа').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Документ действителен' })).toBeVisible();
});
