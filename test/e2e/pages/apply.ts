// Shared steps of the application specs: a confirmed citizen, the signing code, and a residence
// certificate sent through the wizard the quick way (the wizard's own checks are tested in apply.spec).
import { expect, type Page } from '@playwright/test';
import { fixture, saveProfileByApi, signUpCitizen } from './profile';
import { qaInbox } from './app';

const MOSCOW_ADDRESS = {
  country: 'Россия',
  region: 'город Москва',
  city: 'Москва',
  street: 'улица Тверская',
  house: '7',
  apartment: '12',
  postalIndex: '125009',
};

/** A signed-in citizen with a saved profile (incl. registration address, Moscow unless given) and a confirmed identity. */
export async function confirmedCitizen(page: Page, path = '/', registrationAddress: Record<string, string> = MOSCOW_ADDRESS): Promise<void> {
  await signUpCitizen(page, path);
  await saveProfileByApi(page, { registrationAddress });
  await page.goto('/profile/identity');
  await page.getByRole('button', { name: 'Подписать и подтвердить' }).click();
  await expect(page.getByText('Личность подтверждена. Теперь доступны все услуги.')).toBeVisible();
}

/** The code of the newest «подписания заявления» SMS. */
export async function signingCode(page: Page): Promise<string> {
  await expect(page.getByLabel('Код подтверждения')).toBeVisible();
  const sms = await qaInbox(page, 'channel=sms');
  return /подписания заявления[^\d]*(\d{6})/.exec(sms.find((m) => m.body.includes('подписания заявления'))?.body ?? '')?.[1] ?? '';
}

/** Opens the residence certificate's wizard at its first step. */
export async function openResidenceWizard(page: Page): Promise<void> {
  await page.goto('/catalog/residence-certificate/apply');
  await expect(page.getByRole('heading', { level: 2, name: 'Вид справки' })).toBeVisible();
}

export const wizardNext = (page: Page) => page.getByRole('button', { name: 'Продолжить' }).click();

const WAYS = { electronic: /Электронный документ/, office: /В МФЦ/, post: /Почтой/ } as const;

/**
 * Fills a residence certificate with the prefilled answers (and `applicant` typed over them on
 * «Заявитель», by label) up to «Проверьте данные».
 */
export async function residenceCertificateToReview(
  page: Page,
  way: keyof typeof WAYS = 'electronic',
  { applicant = {} }: { applicant?: Record<string, string> } = {},
): Promise<void> {
  await page.goto('/catalog/residence-certificate/apply');
  await page.getByLabel('О месте жительства — для визы и учёбы').check();
  await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
  const next = () => page.getByRole('button', { name: 'Продолжить' }).click();
  await next();
  for (const [label, value] of Object.entries(applicant)) await page.getByLabel(label, { exact: true }).fill(value);
  await next();
  await next();
  await page.getByLabel('Да', { exact: true }).check();
  await next();
  await next();
  const slot = (name: string | RegExp) => page.getByRole('group', { name });
  await slot(/Паспорт гражданина РФ/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.pdf'));
  await slot('СНИЛС').getByLabel('Выбрать файл').setInputFiles(fixture('sample.png'));
  await slot(/Подтверждение регистрации/)
    .getByLabel('Выбрать файл')
    .setInputFiles(fixture('sample.jpg'));
  await expect(slot(/Подтверждение регистрации/).getByText('Приложен файл «sample.jpg»')).toBeVisible();
  await next();
  await page.getByLabel(WAYS[way]).check();
  await next();
  await expect(page.getByRole('heading', { level: 2, name: 'Проверьте данные' })).toBeVisible();
}

/** Sends a residence certificate with prefilled answers (see residenceCertificateToReview); answers the new case's id and number. */
export async function sendResidenceCertificate(
  page: Page,
  way: keyof typeof WAYS = 'electronic',
  options: { applicant?: Record<string, string> } = {},
): Promise<{ id: string; number: string }> {
  await residenceCertificateToReview(page, way, options);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  await page.getByRole('button', { name: 'Получить код и отправить' }).click();
  await page.getByLabel('Код подтверждения').fill(await signingCode(page));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  const number = (await page.locator('.notice .reference').textContent()) ?? '';
  const id = /\/applications\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  return { id, number };
}

/** The drafts on the device (database «okno»), read the way the app stores them: step (from 0) and answers. */
export function storedDrafts(page: Page): Promise<{ step: number; answers: Record<string, unknown> }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('okno');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('drafts').objectStore('drafts').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map((row: { step: number; answers: Record<string, unknown> }) => ({ step: row.step, answers: row.answers })));
          };
        };
      }),
  );
}
