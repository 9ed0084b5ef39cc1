// Sessions: a random bearer token per sign-in, ended by «Выйти», by a password change, or after the
// account's inactivity timeout passes on the simulated clock.
import { UNKNOWN_DEVICE, type AccountView, type SessionGrant } from '../../domain/account';
import { DEFAULT_NOTIFICATION_PREFS } from '../../domain/notifications';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { AccountRow, SessionRow, SignInRow } from '../rows';
import { settleScan } from '../identity';
import { randomId } from './codes';
import { alertNewDevice } from './signinAlerts';

const MINUTE_MS = 60_000;

export function viewAccount(account: AccountRow): AccountView {
  const view: AccountView = {
    id: account.id,
    phone: account.phone,
    email: account.email,
    emailConfirmed: account.emailConfirmedAt !== undefined,
    person: account.person,
    identityLevel: account.identityLevel,
    twoFactor: account.twoFactor,
    authenticator: account.authenticator?.enabledAt !== undefined,
    inactivityMinutes: account.inactivityMinutes,
    notifications: account.notifications ?? DEFAULT_NOTIFICATION_PREFS,
    createdAt: account.createdAt,
  };
  if (account.snils) view.snils = account.snils;
  if (account.recovery?.phone) view.backupPhone = account.recovery.phone;
  if (account.recovery?.email) view.backupEmail = account.recovery.email;
  return view;
}

const idleExpiry = (account: AccountRow, session: SessionRow) => session.lastSeenAt + account.inactivityMinutes * MINUTE_MS;

export async function createSession(
  ctx: RequestContext,
  account: AccountRow,
  options: { remember: boolean; device: string; method: SignInRow['method'] },
): Promise<SessionGrant> {
  const session: SessionRow = {
    id: randomId() + randomId(),
    accountId: account.id,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    remember: options.remember,
    device: options.device,
  };
  await ctx.db.sessions.add(session);
  await alertNewDevice(ctx, account, options.device);
  await ctx.db.signins.add({ accountId: account.id, at: ctx.now, device: options.device, method: options.method, ok: true });
  return { token: session.id, account: viewAccount(account), idleExpiresAt: idleExpiry(account, session) };
}

function bearer(request: Request): string | null {
  const header = request.headers.get('Authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
}

/** The signed-in account of this request; refreshes the session's idle timer. */
export async function requireAccount(ctx: RequestContext): Promise<{ account: AccountRow; session: SessionRow }> {
  const token = bearer(ctx.request);
  const session = token ? await ctx.db.sessions.get(token) : undefined;
  if (!session) throw new ApiError(401, 'unauthorized', 'Sign in first');
  const stored = await ctx.db.accounts.get(session.accountId);
  if (!stored) throw new ApiError(401, 'unauthorized', 'Sign in first');
  const account = await settleScan(ctx, stored);
  // The ended session stays marked rather than deleted: requests already on their way with its token
  // (a background check, a page load) all hear «expired», never a misleading «sign in first».
  if (session.endedAt !== undefined || ctx.now > idleExpiry(account, session)) {
    if (session.endedAt === undefined) await ctx.db.sessions.put({ ...session, endedAt: ctx.now });
    throw new ApiError(401, 'session_expired', 'The session ended after inactivity');
  }
  // A background check from an idle page must not keep the session alive.
  if (ctx.request.headers.get('X-Okno-Background') === '1') return { account, session };
  // Read-modify-write in one step, never backwards: a request that began before a clock jump (which moves
  // every session's lastSeenAt forward) must not put its older time back and end the session.
  await ctx.db.sessions.update(session.id, (row) => void (row.lastSeenAt = Math.max(row.lastSeenAt, ctx.now)));
  return { account, session: { ...session, lastSeenAt: Math.max(session.lastSeenAt, ctx.now) } };
}

export function deviceOf(request: Request): string {
  return (request.headers.get('X-Okno-Device') ?? '').slice(0, 80) || UNKNOWN_DEVICE;
}

export async function endSessionsOf(ctx: RequestContext, accountId: string): Promise<void> {
  await ctx.db.sessions.where('accountId').equals(accountId).delete();
}
