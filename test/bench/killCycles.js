// Crash-safe typing, measured as a phone kills an app: a signed-in citizen types an answer into a draft,
// and Chromium is killed with SIGKILL the moment the keystrokes are in (no unload, no visibilitychange);
// Chromium then starts again on the same profile and the draft is opened. Counts how many of the typed
// answers survived. Issue 11 asks for at least 95 % of 40 cycles.
// Run after `npm run build`: node test/bench/killCycles.js [cycles]   (npm run bench:kill)
// OKNO_KILL_SEALED=1 turns encryption at rest on first: the draft is sealed, and after each restart the
// lock screen is opened with the password before the draft is read.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { signUpInPage } from './measure.js';

const CYCLES = Number(process.argv[2] ?? 40);
const SEALED = process.env.OKNO_KILL_SEALED === '1';
const PORT = Number(process.env.OKNO_BENCH_PORT ?? 4196);
const DEBUG_PORT = PORT + 1000;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const FIELD = 'Отчество (если есть)';
const LETTERS = 'абвгдежзиклмнопрстуфхцчшэюя';
const PHONE = '+79990005566';
/** The password signUpInPage sets. */
const PASSWORD = 'Zelenyj#Sad7';

/** A Cyrillic answer the field accepts, different in every cycle. */
const answerFor = (i) => `Тест${Array.from(String(i).padStart(3, '0'), (d) => LETTERS[Number(d)]).join('')}овна`;

/** Starts Chromium on the profile and connects to it; `kill` ends it with SIGKILL, as an OS reclaims an app. */
async function start(profile) {
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profile}`, `--remote-debugging-port=${DEBUG_PORT}`, 'about:blank'], {
    stdio: 'ignore',
  });
  let browser;
  for (let tries = 0; !browser; tries++) {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${DEBUG_PORT}`).catch((error) => {
      if (tries > 100) throw error;
      return new Promise((resolve) => setTimeout(() => resolve(undefined), 100));
    });
  }
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? (await context.newPage());
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = () => {
    child.kill('SIGKILL');
    return exited;
  };
  /** Asks Chromium to shut down as a person closing it would (storage written out), and waits for it. */
  const close = async () => {
    const session = await browser.newBrowserCDPSession();
    await session.send('Browser.close').catch(() => undefined);
    await exited;
  };
  return { page, kill, close };
}

/** A reload keeps sealed data locked until the password is given on the lock screen; `shown` is what the page shows unlocked. */
async function unlockIfSealed(page, shown) {
  if (!SEALED) return;
  const unlock = page.getByRole('button', { name: 'Открыть данные' });
  await shown.or(unlock).first().waitFor({ timeout: 30_000 });
  if (!(await unlock.isVisible())) return;
  await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
  await unlock.click();
}

async function openDraft(page, draftId) {
  await page.goto(`${ORIGIN}/catalog/residence-certificate/apply?draft=${draftId}`);
  const field = page.getByLabel(FIELD);
  await unlockIfSealed(page, field);
  await field.waitFor({ timeout: 30_000 }).catch(async (error) => {
    await page.screenshot({ path: join(tmpdir(), 'okno-kill-draft.png') });
    throw error;
  });
  return field;
}

