// The one store of one-time codes: registration, the second factor, password reset, signing an
// application and confirming a payment (3-D Secure, mobile balance). Issue, resend after a cool-down,
// verify with a limited number of tries; what each kind says and how it behaves is data in
// codePurposes.ts. All times are simulated.
import { CODE_LENGTH, CODE_MAX_ATTEMPTS, CODE_RESEND_COOLDOWN_MS, CODE_TTL_MS, maskEmail, maskPhone, type CodeTicket } from '../../domain/account';
import { ApiError } from '../http';
import type { RequestContext } from '../router';
import type { CodeRow } from '../rows';
import { codeMessage, purposeRule, type CodeGroup, type CodePurpose } from './codePurposes';
import { deliver } from './inbox';

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
    // A reset shows the address as its choices did (the same for a login that does not exist).
    sentTo: row.values?.sentTo ?? maskTarget(row.target),
    expiresAt: row.expiresAt,
    resendAt: row.issuedAt + CODE_RESEND_COOLDOWN_MS,
    now,
  };
}

async function send(ctx: RequestContext, row: CodeRow): Promise<void> {
  const { subject, body } = codeMessage(row.purpose, row.code, row.values);
  const owner = { flowId: row.id, ...(row.accountId ? { accountId: row.accountId } : {}) };
  await deliver(
    ctx,
    row.channel === 'sms' ? { channel: 'sms', to: row.target, body, ...owner } : { channel: 'email', to: row.target, subject, body, ...owner },
  );
}

/**
 * Starts a flow and sends its code; with send: false the flow exists but nothing is delivered. For a
 * purpose that reuses open flows, while an unexpired flow of the same purpose and target is open it is
 * handed back instead (no new SMS), and a flow whose tries are used up is replaced only after the resend
 * cool-down: at most CODE_MAX_ATTEMPTS guesses per target per cool-down, however many flows are asked
 * for. A payment's code belongs to its attempt (flow.id is the attempt's id) and is always new.
 */
export async function issueCode(
  ctx: RequestContext,
  flow: Pick<CodeRow, 'purpose' | 'channel' | 'target'> & Partial<CodeRow>,
  { send: deliverIt = true } = {},
): Promise<CodeTicket> {
  const sameOpenFlow = (row: CodeRow) =>
    row.purpose === flow.purpose && row.target === flow.target && row.channel === flow.channel && !row.verified && ctx.now <= row.expiresAt;
  const open = purposeRule(flow.purpose).reuseOpen ? await ctx.db.codes.filter(sameOpenFlow).first() : undefined;
  if (open && open.attempts < CODE_MAX_ATTEMPTS && open.accountId === flow.accountId) return ticketOf(open, ctx.now);
  if (open && ctx.now < open.issuedAt + CODE_RESEND_COOLDOWN_MS) {
    throw new ApiError(429, 'resend_too_soon', 'A new code can be requested later', undefined, { retryAt: open.issuedAt + CODE_RESEND_COOLDOWN_MS });
  }
  if (open) await ctx.db.codes.delete(open.id);
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

/** A new code for a flow of the group asking (the account's resend never reaches a payment's code). */
export async function resendCode(ctx: RequestContext, flowId: string, group: CodeGroup): Promise<CodeTicket> {
  const row = await findFlow(ctx, flowId);
  if (purposeRule(row.purpose).group !== group || purposeRule(row.purpose).noMessage)
    throw new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished');
  const resendAt = row.issuedAt + CODE_RESEND_COOLDOWN_MS;
  if (ctx.now < resendAt) {
    throw new ApiError(429, 'resend_too_soon', 'A new code can be requested later', undefined, { retryAt: resendAt });
  }
  const next: CodeRow = { ...row, code: randomCode(), issuedAt: ctx.now, expiresAt: ctx.now + CODE_TTL_MS, attempts: 0, verified: false };
  await ctx.db.codes.put(next);
  if (next.accountId || !purposeRule(next.purpose).silentWithoutAccount) await send(ctx, next);
  return ticketOf(next, ctx.now);
}

/** How long a checked two-step flow may wait for its last step (filling in a form takes time). */
export const FLOW_COMPLETE_TTL_MS = 30 * 60_000;

type Check = { ok: true; row: CodeRow } | { ok: false; error: ApiError };

const exhausted = () => new ApiError(429, 'code_attempts_exceeded', 'Too many wrong codes; request a new one', { code: 'code_attempts_exceeded' });

/**
 * Checks a code; a wrong one costs a try, and the last try burns the code until a resend. The count is
 * read and written in one transaction, so parallel guesses cannot share a try.
 */
export async function verifyCode(
  ctx: RequestContext,
  flowId: string,
  code: string,
  purpose: CodePurpose,
  /** How the code is checked when it is not the one sent (the authenticator's); synchronous, inside the transaction. */
  matches: (row: CodeRow) => boolean = (row) => code === row.code,
): Promise<CodeRow> {
  const check = await ctx.db.transaction('rw', ctx.db.codes, async (): Promise<Check> => {
    const row = await ctx.db.codes.get(flowId);
    if (!row || row.purpose !== purpose || (row.verified && !purposeRule(purpose).twoStep)) {
      return { ok: false, error: new ApiError(404, 'flow_not_found', 'This confirmation is unknown or finished') };
    }
    if (row.verified)
      return ctx.now <= row.issuedAt + FLOW_COMPLETE_TTL_MS
        ? { ok: true, row }
        : { ok: false, error: new ApiError(410, 'code_expired', 'The code has expired', { code: 'code_expired' }) };
    if (row.attempts >= CODE_MAX_ATTEMPTS) return { ok: false, error: exhausted() };
    if (ctx.now > row.expiresAt) return { ok: false, error: new ApiError(410, 'code_expired', 'The code has expired', { code: 'code_expired' }) };
    if (!matches(row)) {
      const attempts = row.attempts + 1;
      await ctx.db.codes.update(row.id, { attempts });
      const left = CODE_MAX_ATTEMPTS - attempts;
      return {
        ok: false,
        error: left === 0 ? exhausted() : new ApiError(422, 'code_wrong', 'The code is wrong', { code: 'code_wrong' }, { attemptsLeft: left }),
      };
    }
    const verified = { ...row, verified: true };
    await ctx.db.codes.put(verified);
    return { ok: true, row: verified };
  });
  if (!check.ok) throw check.error;
  return check.row;
}

/** A flow whose code was verified; anything else is refused. */
export async function verifiedFlow(ctx: RequestContext, flowId: string, purpose: CodePurpose): Promise<CodeRow> {
  const row = await findFlow(ctx, flowId, purpose);
  if (!row.verified) throw new ApiError(403, 'unauthorized', 'Confirm the code first');
  if (ctx.now > row.issuedAt + FLOW_COMPLETE_TTL_MS) throw new ApiError(410, 'code_expired', 'The confirmation has expired; start again');
  return row;
}
