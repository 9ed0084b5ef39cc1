// Every route of the app under the shipped Content-Security-Policy (src/prerender/csp.ts), loaded afresh
// (public pages from their prerendered HTML, the rest from shell.html): no `securitypolicyviolation`
// event and no «Refused to …» console error may appear — signed out, signed in as a citizen with an
// application, and signed in to the operator console. Routes with an id open a real one where the spec
// makes it cheaply (an application, an invoice), and an unknown id otherwise (its «not found» page).
import { expect, test, type Page } from '@playwright/test';
import { SERVICES } from '../../src/domain/catalog/services';
import { CONTENT_SECURITY_POLICY } from '../../src/prerender/csp';
import { PUBLIC_ROUTES } from '../../src/prerender/publicRoutes';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { signInOperator } from './pages/operator';
import { openFeeInvoice } from './pages/pay';

test.describe.configure({ timeout: 240_000 });

const SIGNED_OUT = [...PUBLIC_ROUTES, '/reset', '/help/articles/selfhelp-file-refused', '/help/contacts', '/offices', '/inbox', '/demo', '/catalog/residence-certificate/apply'];
const CITIZEN = [
  '/profile',
  '/profile/data',
  '/profile/documents',
  '/profile/privacy',
  '/profile/identity',
  '/profile/security',
  '/profile/journal',
  '/profile/settings',
  '/inbox',
  '/catalog/residence-certificate/apply',
  '/applications',
  '/appeals',
  '/appeals/new',
  '/appeals/stats',
  '/appeals/disagree',
  '/appeals/no-such-appeal',
  '/notifications',
  '/offices',
  '/offices/book',
  '/bookings',
  '/bookings/no-such-booking',
  '/fines',
  '/payments',
  '/payments/no-such-receipt',
  '/settings/storage',
  '/demo',
];
const OPERATOR = ['/operator', '/operator/appeals', '/operator/chats'];

/** Violations are collected from the first byte of each document, before the app's scripts run. */
async function listen(page: Page): Promise<string[]> {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
      store.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return refused;
}

/** Loads `path` afresh, waits for its heading and settled content, and answers what the policy refused there. */
async function visit(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).then((found) => found.map((v) => `${path}: ${v}`));
}

/** Visits every address in turn; answers every refusal, each prefixed with its address. */
async function visitAll(page: Page, paths: readonly string[]): Promise<string[]> {
  const refused: string[] = [];
  for (const path of paths) refused.push(...(await visit(page, path)));
  console.log(`CSP: ${paths.length} addresses loaded, ${refused.length} refusals`);
  return refused;
}

test('the policy ships in the prerendered page and refuses nothing on the public routes, signed out', async ({ page }) => {
  const refused = await listen(page);
  const response = await page.goto('/verify');
  expect(await response?.text()).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
  expect(PUBLIC_ROUTES).toContain(`/catalog/${SERVICES[0]!.id}`);
  refused.push(...(await visitAll(page, SIGNED_OUT)));
  expect(refused).toEqual([]);
});

test('a signed-in citizen meets no refusal on any page, an application and a payment included', async ({ page }) => {
  const refused = await listen(page);
  await confirmedCitizen(page);
  const sent = await sendResidenceCertificate(page);
  const invoice = await openFeeInvoice(page);
  refused.push(...(await visitAll(page, [...CITIZEN, `/applications/${sent.id}`, `/pay/${invoice}`])));
  expect(refused).toEqual([]);
});

test('the operator console meets no refusal', async ({ page }) => {
  const refused = await listen(page);
  await signInOperator(page);
  refused.push(...(await visitAll(page, OPERATOR)));
  expect(refused).toEqual([]);
});