export async function measureKillCycles(cycles = CYCLES) {
  const profile = mkdtempSync(join(tmpdir(), 'okno-kill-'));
  const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'error' });
  let stop = async () => {};
  try {
    // A remembered sign-in (the token in localStorage, as «Запомнить меня» keeps it) and a draft at step 2.
    let { page, kill, close } = await start(profile);
    stop = () => kill();
    const said = [];
    page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => said.push(`error: ${e.message}`));
    await page.goto(`${ORIGIN}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await signUpInPage(page, PHONE);
    await page.goto(`${ORIGIN}/login`);
    await page.getByLabel('Логин', { exact: true }).fill(PHONE);
    await page.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Запомнить меня').check();
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL(/\/profile/);
    // A confirmed identity, which the residence certificate asks for: a full profile, then the signature.
    const saved = await page.evaluate(async (phone) => {
      const response = await fetch('/api/me/profile', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('okno.session')}` },
        body: JSON.stringify({
          surname: 'Тестова',
          name: 'Анна',
          patronymic: '',
          birthDate: '01.02.1990',
          gender: 'female',
          phone,
          email: 'bench@example.ru',
          passport: {
            series: '4508',
            number: '123456',
            issueDate: '12.04.2010',
            issuedBy: 'ОВД района Хамовники г. Москвы',
            divisionCode: '770-001',
          },
          snils: '112-233-445 95',
          inn: '500100732259',
          registrationAddress: {
            country: 'Россия',
            region: 'город Москва',
            city: 'Москва',
            street: 'улица Тверская',
            house: '7',
            apartment: '12',
            postalIndex: '125009',
          },
        }),
      });
      return response.status;
    }, PHONE);
    if (saved !== 200) throw new Error(`profile not saved: ${saved}`);
    // Typing into a draft is work on the device, which does not keep the server session alive: 40 cycles
    // on a busy machine outlast the default 15 minutes of inactivity, so the set-up chooses 4 hours.
    const idle = await page.evaluate(async () => {
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('okno.session')}` };
      return (await fetch('/api/me/security', { method: 'PATCH', headers, body: JSON.stringify({ inactivityMinutes: 240 }) })).status;
    });
    if (idle !== 200) throw new Error(`inactivity not set: ${idle}`);
    await page.goto(`${ORIGIN}/profile/identity`);
    const sign = page.getByRole('button', { name: 'Подписать и подтвердить' });
    const confirmed = page.getByText(/^Личность подтверждена/).first();
    await sign.or(confirmed).first().waitFor({ timeout: 60_000 });
    if (await sign.isVisible()) await sign.click();
    await confirmed.waitFor({ timeout: 60_000 }).catch(async (error) => {
      await page.screenshot({ path: join(tmpdir(), 'okno-kill-identity.png') });
      console.error(said.join('\n'));
      throw error;
    });
    if (SEALED) {
      await page.goto(`${ORIGIN}/profile/security`);
      await page.getByLabel('Пароль от учётной записи').fill(PASSWORD);
      await page.getByRole('button', { name: 'Включить шифрование' }).click();
      await page.getByText('Шифрование включено: данные на устройстве перезаписаны').waitFor({ timeout: 60_000 });
    }
    await page.goto(`${ORIGIN}/catalog/residence-certificate/apply`);
    await unlockIfSealed(page, page.getByLabel('О месте жительства — для визы и учёбы'));
    await page.getByLabel('О месте жительства — для визы и учёбы').check();
    await page.getByLabel('Куда нужна справка').selectOption({ label: 'Для визы' });
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByLabel(FIELD).waitFor();
    const draftId = new URL(page.url()).searchParams.get('draft');
    if (!draftId) throw new Error(`no draft id in ${page.url()}`);
    // The set-up ends with a clean shutdown, so the sign-in and the draft are on disk before the first kill.
    await close();
    ({ page, kill } = await start(profile));
    stop = () => kill();
    let kept = 0;
    const lost = [];
    for (let i = 0; i < cycles; i++) {
      const answer = answerFor(i);
      const field = await openDraft(page, draftId);
      await field.fill(answer);
      await kill(); // the keystrokes are in; nothing else runs
      ({ page, kill } = await start(profile));
      stop = () => kill();
      const value = await (await openDraft(page, draftId)).inputValue();
      if (value === answer) kept += 1;
      else lost.push({ cycle: i, typed: answer, found: value });
    }
    return { cycles, kept, share: kept / cycles, lost };
  } finally {
    await stop(); // also when a step failed: a Chromium left behind would answer the next run's connection
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const result = await measureKillCycles();
  console.log(
    `kill cycles${SEALED ? ' (encrypted at rest)' : ''}: ${result.kept} of ${result.cycles} typed answers kept after SIGKILL (${Math.round(result.share * 100)} %)`,
  );
  for (const miss of result.lost) console.log(`  lost in cycle ${miss.cycle}: typed «${miss.typed}», found «${miss.found}»`);
  process.exit(result.share >= 0.95 ? 0 : 1);
}
