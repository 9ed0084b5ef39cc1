// The operator console from a spec: sign this tab in with the stand's PIN, as staff do.
import { expect, type Page } from '@playwright/test';
import { api, openApp, QA_PIN } from './app';

/**
 * Signs this tab in to /operator and waits until the console shows its queue, so the staff token is
 * stored before the spec moves on (the PIN check is deliberately slow). The stand's PIN is set first
 * only when it has none (QA's inbox read may have set it already).
 */
export async function signInOperator(page: Page, pin = QA_PIN): Promise<void> {
  await openApp(page, '/operator');
  const state = await api<{ set: boolean }>(page, 'GET', '/api/_sim/operator');
  if (!state.body.set) expect((await api(page, 'POST', '/api/_sim/operator', { pin })).status).toBe(200);
  await page.getByLabel('ПИН оператора').fill(pin);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Очередь заявлений' })).toBeVisible();
}
