// POST /api/_sim/seed: creates the demo citizen (demoData.ts) with a lived-in history in one click.
// Idempotent: when an account with the demo phone or e-mail exists, it is answered as it is (200,
// created: false) and nothing is added — a visitor may have changed its password meanwhile.
import * as v from 'valibot';
import { DEFAULT_INACTIVITY_MIN } from '../../domain/account';
import { DEFAULT_NOTIFICATION_PREFS } from '../../domain/notifications';
import { hashPassword } from '../../domain/password';
import { createProfileSchema } from '../../domain/profile';
import { referenceNumber } from '../../domain/referenceNumber';
import { registerSuccess } from '../../domain/lockout';
import { randomId } from '../auth/codes';
import { deliver } from '../auth/inbox';
import { identityConfirmedMessage, welcomeMessage } from '../auth/messages';
import { DEMO_CITIZEN, demoProfileInput, planDemoCases } from '../demoData';
import { json } from '../http';
import { settleCases } from '../lifecycle';
import { seedDemoRatings } from '../ratings/demoRatings';
import { publishDemoNews } from '../news/demoNews';
import type { Handler, RequestContext } from '../router';
import type { AccountRow, CaseRow } from '../rows';

const DAY = 86_400_000;
/** How long before the seed the demo account was opened and confirmed: older than its first case. */
const ACCOUNT_AGE_MS = 75 * DAY;
const CONFIRMED_AGE_MS = 70 * DAY;

async function findDemo(ctx: RequestContext): Promise<AccountRow | undefined> {
  return (
    (await ctx.db.accounts.where('phone').equals(DEMO_CITIZEN.phone).first()) ?? ctx.db.accounts.where('email').equals(DEMO_CITIZEN.email).first()
  );
}

async function answer(ctx: RequestContext, account: AccountRow, created: boolean): Promise<Response> {
  const cases = await ctx.db.cases.where('[accountId+updatedAt]').between([account.id, -Infinity], [account.id, Infinity]).count();
  return json({ phone: account.phone, email: account.email, password: DEMO_CITIZEN.password, cases, created }, created ? 201 : 200);
}

function demoAccount(ctx: RequestContext, passwordHash: AccountRow['passwordHash']): AccountRow {
  const profile = v.parse(createProfileSchema(new Date(ctx.now).toISOString()), demoProfileInput());
  return {
    id: randomId(),
    phone: profile.phone,
    email: profile.email,
    snils: profile.snils,
    ...(profile.inn ? { inn: profile.inn } : {}),
    person: {
      surname: profile.surname,
      name: profile.name,
      patronymic: profile.patronymic ?? '',
      birthDate: profile.birthDate,
      gender: profile.gender,
    },
    passwordHash,
    identityLevel: 'confirmed',
    twoFactor: false,
    inactivityMinutes: DEFAULT_INACTIVITY_MIN,
    lockout: registerSuccess(),
    createdAt: ctx.now - ACCOUNT_AGE_MS,
    // Her address was confirmed long ago: sign-in and recovery by e-mail work for her.
    emailConfirmedAt: ctx.now - ACCOUNT_AGE_MS,
    profile,
    // News on (in the app and by e-mail), so the demo shows the portal's news in her notices.
    notifications: { ...DEFAULT_NOTIFICATION_PREFS, news: { inapp: true, sms: false, email: true, push: false } },
    identity: { method: 'signature', confirmedAt: ctx.now - CONFIRMED_AGE_MS },
  };
}

/** The planned number unless a case already has it (another seed after a reset, say); then a fresh one. */
async function freeNumber(ctx: RequestContext, row: CaseRow): Promise<string> {
  let number = row.number;
  while (await ctx.db.cases.where('number').equals(number).count()) {
    number = referenceNumber(new Date(row.submittedAt).getUTCFullYear(), Math.random);
  }
  return number;
}

export const postSeed: Handler = async (ctx) => {
  const existing = await findDemo(ctx);
  if (existing) return answer(ctx, existing, false);
  // PBKDF2 (about half a second) runs once, outside the transaction: WebCrypto would end it.
  const account = demoAccount(ctx, await hashPassword(DEMO_CITIZEN.password));
  const planned = planDemoCases(ctx.now, account.id);
  const stored = await ctx.db.transaction('rw', [ctx.db.accounts, ctx.db.cases, ctx.db.signins, ctx.db.inbox, ctx.db.changes], async () => {
    // Two presses at once: the second finds the first one's citizen here and adds nothing.
    const raced = await findDemo(ctx);
    if (raced) return { account: raced, created: false };
    await ctx.db.accounts.add(account);
    await ctx.recordChange('account', account.id, 'put', account.id);
    const welcome = welcomeMessage(account.person.name);
    await deliver(ctx, { channel: 'email', to: account.email, ...welcome, accountId: account.id }, account.createdAt);
    const confirmed = identityConfirmedMessage();
    await deliver(ctx, { channel: 'email', to: account.email, ...confirmed, accountId: account.id }, account.identity!.confirmedAt!);
    for (const row of planned) {
      await ctx.db.cases.add({ ...row, number: await freeNumber(ctx, row) });
      await ctx.recordChange('case', row.id, 'put', row.accountId);
    }
    const signins = [40, 12, 3].map((days) => ({
      accountId: account.id,
      at: ctx.now - days * DAY,
      device: 'Chrome, Windows',
      method: 'phone' as const,
      ok: true,
    }));
    await ctx.db.signins.bulkAdd(signins);
    return { account, created: true };
  });
  if (stored.created) {
    // Settling brings every case to now and delivers its notices (in-app, SMS, e-mail) dated as they happened.
    const ids = planned.map((row) => row.id);
    const settled = await settleCases(ctx, async () => (await ctx.db.cases.bulkGet(ids)).filter((row): row is CaseRow => row !== undefined));
    await seedDemoRatings(ctx, settled);
    await publishDemoNews(ctx);
  }
  return answer(ctx, stored.account, stored.created);
};
