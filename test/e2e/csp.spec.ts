// Every route of the app under the shipped Content-Security-Policy (src/prerender/csp.ts), loaded afresh
// (public pages from their prerendered HTML, the rest from shell.html): no `securitypolicyviolation`
// event and no «Refused to …» console error may appear — signed out, signed in as a citizen with an
// application, and signed in to the operator console. Routes with an id open a real one where the spec
// makes it cheaply (an application, an invoice), and an unknown id otherwise (its «not found» page).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SERVICES } from '../../src/domain/catalog/services';
import { CONTENT_SECURITY_POLICY } from '../../src/prerender/csp';
import { PUBLIC_ROUTES } from '../../src/prerender/publicRoutes';
import { confirmedCitizen, sendResidenceCertificate } from './pages/apply';
import { signInOperator } from './pages/operator';
import { openFeeInvoice } from './pages/pay';

test.describe.configure({ timeout: 240_000 });

const SIGNED_OUT = [
  ...PUBLIC_ROUTES,
  '/reset',
  '/reset/support',
  '/help/articles/selfhelp-file-refused',
  '/help/contacts',
  '/offices',
  '/inbox',
  '/demo',
  '/catalog/residence-certificate/apply',
  '/developers/api',
];
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
  '/offices/doctor',
  '/bookings',
  '/bookings/no-such-booking',
  '/fines',
  '/payments',
  '/payments/no-such-receipt',
  '/settings/storage',
  '/demo',
];
const OPERATOR = ['/operator', '/operator/appeals', '/operator/chats', '/operator/offices', '/operator/accounts', '/operator/news'];

/** Every address the features' route files declare ('/x/$id' as a pattern), read from their source. */
function declaredRoutes(): string[] {
  const features = new URL('../../src/features/', import.meta.url);
  const found = new Set<string>();
  for (const feature of readdirSync(features)) {
    let text = '';
    try {
      text = readFileSync(new URL(`${feature}/routes.tsx`, features), 'utf8');
    } catch {
      continue; // a feature without pages
    }
    for (const [, path] of text.matchAll(/'(\/[a-z][\w/$-]*)'/g)) found.add(path!);
  }
  return [...found];
}

test('every route the features declare is among the addresses loaded here', () => {
  // The citizen's test also opens a real application and its pay page (their ids are made there).
  const visited = [...SIGNED_OUT, ...CITIZEN, ...OPERATOR, '/applications/x', '/pay/x'];
  const missing = declaredRoutes().filter((route) => {
    const pattern = new RegExp(`^${route.replace(/\$\w+/g, '[^/]+')}$`);
    return !visited.some((path) => pattern.test(path));
  });
  expect(missing, 'add these addresses to a list above').toEqual([]);
});

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
  return page
    .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
    .then((found) => found.map((v) => `${path}: ${v}`));
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
  // The style sheet and the start script are inline (src/prerender/inlineStyle.ts), each allowed by its
  // own hash and nothing else.
  const html = (await response?.text()) ?? '';
  const sheet = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const start = /<script type="module" data-boot="[^"]+"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(sheet.length).toBeGreaterThan(1000);
  expect(start).toContain('import(boot)');
  const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  const policy = CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' 'sha256-${hash(sheet)}'`).replace(
    "script-src 'self'",
    `script-src 'self' 'sha256-${hash(start)}'`,
  );
  expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}"`);
  expect(html).not.toContain('rel="stylesheet"');
  // The same policy for a host's header, with frame-ancestors; `npm start` sends it with every page.
  const header = `${policy}; frame-ancestors 'none'`;
  expect(response?.headers()['content-security-policy']).toBe(header);
  expect((await (await page.request.get('/content-security-policy.txt')).text()).trim()).toBe(header);
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
