// The operator console's key. The PIN is set on the demo page and changed only with the current one (or
// after a full reset of the stand); it is kept as a salted PBKDF2 hash like passwords, and wrong PINs lock
// the console for growing times on both clocks (the simulated one can be moved by anyone on the stand).
// A right PIN opens a staff session whose random token the console sends with every request.
import * as v from 'valibot';
import { INITIAL_LOCKOUT, isLocked, registerFailure } from '../domain/lockout';
import { OperatorPinSchema } from '../domain/operatorPin';
import { hashPassword, PasswordHashSchema, verifyPassword } from '../domain/password';
import { randomId } from './auth/codes';
import { ApiError } from './http';
import type { RequestContext } from './router';
import type { OperatorAuditRow, OperatorPinRow, StaffSessionRow } from './staff/rows';

export const OPERATOR_HEADER = 'X-Okno-Operator';
const PIN_KEY = 'operator-pin';
/** A console tab stays open this long in real time, then asks for the PIN again. */
export const STAFF_SESSION_MS = 8 * 60 * 60_000;

const LOCK = { ...INITIAL_LOCKOUT, realUntil: null };

async function readPin(ctx: RequestContext): Promise<OperatorPinRow | null> {
  const value = (await ctx.db.settings.get(PIN_KEY))?.value as Partial<OperatorPinRow> | undefined;
  // Anything else (the unsalted SHA-256 string of older versions) cannot be trusted: a stand reset sets it anew.
  return value && v.is(PasswordHashSchema, value.hash) ? { hash: value.hash, lockout: value.lockout ?? LOCK } : null;
}

export async function operatorPinSet(ctx: RequestContext): Promise<boolean> {
  return (await ctx.db.settings.get(PIN_KEY)) !== undefined;
}

export async function audit(ctx: RequestContext, row: Omit<OperatorAuditRow, 'at' | 'realAt'>): Promise<void> {
  await ctx.db.operatorAudit.add({ ...row, at: ctx.now, realAt: ctx.env.realNow() });
}

/**
 * Checks a PIN against the stored hash, counting failures. While locked it refuses without hashing, so a
 * brute force costs the attacker the lock times, whatever the clock says.
 */
async function checkPin(ctx: RequestContext, pin: string, refused: OperatorAuditRow['action']): Promise<void> {
  const stored = await readPin(ctx);
  if (!stored) throw new ApiError(403, 'operator_pin_unset', 'Set an operator PIN on the demo page first');
  const lock = stored.lockout;
  const realNow = ctx.env.realNow();
  if (isLocked(lock, ctx.now).locked || (lock.realUntil !== null && realNow < lock.realUntil)) {
    throw new ApiError(429, 'operator_locked', 'Too many wrong PINs: the console is locked', undefined, {
      until: new Date(Math.max(lock.lockedUntil ?? 0, ctx.now + Math.max(0, (lock.realUntil ?? 0) - realNow))).toISOString(),
    });
  }
  const ok = v.is(OperatorPinSchema, pin) && (await verifyPassword(pin, stored.hash));
  const next = ok ? LOCK : failed(lock, ctx.now, realNow);
  await ctx.db.settings.put({ key: PIN_KEY, value: { hash: stored.hash, lockout: next } satisfies OperatorPinRow });
  if (ok) return;
  await audit(ctx, { action: refused });
  throw new ApiError(403, 'operator_pin_wrong', 'Wrong operator PIN', undefined, { attemptsLeft: Math.max(0, 5 - next.failures) });
}

function failed(lock: OperatorPinRow['lockout'], now: number, realNow: number): OperatorPinRow['lockout'] {
  const next = registerFailure(lock, now);
  const span = next.lockedUntil !== null && next.lockedUntil !== lock.lockedUntil ? next.lockedUntil - now : 0;
  return { ...next, realUntil: span > 0 ? realNow + span : lock.realUntil };
}

/** Sets the first PIN, or changes it when the current one is given and right. */
export async function writeOperatorPin(ctx: RequestContext, pin: string, currentPin: string | undefined): Promise<void> {
  const existing = await operatorPinSet(ctx);
  if (existing) {
    if (currentPin === undefined)
      throw new ApiError(403, 'operator_pin_current_required', 'Changing the PIN needs the current one', { currentPin: 'required' });
    await checkPin(ctx, currentPin, 'pin_change_refused');
  }
  await ctx.db.settings.put({ key: PIN_KEY, value: { hash: await hashPassword(pin), lockout: LOCK } satisfies OperatorPinRow });
  // A changed PIN closes every open console.
  await ctx.db.staffSessions.clear();
  await audit(ctx, { action: existing ? 'pin_changed' : 'pin_set' });
}

/** Checks the PIN and opens a staff session: its token is what the console sends from now on. */
export async function openStaffSession(ctx: RequestContext, pin: string): Promise<StaffSessionRow> {
  await checkPin(ctx, pin, 'sign_in_refused');
  const row: StaffSessionRow = { id: randomId() + randomId(), createdAt: ctx.env.realNow(), expiresAt: ctx.env.realNow() + STAFF_SESSION_MS };
  await ctx.db.staffSessions.add(row);
  await audit(ctx, { action: 'sign_in' });
  return row;
}

/** Throws unless the request carries a live staff session token. */
export async function requireOperator(ctx: RequestContext): Promise<StaffSessionRow> {
  if (!(await operatorPinSet(ctx))) throw new ApiError(403, 'operator_pin_unset', 'Set an operator PIN on the demo page first');
  const token = ctx.request.headers.get(OPERATOR_HEADER) ?? '';
  const session = token.length >= 32 ? await ctx.db.staffSessions.get(token) : undefined;
  if (!session || ctx.env.realNow() >= session.expiresAt)
    throw new ApiError(403, 'operator_session_required', 'Sign in to the operator console with the PIN');
  return session;
}
