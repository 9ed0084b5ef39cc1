// Page helpers for the profile specs: a citizen signed up through the API (the registration pages have
// their own spec), calls to the mock backend with the session's token, and the «Мои данные» form.
import { expect, type Locator, type Page } from '@playwright/test';
import { api, openApp, qaInbox } from './app';

export const CITIZEN = {
  phone: '+79123456789',
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '05.03.1990',
  email: 'ivanova@example.ru',
  password: 'Zelenyj#Sad7',
} as const;

export const PASSPORT = {
  series: '4508',
  number: '123456',
  issueDate: '12.04.2010',
  issuedBy: 'ОВД района Хамовники г. Москвы',
  divisionCode: '770-001',
} as const;
export const SNILS = '112-233-445 95';
export const BAD_SNILS = '112-233-445 96';
export const INN = '500100732259';
export const BAD_INN = '500100732258';
export const ADDRESS = { region: 'Москва', city: 'Москва', street: 'улица Тверская', house: '7', postalIndex: '125009' } as const;

export const MINUTE_MS = 60_000;
export const fixture = (name: string) => new URL(`../../fixtures/files/${name}`, import.meta.url).pathname;

/** Calls the mock backend from inside the page with the signed-in session's token. */
export async function callApi<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers: Record<string, string> = { Authorization: `Bearer ${sessionStorage.getItem('okno.session') ?? ''}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    },
    { method, path, body },
  );
}

/**
 * Registers CITIZEN through the API (phone → SMS code → person, password, consent), keeps the session
 * token where the app keeps it and opens `path` signed in.
 */
export async function signUpCitizen(page: Page, path = '/profile'): Promise<void> {
  await openApp(page, '/');
  const start = await api<{ flowId: string }>(page, 'POST', '/api/auth/register', { phone: CITIZEN.phone });
  expect(start.status).toBe(201);
  const { flowId } = start.body;
  const sms = await qaInbox(page, `channel=sms&to=${encodeURIComponent(CITIZEN.phone)}`);
  const code = /\b(\d{6})\b/.exec(sms[0]?.body ?? '')?.[1];
  expect(code, 'the registration code in the simulated SMS').toMatch(/^\d{6}$/);
  expect((await api(page, 'POST', '/api/auth/register/verify', { flowId, code })).status).toBe(200);
  const { surname, name, patronymic, birthDate, email, password } = CITIZEN;
  const done = await api<{ token: string }>(page, 'POST', '/api/auth/register/complete', {
    flowId,
    person: { surname, name, patronymic, birthDate, gender: 'female' },
    email,
    password,
    consent: true,
  });
  expect(done.status).toBe(201);
  await page.evaluate((token) => sessionStorage.setItem('okno.session', token), done.body.token);
  await page.goto(path);
}

/** Saves passport, SNILS and INN through the API, as «Мои данные» would: the account becomes «Стандартная». */
export async function saveProfileByApi(page: Page, extra: Record<string, unknown> = {}): Promise<void> {
  const { surname, name, patronymic, birthDate, phone, email } = CITIZEN;
  const saved = await callApi<{ account: { identityLevel: string } }>(page, 'PUT', '/api/me/profile', {
    surname,
    name,
    patronymic,
    birthDate,
    gender: 'female',
    phone,
    email,
    passport: PASSPORT,
    snils: SNILS,
    inn: INN,
    ...extra,
  });
  expect(saved.status).toBe(200);
  expect(saved.body.account.identityLevel).toBe('standard');
}

/** Simulated minutes pass on the server's clock (the page's own timers keep real time). */
export async function advanceClock(page: Page, ms: number): Promise<void> {
  expect((await api(page, 'POST', '/api/_sim/clock', { advanceMs: ms })).status).toBe(200);
}

// ---- «Мои данные» ------------------------------------------------------------------------------

/** A field of the form by its exact label («Имя» is also part of other labels). */
export const field = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });
export const registrationAddress = (page: Page) => page.getByRole('group', { name: 'Адрес регистрации' });
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Сохранить', exact: true });
export const errorSummary = (page: Page) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Исправьте ошибки' }) });

/** Opens «Мои данные» and waits until the form holds the saved profile. */
export async function openProfileData(page: Page): Promise<void> {
  if (new URL(page.url()).pathname !== '/profile/data') await page.goto('/profile/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Мои данные' })).toBeVisible();
  await expect(field(page, 'Фамилия')).toHaveValue(CITIZEN.surname);
}

export async function fillPassport(page: Page, passport: Partial<Record<keyof typeof PASSPORT, string>> = {}): Promise<void> {
  const values = { ...PASSPORT, ...passport };
  await field(page, 'Серия паспорта').fill(values.series);
  await field(page, 'Номер паспорта').fill(values.number);
  await field(page, 'Дата выдачи').fill(values.issueDate);
  await field(page, 'Кем выдан').fill(values.issuedBy);
  await field(page, 'Код подразделения').fill(values.divisionCode);
}

export async function fillRegistrationAddress(page: Page, address: Partial<Record<keyof typeof ADDRESS, string>> = ADDRESS): Promise<void> {
  const group = registrationAddress(page);
  const labels: Record<keyof typeof ADDRESS, string> = {
    region: 'Регион',
    city: 'Город или населённый пункт',
    street: 'Улица',
    house: 'Дом',
    postalIndex: 'Почтовый индекс',
  };
  for (const [part, value] of Object.entries(address)) await field(group, labels[part as keyof typeof ADDRESS]).fill(value);
}

/** Escapes text for a RegExp, to look for a message inside a longer accessible description. */
export const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
