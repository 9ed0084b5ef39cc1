// Identity confirmation calls: state, scan + selfie, signature over a one-time challenge.
import * as v from 'valibot';
import { apiGet, apiPost } from '../../client/api';
import { signatureKeyPair } from '../../client/repos/keysRepo';
import { IdentityStateSchema, type AccountView } from '../../domain/account';
import { toBase64 } from '../../domain/password';

export const readIdentity = () => apiGet('/me/identity', IdentityStateSchema);
export const sendScan = (scanSha256: string, selfieSha256: string) => apiPost('/me/identity/scan', { scanSha256, selfieSha256 }, IdentityStateSchema);

/** Signs the server's challenge with this account's signature key on this device and sends the proof. */
export async function signIdentity(account: AccountView) {
  const { challenge } = await apiPost('/me/identity/challenge', {}, v.object({ challenge: v.string(), expiresAt: v.number() }));
  const pair = await signatureKeyPair(account.id);
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, new TextEncoder().encode(challenge));
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const { surname, name, patronymic } = account.person;
  return apiPost(
    '/me/identity/signature',
    {
      challenge,
      publicKey: { kty, crv, x, y },
      signature: toBase64(new Uint8Array(signature)),
      certificate: { subject: [surname, name, patronymic].filter(Boolean).join(' '), snils: account.snils ?? '' },
    },
    IdentityStateSchema,
  );
}
