// Signing a submission with the account's own electronic signature (issue 19.5): the second way to
// confirm besides the SMS code; the case page names the key; another account cannot take the key over.
import { expect, test, type Page } from '@playwright/test';
import { api, qaInbox } from './pages/app';
import { confirmedCitizen, residenceCertificateToReview } from './pages/apply';
import { axeFindings } from './pages/axe';

const signingSms = async (page: Page) => (await qaInbox(page, 'channel=sms')).filter((m) => m.body.includes('подписания заявления')).length;

test('an application signed with the account key instead of the SMS code; the case page names the key', async ({ page }) => {
  test.setTimeout(150_000);
  await confirmedCitizen(page);
  await residenceCertificateToReview(page, 'electronic');
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение и отправка' })).toBeVisible();

  const ways = page.getByRole('group', { name: 'Как подтвердить отправку' });
  await expect(ways.getByLabel('Подтвердить кодом из SMS')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Получить код и отправить' })).toBeVisible();
  await ways.getByLabel('Подписать электронной подписью').check();
  const shown = page.getByText(/Отпечаток ключа: ([0-9A-F]{4} ){4}[0-9A-F]{4}\./);
  await expect(shown).toBeVisible();
  const fingerprint = /([0-9A-F]{4}(?: [0-9A-F]{4}){4})/.exec((await shown.textContent()) ?? '')![1]!;
  await expect(page.getByRole('button', { name: 'Получить код и отправить' })).toBeHidden();

  // Without the consent the signature is not made: the error summary says why.
  await page.getByRole('button', { name: 'Подписать и отправить' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: 'Чтобы продолжить, отметьте согласие с условиями.' })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.getByLabel(/Подтверждаю, что данные верны/).check();
  const before = await signingSms(page);
  await page.getByRole('button', { name: 'Подписать и отправить' }).click();
  await expect(page.getByText('Заявление отправлено.')).toBeVisible();
  expect(await signingSms(page)).toBe(before); // no code was needed

  const facts = page.locator('.facts');
  await expect(facts.getByText(`электронной подписью вашей учётной записи, ключ ${fingerprint}`)).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/paper-shots/signed-case.png', fullPage: true });

  // A second person signs in on the same device: the first person's key, still in this browser, cannot
  // become theirs, and what it signs for them is refused.
  const stolen = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('okno');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = await new Promise<{ kind: string; value: CryptoKeyPair }[]>((resolve) => {
      const request = db.transaction('keys').objectStore('keys').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const pair = rows.find((row) => row.kind === 'signature')!.value;
    const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
    (window as unknown as { stolenKey: CryptoKeyPair }).stolenKey = pair;
    return { kty: 'EC', crv: 'P-256', x, y };
  });
  const register = await api<{ token: string; flowId: string }>(page, 'POST', '/api/auth/register', { phone: '+79031112233' });
  const sms = await qaInbox(page, `channel=sms&to=${encodeURIComponent('+79031112233')}`);
  const code = /\b(\d{6})\b/.exec(sms[0]?.body ?? '')![1];
  await api(page, 'POST', '/api/auth/register/verify', { flowId: register.body.flowId, code });
  const second = await api<{ token: string }>(page, 'POST', '/api/auth/register/complete', {
    flowId: register.body.flowId,
    person: { surname: 'Петров', name: 'Олег', birthDate: '11.11.1985', gender: 'male' },
    email: 'petrov@example.ru',
    password: 'Zelenyj#Sad7',
    consent: true,
  });
  const answer = await page.evaluate(
    async ({ token, publicKey }) => {
      const call = (method: string, path: string, body: unknown) =>
        fetch(path, { method, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(
          async (r) => ({ status: r.status, body: await r.json() }),
        );
      const { challenge } = (await call('POST', '/api/me/signature-key/challenge', {})).body as { challenge: string };
      const pair = (window as unknown as { stolenKey: CryptoKeyPair }).stolenKey;
      const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(challenge)));
      const signature = btoa(String.fromCharCode(...raw))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
      return call('PUT', '/api/me/signature-key', { challenge, publicKey, signature });
    },
    { token: second.body.token, publicKey: stolen },
  );
  expect([answer.status, answer.body.error.code]).toEqual([409, 'key_taken']);
});
