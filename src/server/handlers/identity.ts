// Identity confirmation beyond the registry check: a passport scan with a selfie that the simulated
// department approves after IDENTITY_SCAN_CHECK_MS, or a signature made with the user's (simulated)
// electronic signature key over a one-time challenge, verified with WebCrypto.
import { IDENTITY_SCAN_CHECK_MS, ScanRequestSchema, SignatureProofSchema, type IdentityState } from '../../domain/account';
import { fromBase64 } from '../../domain/password';
import { randomId } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler } from '../router';
import { confirmIdentity } from '../identity';
import { identityScenario } from './identityConsole';
import type { AccountRow } from '../rows';
import { registerKey } from './signatureKey';

const CHALLENGE_TTL_MS = 5 * 60_000;

export function identityState(account: AccountRow): IdentityState {
  return {
    level: account.identityLevel,
    pendingScan: account.identity?.pendingScan ?? null,
    method: account.identity?.method ?? null,
    confirmedAt: account.identity?.confirmedAt ?? null,
    attempts: [...(account.identity?.attempts ?? [])].reverse(),
  };
}

function requireStandard(account: AccountRow): void {
  if (account.identityLevel === 'unconfirmed') {
    throw new ApiError(409, 'identity_needs_standard', 'Save passport and SNILS in the profile first');
  }
}

export const getIdentity: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  return json(identityState(account));
};

export const postScan: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  requireStandard(account);
  await readJson(ctx.request, ScanRequestSchema);
  if (account.identity?.pendingScan) throw new ApiError(409, 'scan_pending', 'A scan is being checked already');
  const submittedAt = ctx.now;
  const dueAt = ctx.now + IDENTITY_SCAN_CHECK_MS;
  // Each scan keeps the story it was sent under (the QA scenario at the moment of sending).
  const scenario = await identityScenario(ctx);
  const attempts = [...(account.identity?.attempts ?? []), { submittedAt, dueAt, outcome: 'pending' as const }];
  const next: AccountRow = { ...account, identity: { ...account.identity, pendingScan: { submittedAt, dueAt, scenario }, attempts } };
  await ctx.db.accounts.put(next);
  await ctx.recordChange('account', account.id, 'put', account.id);
  return json(identityState(next), 202);
};

export const postChallenge: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  requireStandard(account);
  const challenge = { value: `okno-identity:${account.id}:${randomId()}`, expiresAt: ctx.now + CHALLENGE_TTL_MS };
  await ctx.db.accounts.put({ ...account, identity: { ...account.identity, challenge } });
  return json({ challenge: challenge.value, expiresAt: challenge.expiresAt });
};

export const postSignature: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  requireStandard(account);
  const proof = await readJson(ctx.request, SignatureProofSchema);
  const issued = account.identity?.challenge;
  if (!issued || issued.value !== proof.challenge || ctx.now > issued.expiresAt) {
    throw new ApiError(409, 'challenge_invalid', 'The challenge is unknown or expired; request a new one');
  }
  const { surname, name, patronymic } = account.person;
  const subject = [surname, name, patronymic].filter(Boolean).join(' ');
  if (proof.certificate.subject !== subject || proof.certificate.snils !== account.snils) {
    throw new ApiError(422, 'certificate_mismatch', 'The certificate belongs to someone else');
  }
  const key = await crypto.subtle.importKey('jwk', { ...proof.publicKey, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const signature = fromBase64(proof.signature);
  const valid =
    signature !== null && (await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature, new TextEncoder().encode(proof.challenge)));
  if (!valid) throw new ApiError(422, 'signature_invalid', 'The signature does not match the challenge');
  // The key that proved the identity becomes the account's signature key (issue 19.5).
  const keyed = await registerKey(ctx, account, proof.publicKey);
  return json(identityState(await confirmIdentity(ctx, keyed, 'signature')));
};
