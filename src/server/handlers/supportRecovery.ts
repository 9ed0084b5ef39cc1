// Recovery through support (issue 19.12) for someone who lost every contact: the request from the reset
// page, the console's queue with what the account registry found for it, and the clerk's decision. An
// approved request sets a temporary password and sends it to the contact the person gave; it must be
// changed at the next sign-in. The answer always goes to that contact, never back to the page.
import { maskEmail } from '../../domain/account';
import { RecoveryDecisionSchema, SupportRecoverySchema, TEMPORARY_PASSWORD_TTL_MS, maskPhoneForReset } from '../../domain/recovery';
import { hashPassword } from '../../domain/password';
import { registerSuccess } from '../../domain/lockout';
import { randomId } from '../auth/codes';
import { deliver } from '../auth/inbox';
import { endSessionsOf } from '../auth/sessions';
import { temporaryPassword } from '../auth/temporaryPassword';
import { ApiError, json, readJson } from '../http';
import { audit, requireOperator } from '../operator';
import type { Handler, RequestContext } from '../router';
import type { AccountRow, RecoveryRequestRow } from '../rows';
import { recoveryMessages } from '../auth/recoveryMessages';

const masked = (contact: RecoveryRequestRow['contact']) => (contact.channel === 'sms' ? maskPhoneForReset(contact.to) : maskEmail(contact.to));
const fullName = (p: { surname: string; name: string; patronymic?: string }) => [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
const same = (a: string, b: string) => a.trim().toLocaleLowerCase('ru') === b.trim().toLocaleLowerCase('ru');

async function newNumber(ctx: RequestContext): Promise<string> {
  for (;;) {
    const number = String(10_000_000 + (crypto.getRandomValues(new Uint32Array(1))[0]! % 90_000_000));
    if (!(await ctx.db.recoveryRequests.where('number').equals(number).count())) return number;
  }
}

/** Messages about a request go to the contact given, tagged with the request's inbox token. */
async function tell(ctx: RequestContext, row: RecoveryRequestRow, message: { subject: string; body: string }, accountId?: string) {
  const base = { flowId: row.inbox, ...(accountId ? { accountId } : {}) };
  await deliver(
    ctx,
    row.contact.channel === 'sms'
      ? { channel: 'sms', to: row.contact.to, body: message.body, ...base }
      : { channel: 'email', to: row.contact.to, subject: message.subject, body: message.body, ...base },
  );
}

/** POST /api/auth/recovery-requests — anyone; the answer says only the number and where the reply will go. */
export const postRecoveryRequest: Handler = async (ctx) => {
  const input = await readJson(ctx.request, SupportRecoverySchema);
  const row: RecoveryRequestRow = {
    id: randomId(),
    number: await newNumber(ctx),
    inbox: randomId() + randomId(),
    createdAt: ctx.now,
    status: 'new',
    person: { surname: input.surname, name: input.name, patronymic: input.patronymic, birthDate: input.birthDate },
    contact: input.contact,
    ...(input.snils ? { snils: input.snils } : {}),
    ...(input.passportSeries && input.passportNumber ? { passport: { series: input.passportSeries, number: input.passportNumber } } : {}),
  };
  await ctx.db.recoveryRequests.add(row);
  await tell(ctx, row, recoveryMessages.received(row.number));
  return json({ number: row.number, sentTo: masked(row.contact), inbox: row.inbox }, 201);
};

/** The one account whose saved name, birth date and SNILS or passport match the request; none when unsure. */
async function matchOf(ctx: RequestContext, row: RecoveryRequestRow): Promise<AccountRow | null> {
  const found = await ctx.db.accounts
    .filter((account) => {
      const p = account.profile;
      const documentMatches =
        (row.snils !== undefined && account.snils === row.snils) ||
        (row.passport !== undefined && p?.passport?.series === row.passport.series && p.passport.number === row.passport.number);
      return (
        documentMatches &&
        same(account.person.surname, row.person.surname) &&
        same(account.person.name, row.person.name) &&
        account.person.birthDate === row.person.birthDate
      );
    })
    .toArray();
  return found.length === 1 ? found[0]! : null;
}

async function consoleItem(ctx: RequestContext, row: RecoveryRequestRow) {
  const match = row.status === 'new' ? await matchOf(ctx, row) : null;
  return {
    id: row.id,
    number: row.number,
    createdAt: row.createdAt,
    status: row.status,
    name: fullName(row.person),
    birthDate: row.person.birthDate,
    document: [row.snils && `СНИЛС ${row.snils}`, row.passport && `паспорт ${row.passport.series} ${row.passport.number}`].filter(Boolean).join(', '),
    contact: row.contact.to,
    match: match ? { name: fullName(match.person), phone: maskPhoneForReset(match.phone) } : null,
  };
}

/** GET /api/operator/recovery-requests — the open requests first, then the decided ones, newest first. */
export const getRecoveryQueue: Handler = async (ctx) => {
  await requireOperator(ctx);
  const rows = (await ctx.db.recoveryRequests.toArray()).sort(
    (a, b) => Number(a.status !== 'new') - Number(b.status !== 'new') || b.createdAt - a.createdAt,
  );
  return json({ requests: await Promise.all(rows.slice(0, 200).map((row) => consoleItem(ctx, row))) });
};

/** POST /api/operator/recovery-requests/:id — approve (a temporary password to the contact) or refuse. */
export const postRecoveryDecision: Handler = async (ctx) => {
  await requireOperator(ctx);
  const { decision } = await readJson(ctx.request, RecoveryDecisionSchema);
  const row = await ctx.db.recoveryRequests.get(ctx.params.id ?? '');
  if (!row) throw new ApiError(404, 'not_found', 'No such request');
  if (row.status !== 'new') throw new ApiError(409, 'conflict', 'The request is decided already');
  if (decision === 'refuse') {
    const refused: RecoveryRequestRow = { ...row, status: 'refused', decidedAt: ctx.now };
    await ctx.db.transaction('rw', ctx.db.recoveryRequests, ctx.db.inbox, ctx.db.changes, async () => {
      await ctx.db.recoveryRequests.put(refused);
      await tell(ctx, row, recoveryMessages.refused(row.number));
    });
    await audit(ctx, { action: 'recovery_decided', detail: `refuse ${row.number}` });
    return json(await consoleItem(ctx, refused));
  }
  const account = await matchOf(ctx, row);
  if (!account) throw new ApiError(409, 'recovery_no_match', 'No single account matches the request');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const approved: RecoveryRequestRow = { ...row, status: 'approved', decidedAt: ctx.now, accountId: account.id };
  await ctx.db.transaction('rw', [ctx.db.recoveryRequests, ctx.db.accounts, ctx.db.sessions, ctx.db.inbox, ctx.db.changes], async () => {
    await ctx.db.accounts.update(account.id, {
      passwordHash,
      lockout: registerSuccess(),
      temporaryPassword: { issuedAt: ctx.now, expiresAt: ctx.now + TEMPORARY_PASSWORD_TTL_MS, requestNumber: row.number },
    });
    await endSessionsOf(ctx, account.id);
    await ctx.db.recoveryRequests.put(approved);
    await tell(ctx, row, recoveryMessages.approved(row.number, password, ctx.now + TEMPORARY_PASSWORD_TTL_MS), account.id);
  });
  await audit(ctx, { action: 'recovery_decided', accountId: account.id, detail: `approve ${row.number}` });
  return json(await consoleItem(ctx, approved));
};
