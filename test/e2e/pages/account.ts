// Page helpers for the account specs: register, sign in and out through the forms as a person would,
// and read one-time codes from the simulated inbox (QA's staff read, GET /api/_sim/inbox).
import { expect, type Locator, type Page } from '@playwright/test';
import { api, openApp, qaInbox } from './app';

export const PASSWORD = 'Zelenyj#Sad7';
export const NEW_PASSWORD = 'Sinij!Most42';

export interface NewAccount {
  phone: string;
  email: string;
  password: string;
  surname: string;
  name: string;
  patronymic: string;
  birthDate: string;
  gender: 'Женский' | 'Мужской';
}

export function newAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  return {
    phone: '+7 912 345-67-89',
    email: 'anna.ivanova@mail.ru',
    password: PASSWORD,
    surname: 'Иванова',
    name: 'Анна',
    patronymic: 'Сергеевна',
    birthDate: '05.03.1990',
    gender: 'Женский',
    ...overrides,
  };
}

/** One simulated SMS or e-mail, as QA's inbox read answers it. */
export interface InboxMessage {
  id: number;
  channel: 'sms' | 'email';
  to: string;
  /** Simulated time it was sent (ms). */
  at: number;
  subject?: string;
  body: string;
}

/** The address the simulated gateway files a message under: '+79123456789' or the e-mail, domain lower-cased. */
export function inboxAddress(to: string): { channel: 'sms' | 'email'; to: string } {
  if (to.includes('@')) {
    const at = to.lastIndexOf('@');
    return { channel: 'email', to: `${to.slice(0, at)}@${to.slice(at + 1).toLowerCase()}` };
  }
  return { channel: 'sms', to: `+7${to.replace(/\D/g, '').slice(-10)}` };
}

/** Messages to a phone (any spelling) or an e-mail, newest first. */
export async function readInbox(page: Page, to: string): Promise<InboxMessage[]> {
  const address = inboxAddress(to);
  return qaInbox<InboxMessage>(page, `channel=${address.channel}&to=${encodeURIComponent(address.to)}`);
}

/** Id of the newest message to `to` (0 if none): pass it as `after` to wait for the next code. */
export async function lastMessageId(page: Page, to: string): Promise<number> {
  return (await readInbox(page, to))[0]?.id ?? 0;
}

/** The newest 6-digit code sent to a phone or an e-mail (newer than message `after`, if given). */
export async function readCode(page: Page, to: string, { after = 0 } = {}): Promise<string> {
  let code = '';
  await expect
    .poll(
      async () => {
        const newest = (await readInbox(page, to))[0];
        code = newest && newest.id > after ? (/\b(\d{6})\b/.exec(newest.body)?.[1] ?? '') : '';
        return code;
      },
      { message: `a code sent to ${to}` },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

/** A six-digit code that is certainly not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/** Moves the simulated clock forward (server side only: the page's own timers keep real time). */
export async function advanceClock(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms })).status).toBe(200);
}

export const MINUTE_MS = 60_000;

// ---- Locators ---------------------------------------------------------------------------------

export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Основные разделы' });
export const headerSignIn = (page: Page) => mainNav(page).getByRole('link', { name: 'Войти', exact: true });
export const headerProfile = (page: Page) => mainNav(page).getByRole('link', { name: 'Профиль', exact: true });
export const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });
export const errorSummary = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Исправьте ошибки' }) });
/** A named field; exact, because «Пароль» is also part of «Пароль ещё раз» and «Показать пароль». */
export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

// ---- Registration -----------------------------------------------------------------------------

export async function fillPhoneStep(page: Page, phone: string): Promise<void> {
  await expect(stepHeading(page, 'Номер мобильного телефона')).toBeVisible();
  await field(page, 'Мобильный телефон').fill(phone);
  await page.getByRole('button', { name: 'Продолжить' }).click();
}

/** Types a code on a code step and confirms it. */
export async function enterCode(page: Page, code: string): Promise<void> {
  await field(page, 'Код подтверждения').fill(code);
  await page.getByRole('button', { name: 'Подтвердить' }).click();
}

export async function fillPersonStep(page: Page, account: NewAccount, { submit = true } = {}): Promise<void> {
  await expect(stepHeading(page, 'Личные данные')).toBeVisible();
  // The radio first: a click right after leaving a wrong date can miss it (see account-register.spec.ts).
  await page.getByRole('radio', { name: account.gender }).check();
  await field(page, 'Фамилия').fill(account.surname);
  await field(page, 'Имя').fill(account.name);
  await field(page, 'Отчество').fill(account.patronymic);
  await field(page, 'Дата рождения').fill(account.birthDate);
  await field(page, 'Электронная почта').fill(account.email);
  if (submit) await page.getByRole('button', { name: 'Продолжить' }).click();
}

