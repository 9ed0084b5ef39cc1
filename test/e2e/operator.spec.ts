// The operator console drives a citizen's case: the PIN is set on the demo page, the operator signs in
// (a wrong PIN is refused), finds the case by its number, accepts it, requests a document and rejects it;
// the citizen's side is checked through the API (the citizen's page is being rebuilt), axe on each view.
import { expect, test, type Page } from '@playwright/test';
import { api, expectHeading, qaInbox } from './pages/app';
import * as demo from './pages/demo';
import * as operator from './pages/operator';
import { callApi, CITIZEN, saveProfileByApi, signUpCitizen, SNILS } from './pages/profile';
import { expectNoViolations } from './pages/axe';

const PIN = '2468';

/** A signed-in citizen with a confirmed identity (the residence address is part of the profile). */
async function confirmedCitizen(page: Page): Promise<void> {
  await signUpCitizen(page, '/');
  await saveProfileByApi(page, {
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
}

interface CaseView {
  id: string;
  number: string;
  status: string;
  request?: { documents: string[]; comment?: string };
  rejection?: { reason: string; comment?: string };
  timeline: { status: string; comment?: string }[];
}

/** Sends a criminal-record certificate application through the API, signed with the SMS code. */
async function submitApplication(page: Page): Promise<CaseView> {
  const ticket = await callApi<{ flowId: string }>(page, 'POST', '/api/applications/code', {});
  expect(ticket.status).toBe(201);
  const sms = await qaInbox(page, 'channel=sms');
  const code = /подписания заявления[^\d]*(\d{6})/.exec(sms.find((m) => m.body.includes('подписания заявления'))?.body ?? '')?.[1];
  expect(code, 'the signing code in the simulated SMS').toMatch(/^\d{6}$/);
  const sent = await callApi<CaseView>(page, 'POST', '/api/applications', {
    draftId: crypto.randomUUID(),
    serviceId: 'criminal-record-certificate',
    answers: {
      purpose: 'work',
      surname: CITIZEN.surname,
      name: CITIZEN.name,
      patronymic: CITIZEN.patronymic,
      birthDate: CITIZEN.birthDate,
      birthPlace: 'г. Москва',
      snils: SNILS,
      hadOtherName: 'no',
      region: 'город Москва',
      city: 'Москва',
      street: 'улица Тверская',
      house: '7',
      postalIndex: '125009',
      phone: CITIZEN.phone,
      email: CITIZEN.email,
    },
    resultWay: 'electronic',
    flowId: ticket.body.flowId,
    code,
  });
  expect(sent.status).toBe(201);
  return sent.body;
}

const statusMessage = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test('the operator console drives a citizen’s case from «Отправлено» to a refusal', async ({ page }) => {
  test.setTimeout(90_000);

  // The PIN is set on the demo page: a malformed one is refused next to the field.
  await demo.open(page);
  const panel = demo.pinPanel(page);
  await expect(panel.getByText('ПИН ещё не задан: операторская закрыта.')).toBeVisible();
  await demo.saveOperatorPin(page, '12a');
  await expect(panel.getByText('ПИН состоит из 4–8 цифр, без букв и пробелов.')).toBeVisible();
  await expect(panel.getByLabel('Новый ПИН')).toBeFocused();
  await demo.saveOperatorPin(page, PIN);
  await expect(panel.getByText('ПИН оператора сохранён.')).toBeVisible();
  await expect(panel.getByText(/^ПИН задан\./)).toBeVisible();

  // Sign-in: the wrong PIN is refused in words, the right one opens the queue.
  await panel.getByRole('link', { name: 'Перейти в операторскую' }).click();
  await expectHeading(page, 'Операторская');
  await expectNoViolations(page, 'the sign-in form');
  await operator.enterPin(page, '1357');
  await expect(page.getByText('ПИН неверный. Проверьте цифры: после пяти ошибок операторская закрывается на время.')).toBeVisible();
  await expect(operator.pinField(page)).toBeFocused();
  await expectNoViolations(page, 'the sign-in form with a wrong PIN');
  await operator.enterPin(page, PIN);
  await expect(page.getByRole('heading', { level: 2, name: 'Очередь заявлений' })).toBeFocused();

  // A citizen sends an application the department handles by hand.
  await confirmedCitizen(page);
  expect((await api(page, 'POST', '/api/_sim/scenario', { scenario: 'manual' })).status).toBe(200);
  const submitted = await submitApplication(page);
  expect(submitted.status).toBe('sent');

  // The console (still signed in in this tab) finds it by a part of its number.
  await page.goto('/operator');
  await operator.findCase(page, submitted.number.slice(-4).toLowerCase());
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText('Найдено заявлений: 1')).toBeVisible();
  const row = operator.queueRow(page, submitted.number);
  await expect(row.getByText('Отправлено')).toBeVisible();
  await expect(row.getByText('Иванова Мария Петровна')).toBeVisible();
  await expect(row.getByText('Справка о наличии или отсутствии судимости')).toBeVisible();
  await expectNoViolations(page, 'the queue');

  await operator.openCase(page, submitted.number);
  await expect(page.getByText('Для работы')).toBeVisible();
  await expectNoViolations(page, 'the case panel');

  // Accept.
  await operator.accept(page);
  await expect(statusMessage(page, `Заявление № ${submitted.number} принято в работу.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Принять в работу' })).toHaveCount(0);

  // Request a document: with nothing ticked and a too long comment, both are named and nothing is lost.
  const comment = page.getByLabel('Комментарий для заявителя');
  await operator.requestDocuments(page, { comment: 'я'.repeat(501) });
  const summary = page.getByRole('alert').filter({ hasText: 'Исправьте ошибки' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  await expect(page.getByText('Отметьте хотя бы один документ, который должен прислать заявитель.').first()).toBeVisible();
  await expect(comment).toHaveValue('я'.repeat(501));
  // A change arriving from elsewhere refreshes the case but leaves the clerk where they are.
  await comment.focus();
  const refreshed = page.waitForResponse((response) => response.url().endsWith(`/api/operator/cases/${submitted.id}`));
  await page.evaluate(() => navigator.serviceWorker.dispatchEvent(new MessageEvent('message', { data: { type: 'changed' } })));
  await refreshed;
  await expect(page.getByRole('heading', { name: `Заявление № ${submitted.number}` })).toBeVisible();
  await expect(comment).toBeFocused();
  await expectNoViolations(page, 'the case panel with errors');
  const note = 'Приложите свидетельство о браке: фамилия в заявлении не совпадает с реестром.';
  await operator.fillDocumentRequest(page, { comment: note, documents: [/Документ о смене ФИО/] });
  await expect(page.getByLabel('Срок ответа, рабочих дней')).toHaveValue('3');
  await operator.requestDocuments(page, {});
  await expect(statusMessage(page, `Запрос документов по заявлению № ${submitted.number} отправлен заявителю.`)).toBeVisible();
  await expect(page.getByText(`Комментарий сотрудника: ${note}`)).toBeVisible();

  // The citizen sees it at once.
  const mine = await callApi<CaseView>(page, 'GET', `/api/applications/${submitted.id}`);
  expect(mine.status).toBe(200);
  expect(mine.body.status).toBe('documents_requested');
  expect(mine.body.request?.documents).toEqual(['name_change']);
  expect(mine.body.request?.comment).toBe(note);
  expect(mine.body.timeline.some((entry) => entry.status === 'documents_requested' && entry.comment === note)).toBe(true);

  // Reject with a reason.
  await operator.reject(page);
  await expect(page.getByText('Выберите причину отказа из списка.').first()).toBeVisible();
  await operator.reject(page, 'Данные заявления не совпадают с ведомственными реестрами');
  await expect(statusMessage(page, `По заявлению № ${submitted.number} отправлен отказ.`)).toBeVisible();
  await expect(page.getByText('В этом статусе у ведомства нет действий')).toBeVisible();
  const refused = await callApi<CaseView>(page, 'GET', `/api/applications/${submitted.id}`);
  expect(refused.body.status).toBe('rejected');
  expect(refused.body.rejection?.reason).toBe('data_mismatch');

  // Back to the queue: the case's link has the focus again; then leave the console.
  await operator.backToQueue(page);
  await expect(page.getByRole('link', { name: submitted.number })).toBeFocused();
  await expect(operator.queueRow(page, submitted.number).getByText('Отказано')).toBeVisible();
  await operator.signOut(page);
  await expect(page.getByText('Вы вышли из операторской.')).toBeVisible();
  await expect(operator.pinField(page)).toBeFocused();
  expect(await page.evaluate(() => sessionStorage.getItem('okno.operatorToken'))).toBeNull();
});
