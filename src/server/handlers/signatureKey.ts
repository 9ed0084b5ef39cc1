// The account's own electronic signature key (issue 19.5): registered with proof of possession (the
// private key signs a one-time challenge), one key per account, and never a key another account holds —
// so a second person on the same device cannot make the first person's key their own. Submissions
// signed with it are checked in applications.ts (checkSubmissionSignature).
import type { Submission } from '../../domain/application';
import {
  keyFingerprint,
  KeyRegistrationSchema,
  submissionDigest,
  verifyDigest,
  type PublicKey,
  type SignatureKeyView,
} from '../../domain/submissionSignature';
import { randomId } from '../auth/codes';
import { requireAccount } from '../auth/sessions';
import { ApiError, json, readJson } from '../http';
import type { Handler, RequestContext } from '../router';
import type { AccountRow } from '../rows';

const CHALLENGE_TTL_MS = 5 * 60_000;

export const signatureKeyView = (account: AccountRow): SignatureKeyView => ({
  key: account.signatureKey ? { fingerprint: account.signatureKey.fingerprint, registeredAt: account.signatureKey.registeredAt } : null,
});

export const getSignatureKey: Handler = async (ctx) => json(signatureKeyView((await requireAccount(ctx)).account));

export const postKeyChallenge: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const keyChallenge = { value: `okno-key:${account.id}:${randomId()}`, expiresAt: ctx.now + CHALLENGE_TTL_MS };
  await ctx.db.accounts.update(account.id, { keyChallenge });
  return json({ challenge: keyChallenge.value, expiresAt: keyChallenge.expiresAt });
};

/**
 * Makes `publicKey` the account's key. 409 `key_taken` when another account has registered it: a key
 * identifies one person.
 */
export async function registerKey(ctx: RequestContext, account: AccountRow, publicKey: PublicKey): Promise<AccountRow> {
  const fingerprint = await keyFingerprint(publicKey);
  const holder = await ctx.db.accounts.filter((row) => row.signatureKey?.fingerprint === fingerprint && row.id !== account.id).first();
  if (holder) throw new ApiError(409, 'key_taken', 'This signature key belongs to another account');
  const { kty, crv, x, y } = publicKey;
  const signatureKey = { jwk: { kty, crv, x, y }, fingerprint, registeredAt: ctx.now };
  await ctx.db.accounts.update(account.id, { signatureKey, keyChallenge: undefined });
  await ctx.recordChange('account', account.id, 'put', account.id);
  return { ...account, signatureKey };
}

export const putSignatureKey: Handler = async (ctx) => {
  const { account } = await requireAccount(ctx);
  const input = await readJson(ctx.request, KeyRegistrationSchema);
  const issued = account.keyChallenge;
  if (!issued || issued.value !== input.challenge || ctx.now > issued.expiresAt) {
    throw new ApiError(409, 'challenge_invalid', 'The challenge is unknown or expired; request a new one');
  }
  if (!(await verifyDigest(input.publicKey, input.challenge, input.signature))) {
    throw new ApiError(422, 'signature_invalid', 'The signature does not match the challenge');
  }
  return json(signatureKeyView(await registerKey(ctx, account, input.publicKey)));
};

/**
 * A submission confirmed by signature: signed by the account's own registered key over exactly this
 * content. 409 `signature_no_key` (the account has none), 403 `signature_other_key` (signed with a key
 * that is not the account's), 422 `signature_invalid` (the signature does not cover this content).
 */
export async function checkSubmissionSignature(
  account: AccountRow,
  submission: Submission & { signature: NonNullable<Submission['signature']> },
): Promise<{ fingerprint: string; digest: string }> {
  const key = account.signatureKey;
  if (!key) throw new ApiError(409, 'signature_no_key', 'This account has no registered signature key');
  if (submission.signature.fingerprint !== key.fingerprint) {
    throw new ApiError(403, 'signature_other_key', "Signed with a key that is not this account's", undefined, { fingerprint: key.fingerprint });
  }
  const digest = await submissionDigest(submission);
  if (!(await verifyDigest(key.jwk, digest, submission.signature.value))) {
    throw new ApiError(422, 'signature_invalid', 'The signature does not cover this submission');
  }
  return { fingerprint: key.fingerprint, digest };
}
