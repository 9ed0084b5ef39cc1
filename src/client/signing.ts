// Signing with the account's own electronic signature key (issue 19.5). The private key is the one
// keysRepo keeps for this account on this device (never another account's, never leaving the browser);
// before the first signature the server learns its public half through a signed challenge.
import * as v from 'valibot';
import { ChallengeSchema } from '../domain/answers/account';
import {
  keyFingerprint,
  signDigest,
  SignatureKeyViewSchema,
  submissionDigest,
  type SignedContent,
  type SubmissionSignature,
} from '../domain/submissionSignature';
import { apiGet, apiPost, apiRequest } from './api';
import { isTransient } from './outbox';
import { signatureKeyPair } from './repos/keysRepo';

async function publicJwk(pair: CryptoKeyPair) {
  const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { kty: 'EC' as const, crv: 'P-256' as const, x: x!, y: y! };
}

/** This account's key on this device: its fingerprint, as the case page will show it. */
export async function localKeyFingerprint(accountId: string): Promise<string> {
  return keyFingerprint(await publicJwk(await signatureKeyPair(accountId)));
}

/**
 * Makes this device's key the account's registered key unless it already is. Offline it is left to the
 * server: a signature by an unregistered key is refused there with its own code when the outbox sends it.
 */
async function ensureRegistered(pair: CryptoKeyPair, fingerprint: string): Promise<void> {
  let registered: string | undefined;
  try {
    registered = (await apiGet('/me/signature-key', SignatureKeyViewSchema)).key?.fingerprint;
  } catch (error) {
    if (isTransient(error)) return;
    throw error;
  }
  if (registered === fingerprint) return;
  const { challenge } = await apiPost('/me/signature-key/challenge', {}, ChallengeSchema);
  const body = { challenge, publicKey: await publicJwk(pair), signature: await signDigest(pair.privateKey, challenge) };
  await apiRequest('PUT', '/me/signature-key', v.object({ key: v.unknown() }), { body });
}

/** The signature of a submission's content by this account's key. */
export async function signSubmission(accountId: string, content: SignedContent): Promise<SubmissionSignature> {
  const pair = await signatureKeyPair(accountId);
  const fingerprint = await keyFingerprint(await publicJwk(pair));
  await ensureRegistered(pair, fingerprint);
  return { fingerprint, value: await signDigest(pair.privateKey, await submissionDigest(content)) };
}
