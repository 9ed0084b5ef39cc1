// Issue 17.9, the shared-stand story end to end: visitor A applies, pays and gets messages, then ends the
// visit with «Завершить сеанс и очистить устройство»; visitor B, on the same browser, tries every way
// back to A — history, A's addresses, the API without a session, the QA inbox, a password reset with A's
// code, the raw IndexedDB, Cache Storage and web storage — and, signed in as themself, A's ids.
import { expect, test, type Page } from '@playwright/test';
import { api, qaInbox } from '../pages/app';
import { enterCode, headerSignIn, registerViaUi, startResetViaUi } from '../pages/account';
import { confirmedCitizen, sendResidenceCertificate, storedDrafts } from '../pages/apply';
import { confirm3ds, GOOD_CARD, openFeeInvoice, payWithCard } from '../pages/pay';
import { callApi, CITIZEN } from '../pages/profile';
import { deviceLeftovers } from './leftovers';

// One long story (two sign-ups, an application, a payment, some 25 page loads): at load average 25 it
// outgrew 240 s; the limit is a hang guard, not a budget.
test.describe.configure({ timeout: 480_000 });

/** Anything on a page or in an answer that would give A away (not the formatted phone: the sign-up form's example is the same number). */
function marksOf(number: string): RegExp {
  return new RegExp([CITIZEN.surname, CITIZEN.email, '9123456789', number].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}

async function expectNothingOfA(page: Page, marks: RegExp, where: string): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await page.locator('body').innerText(), where).not.toMatch(marks);
}

test('visitor B on the same device cannot reach visitor A by any path', async ({ page, context }) => {
  const a = await test.step('visitor A signs up, applies, keeps a draft, pays and gets messages', async () => {
    await confirmedCitizen(page);
    const sent = await sendResidenceCertificate(page);
    await page.goto('/catalog/residence-certificate/apply');
    await page.getByLabel('О месте жительства — для визы и учёбы').check();
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect.poll(async () => (await storedDrafts(page)).length).toBeGreaterThan(0);
    const draftId = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('okno');
          open.onsuccess = () => {
            const all = open.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => (open.result.close(), resolve(all.result[0].id));
          };
        }),
    );
    const invoice = await openFeeInvoice(page);
    await confirm3ds(page, await payWithCard(page, GOOD_CARD));
    let receipt = '';
    await expect
      .poll(async () => (receipt = (await callApi<{ receipts: { id: string }[] }>(page, 'GET', '/api/payments/receipts')).body.receipts[0]?.id ?? ''))
      .not.toBe('');
    await page.goto('/inbox?channel=sms');
    await expect(page.getByRole('listitem').filter({ hasText: 'подписания заявления' }).first()).toBeVisible();
    const accountId = await page.evaluate(() => JSON.parse(sessionStorage.getItem('okno.account') ?? '{}').id as string);
    const registration = (await qaInbox(page, `channel=sms&to=${encodeURIComponent(CITIZEN.phone)}`)).find((m) => m.body.includes('регистрации'));
    const oldCode = /(\d{6})/.exec(registration?.body ?? '')?.[1] ?? '';
    expect(accountId && draftId && invoice && oldCode).toBeTruthy();
    return { ...sent, draftId, invoice, receipt, accountId, oldCode, marks: marksOf(sent.number) };
  });

  await test.step('A ends the visit and clears the device', async () => {
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Завершить сеанс и очистить устройство' }).click();
    await page.getByRole('dialog', { name: 'Очистить устройство?' }).getByRole('button', { name: 'Да, очистить' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(headerSignIn(page)).toBeVisible();
  });

  await test.step('B walks back and forward through the history: nothing of A shows', async () => {
    for (let i = 0; i < 6 && (await page.goBack()) !== null; i++) await expectNothingOfA(page, a.marks, `back #${i + 1}: ${page.url()}`);
    for (let i = 0; i < 6 && (await page.goForward()) !== null; i++) await expectNothingOfA(page, a.marks, `forward #${i + 1}: ${page.url()}`);
  });

  await test.step('B opens A’s addresses directly, signed out: each asks to sign in or shows nothing of A', async () => {
    for (const path of [
      `/applications/${a.id}`,
      `/pay/${a.invoice}`,
      `/payments/${a.receipt}`,
      `/catalog/residence-certificate/apply?draft=${a.draftId}`,
      '/applications',
      '/inbox?channel=sms',
      '/inbox?channel=email',
      '/notifications',
      '/profile/data',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNothingOfA(page, a.marks, path);
    }
  });

  await test.step('B calls the API without a session and the QA inbox without a staff session', async () => {
    expect((await api(page, 'GET', '/api/changes?since=0')).status).toBe(401);
    expect((await api(page, 'GET', `/api/applications/${a.id}`)).status).toBe(401);
    expect((await api(page, 'GET', '/api/inbox?channel=sms')).status).toBe(401);
    expect((await api(page, 'GET', '/api/_sim/inbox?channel=sms')).status).toBe(403);
  });

  await test.step('B tries a password reset of A’s account: the code cannot be read here, and A’s old code is refused', async () => {
    await page.goto('/reset');
    await startResetViaUi(page, CITIZEN.phone, /^SMS на телефон/);
    await expect(page.getByText('Если такая учётная запись есть, код уже отправлен.')).toBeVisible();
    const [inbox] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Открыть сообщения (симуляция телефона и почты)' }).click(),
    ]);
    await expect(inbox.getByText('Код отправлен на телефон владельца учётной записи')).toBeVisible();
    expect(await inbox.locator('body').innerText()).not.toMatch(/\b\d{6}\b/);
    await inbox.close();
    await enterCode(page, a.oldCode);
    await expect(page.getByText('Код неверный. Проверьте цифры в сообщении.').first()).toBeVisible();
    await expect(page.getByLabel('Новый пароль')).toHaveCount(0);
  });

  await test.step('the device holds no row, key, cache entry or stored value of A', async () => {
    expect(await deviceLeftovers(page, a.accountId, a.marks.source)).toEqual([]);
  });

  await test.step('B signs up and, signed in, reaches none of A’s ids', async () => {
    await registerViaUi(page, {
      phone: '+7 912 000-00-02',
      email: 'boris.petrov@mail.ru',
      surname: 'Петров',
      name: 'Борис',
      patronymic: 'Ильич',
      gender: 'Мужской',
    });
    for (const path of [
      `/applications/${a.id}`,
      `/pay/${a.invoice}`,
      `/payments/${a.receipt}`,
      '/applications',
      '/payments',
      '/inbox?channel=sms',
      '/inbox?channel=email',
      '/notifications',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNothingOfA(page, a.marks, `signed in as B: ${path}`);
    }
    for (const path of [
      '/api/changes?since=0',
      `/api/applications/${a.id}`,
      `/api/payments/invoices/${a.invoice}`,
      `/api/payments/receipts/${a.receipt}`,
      '/api/inbox?channel=sms',
    ]) {
      const { status, body } = await callApi(page, 'GET', path);
      const text = JSON.stringify(body);
      expect(status === 200 || status === 403 || status === 404, `${path}: ${status}`).toBe(true);
      expect(text, path).not.toMatch(a.marks);
      expect(text.includes(a.id) || text.includes(a.accountId), path).toBe(false);
    }
    expect(await deviceLeftovers(page, a.accountId, a.marks.source)).toEqual([]);
  });
});
