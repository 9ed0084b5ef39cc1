// One-time codes of the gateway (3-D Secure, mobile balance). They live on the attempt rather than in
// the auth `codes` table because auth/messages.ts words every CodePurpose and belongs to sign-in; the
// rules are the same: 6 digits, 5 simulated minutes, 3 tries, a new code after 60 seconds.
import {
  CODE_LENGTH,
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_COOLDOWN_MS,
  CODE_TTL_MS,
  maskPhone,
  type CodeTicket,
} from '../../domain/account';
import { formatMoney } from '../../domain/money';
import { deliver } from '../auth/inbox';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import { closedAttemptError } from './charge';
import type { AttemptCode, AttemptRow } from './rows';

export function newCode(target: string, now: number): AttemptCode {
  const code = Array.from(crypto.getRandomValues(new Uint32Array(CODE_LENGTH)), (n) => String(n % 10)).join('');
  return { code, target, issuedAt: now, expiresAt: now + CODE_TTL_MS, tries: 0 };
}

export function ticketOf(attempt: AttemptRow, now: number): CodeTicket {
  const code = attempt.code!;
  return { flowId: attempt.id, channel: 'sms', sentTo: maskPhone(code.target), expiresAt: code.expiresAt, resendAt: code.issuedAt + CODE_RESEND_COOLDOWN_MS, now };
}

/** The SMS a bank or an operator sends with the code, naming the amount so the payer sees what they approve. */
export async function sendCode(ctx: RequestContext, attempt: AttemptRow, amountKopecks: number): Promise<void> {
  const code = attempt.code!;
  const what = attempt.method === 'card' ? `Подтверждение оплаты ${formatMoney(amountKopecks)} картой ${attempt.detail}` : `Оплата ${formatMoney(amountKopecks)} со счёта телефона`;
  await deliver(ctx, { channel: 'sms', to: code.target, body: `${what}. Код: ${code.code}. Никому его не сообщайте.`, accountId: attempt.accountId, flowId: attempt.id });
}

/** Checks a code in one transaction (parallel guesses cannot share a try); throws the auth error codes. */
export async function verifyAttemptCode(ctx: RequestContext, attemptId: string, given: string): Promise<AttemptRow> {
  const outcome = await ctx.db.transaction('rw', ctx.db.attempts, async (): Promise<AttemptRow | ApiError> => {
    const attempt = await ctx.db.attempts.get(attemptId);
    const code = attempt?.code;
    if (!attempt || !code || attempt.status !== 'awaiting') return closedAttemptError(attempt);
    if (code.tries >= CODE_MAX_ATTEMPTS) return new ApiError(429, 'code_attempts_exceeded', 'Too many wrong codes; request a new one', { code: 'code_attempts_exceeded' });
    if (ctx.now > code.expiresAt) return new ApiError(410, 'code_expired', 'The code has expired', { code: 'code_expired' });
    if (given === code.code) return attempt;
    const tries = code.tries + 1;
    await ctx.db.attempts.update(attemptId, { code: { ...code, tries } });
    const left = CODE_MAX_ATTEMPTS - tries;
    return left === 0
      ? new ApiError(429, 'code_attempts_exceeded', 'Too many wrong codes; request a new one', { code: 'code_attempts_exceeded' })
      : new ApiError(422, 'code_wrong', 'The code is wrong', { code: 'code_wrong' }, { attemptsLeft: left });
  });
  if (outcome instanceof ApiError) throw outcome;
  return outcome;
}

/** A fresh code for a waiting attempt, not sooner than the cool-down after the last one. */
export async function resendAttemptCode(ctx: RequestContext, attempt: AttemptRow, amountKopecks: number): Promise<AttemptRow> {
  const code = attempt.code;
  if (!code || attempt.status !== 'awaiting') throw new ApiError(404, 'attempt_not_found', 'This payment is unknown or finished');
  const retryAt = code.issuedAt + CODE_RESEND_COOLDOWN_MS;
  if (ctx.now < retryAt) throw new ApiError(429, 'resend_too_soon', 'A new code can be requested later', undefined, { retryAt });
  const next: AttemptRow = { ...attempt, code: newCode(code.target, ctx.now), expiresAt: ctx.now + CODE_TTL_MS };
  await ctx.db.attempts.put(next);
  await sendCode(ctx, next, amountKopecks);
  return next;
}
