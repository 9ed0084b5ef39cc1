// One-time codes for registration, the second factor and password reset: issue, resend after a
// cool-down, verify with a limited number of tries. All times are simulated.
import {
  CODE_LENGTH,
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_COOLDOWN_MS,
  CODE_TTL_MS,
  maskEmail,
  maskPhone,
  type CodeTicket,
} from '../../domain/account';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { CodePurpose, CodeRow } from '../rows';
import { deliver } from './inbox';
import { codeMessage } from './messages';

function randomCode(): string {
  const digits = crypto.getRandomValues(new Uint32Array(CODE_LENGTH));
  return Array.from(digits, (n) => String(n % 10)).join('');
}

export function randomId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

function maskTarget(target: string): string {
  if (/^\+7\d{10}$/.test(target)) return maskPhone(target);
  if (target.includes('@')) return maskEmail(target);
  return '—';
}

function ticketOf(row: CodeRow, now: number): CodeTicket {
  return {
    flowId: row.id,
    channel: row.channel,
    sentTo: maskTarget(row.target),
    expiresAt: row.expiresAt,
    resendAt: row.issuedAt + CODE_RESEND_COOLDOWN_MS,
    now,
  };
}

async function send(ctx: RequestContext, row: CodeRow): Promise<void> {
  const { subject, body } = codeMessage(row.purpose, row.code);
  await deliver(ctx, row.channel === 'sms' ? { channel: 'sms', to: row.target, body } : { channel: 'email', to: row.target, subject, body });
}

/** Starts a flow and sends its code; with send: false the flow exists but nothing is delivered. */
export async function issueCode(
  ctx: RequestContext,
  flow: Pick<CodeRow, 'purpose' | 'channel' | 'target'> & Partial<CodeRow>,
  { send: deliverIt = true } = {},
): Promise<CodeTicket> {
  const row: CodeRow = {
    id: randomId(),
    code: randomCode(),
    issuedAt: ctx.now,
    expiresAt: ctx.now + CODE_TTL_MS,
    attempts: 0,
    verified: false,
    ...flow,
  };
  await ctx.db.codes.put(row);
  if (deliverIt) await send(ctx, row);
  return ticketOf(row, ctx.now);
}

export async function findFlow(ctx: RequestContext, flowId: string, purpose?: CodePurpose): Promise<CodeRow> {
  const row = await ctx.db.codes.get(flowId);
  if (!row || (purpose && row.purpose !== purpose)) throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  return row;
}

export async function resendCode(ctx: RequestContext, flowId: string): Promise<CodeTicket> {
  const row = await findFlow(ctx, flowId);
  const resendAt = row.issuedAt + CODE_RESEND_COOLDOWN_MS;
  if (ctx.now < resendAt) {
    throw new ApiError(429, 'resend_too_soon', 'A new code can be requested later', undefined, { retryAt: resendAt });
  }
  const next: CodeRow = { ...row, code: randomCode(), issuedAt: ctx.now, expiresAt: ctx.now + CODE_TTL_MS, attempts: 0, verified: false };
  await ctx.db.codes.put(next);
  if (next.accountId || next.purpose !== 'reset') await send(ctx, next);
  return ticketOf(next, ctx.now);
}

/** Checks a code; a wrong one costs a try, and the last try burns the code until a resend. */
export async function verifyCode(ctx: RequestContext, flowId: string, code: string, purpose: CodePurpose): Promise<CodeRow> {
  const row = await findFlow(ctx, flowId, purpose);
  if (row.verified) return row;
  if (row.attempts >= CODE_MAX_ATTEMPTS) {
    throw new ApiError(429, 'code_attempts_exceeded', 'Too many wrong codes; request a new one', { code: 'code_attempts_exceeded' });
  }
  if (ctx.now > row.expiresAt) throw new ApiError(410, 'code_expired', 'The code has expired', { code: 'code_expired' });
  if (code !== row.code) {
    const attempts = row.attempts + 1;
    await ctx.db.codes.update(row.id, { attempts });
    const left = CODE_MAX_ATTEMPTS - attempts;
    if (left === 0) throw new ApiError(429, 'code_attempts_exceeded', 'Too many wrong codes; request a new one', { code: 'code_attempts_exceeded' });
    throw new ApiError(422, 'code_wrong', 'The code is wrong', { code: 'code_wrong' }, { attemptsLeft: left });
  }
  const verified = { ...row, verified: true };
  await ctx.db.codes.put(verified);
  return verified;
}

/** A flow whose code was verified; anything else is refused. */
export async function verifiedFlow(ctx: RequestContext, flowId: string, purpose: CodePurpose): Promise<CodeRow> {
  const row = await findFlow(ctx, flowId, purpose);
  if (!row.verified) throw new ApiError(403, 'unauthorized', 'Confirm the code first');
  return row;
}