export async function fillPasswordStep(page: Page, password: string, repeat = password, { submit = true } = {}): Promise<void> {
  await expect(stepHeading(page, 'Пароль')).toBeVisible();
  await field(page, 'Пароль').fill(password);
  await field(page, 'Пароль ещё раз').fill(repeat);
  if (submit) await page.getByRole('button', { name: 'Продолжить' }).click();
}

export const consentBox = (page: Page) => page.getByRole('checkbox', { name: 'Я согласен(на) на обработку персональных данных' });

/** From /register to the profile page, reading the SMS code from the simulated inbox. */
export async function registerViaUi(page: Page, overrides: Partial<NewAccount> = {}): Promise<NewAccount> {
  const account = newAccount(overrides);
  await openApp(page, '/register');
  await fillPhoneStep(page, account.phone);
  await expect(stepHeading(page, 'Код из SMS')).toBeVisible();
  await enterCode(page, await readCode(page, account.phone));
  await fillPersonStep(page, account);
  await fillPasswordStep(page, account.password);
  await expect(stepHeading(page, 'Согласие')).toBeVisible();
  await consentBox(page).check();
  await page.getByRole('button', { name: 'Создать учётную запись' }).click();
  await expectProfile(page, account);
  return account;
}

/** The profile page of `account`: its full name as the page heading, «Профиль» in the header. */
export async function expectProfile(page: Page, account: NewAccount): Promise<void> {
  await expect(page).toHaveURL(/\/profile(\?|$)/);
  await expect(page.getByRole('heading', { level: 1, name: `${account.surname} ${account.name} ${account.patronymic}` })).toBeVisible();
  await expect(headerProfile(page)).toBeVisible();
}

// ---- Sign-in ----------------------------------------------------------------------------------

/** The sign-in form's failure line: an alert region that stays in the page, empty until a failure. */
export const loginFailure = (page: Page): Locator =>
  page
    .locator('main')
    .getByRole('alert')
    .filter({ hasNot: page.getByRole('heading', { name: 'Исправьте ошибки' }) });

/** Fills the sign-in form on /login and submits it; does not wait for the outcome. */
export async function submitLogin(page: Page, login: string, password: string): Promise<void> {
  if (!/\/login$/.test(new URL(page.url()).pathname)) await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
  await field(page, 'Логин').fill(login);
  await field(page, 'Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

export async function signIn(page: Page, login: string, account: NewAccount, password = account.password): Promise<void> {
  await submitLogin(page, login, password);
  await expectProfile(page, account);
}

/** «Выйти» on the profile page; back on «Вход» with «Войти» in the header. */
export async function signOut(page: Page): Promise<void> {
  await headerProfile(page).click();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(headerSignIn(page)).toBeVisible();
}

// ---- E-mail confirmation (issue 19.11) ----------------------------------------------------------

export const emailSection = (page: Page) => page.getByRole('region', { name: 'Электронная почта' });
export const EMAIL_UNCONFIRMED =
  'Адрес электронной почты не подтверждён, поэтому по нему нельзя войти или восстановить пароль. Используйте номер телефона, а почту подтвердите в профиле.';

/** On «Профиль»: «Подтвердить e-mail», the code from the letter, and the address reads «подтверждён». */
export async function confirmEmailViaUi(page: Page, email: string): Promise<void> {
  const section = emailSection(page);
  const after = await lastMessageId(page, email);
  await section.getByRole('button', { name: 'Подтвердить e-mail' }).click();
  await expect(field(page, 'Код подтверждения')).toBeFocused();
  await enterCode(page, await readCode(page, email, { after }));
  await expect(section.getByText('Адрес электронной почты подтверждён: теперь по нему можно войти и восстановить пароль.')).toBeVisible();
  await expect(section.getByText('адрес подтверждён', { exact: true })).toBeVisible();
}

/** Another person's account on `phone`, made through the API without touching this page's session. */
export async function registerOtherByApi(page: Page, phone: string, email: string): Promise<void> {
  const start = await api<{ flowId: string }>(page, 'POST', '/api/auth/register', { phone });
  expect(start.status).toBe(201);
  const code = await readCode(page, phone);
  expect((await api(page, 'POST', '/api/auth/register/verify', { flowId: start.body.flowId, code })).status).toBe(200);
  const person = { surname: 'Петров', name: 'Пётр', patronymic: '', birthDate: '01.02.1985', gender: 'male' };
  const done = await api(page, 'POST', '/api/auth/register/complete', {
    flowId: start.body.flowId,
    person,
    email,
    password: PASSWORD,
    consent: true,
  });
  expect(done.status).toBe(201);
}

// ---- Changing the phone (issue 19.16) ----------------------------------------------------------

export const phoneSection = (page: Page) => page.getByRole('region', { name: 'Мобильный телефон' });

/** «Забыли пароль?»: the login, «Продолжить», the choice of where the code goes (by its label's start), «Получить код». */
export async function startResetViaUi(page: Page, login: string, choice: RegExp): Promise<void> {
  await field(page, 'Логин').fill(login);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByRole('radio', { name: choice }).check();
  await page.getByRole('button', { name: 'Получить код' }).click();
}
