// Signing a submission with the citizen's own electronic signature key (issue 19.5), the second way to
// confirm it besides the SMS code. The signature covers the submission's content — a SHA-256 digest of
// its canonical JSON: service, draft, answers, the way of receiving and the hash of every attached file —
// so the department can tell that nothing changed after signing. Pure apart from WebCrypto: the page
// signs with this and the server verifies with this, against the key the account registered.
import * as v from 'valibot';
import { base64urlToBytes, bytesToBase64url, canonicalJson, sha256Base64url } from './certificate';

/** A public signature key as a JWK (ECDSA P-256): the point's coordinates, base64url. */
export const PublicKeySchema = v.object({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
  y: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
});
export type PublicKey = v.InferOutput<typeof PublicKeySchema>;

/** «3F2A 9C01 77BE 0D4C 1A2B»: five groups of the key's SHA-256, as people compare keys. */
const FINGERPRINT = /^[0-9A-F]{4}( [0-9A-F]{4}){4}$/;
export const FingerprintSchema = v.pipe(v.string(), v.regex(FINGERPRINT));

/** What the submission carries instead of a code: which key signed, and the signature (P-256, 64 bytes). */
export const SubmissionSignatureSchema = v.object({
  fingerprint: FingerprintSchema,
  value: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/)),
});
export type SubmissionSignature = v.InferOutput<typeof SubmissionSignatureSchema>;

/** The parts of a submission the signature covers (the paid invoice is added after signing, so not it). */
export interface SignedContent {
  draftId: string;
  serviceId: string;
  answers: Record<string, string | boolean>;
  resultWay: string;
  resultOfficeId?: string | undefined;
  deliveryAddress?: Record<string, string> | undefined;
  bookingId?: string | undefined;
  fixes?: string | undefined;
  attachments?: readonly { slot: string; sha256: string }[] | undefined;
}

/** One byte string per content: keys sorted, files by slot, names of files left out (they may be shortened). */
export function signedText(content: SignedContent): string {
  const files = [...(content.attachments ?? [])].map(({ slot, sha256 }) => ({ slot, sha256 })).sort((a, b) => (a.slot < b.slot ? -1 : 1));
  return canonicalJson({
    v: 1,
    kind: 'okno-submission',
    draftId: content.draftId,
    serviceId: content.serviceId,
    answers: content.answers,
    resultWay: content.resultWay,
    resultOfficeId: content.resultOfficeId,
    deliveryAddress: content.deliveryAddress,
    bookingId: content.bookingId,
    fixes: content.fixes,
    files,
  });
}

/** The digest that is signed: base64url SHA-256 of the canonical text. */
export const submissionDigest = (content: SignedContent) => sha256Base64url(signedText(content));

export async function keyFingerprint(key: Pick<PublicKey, 'x' | 'y'>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${key.x}|${key.y}`)));
  const hex = Array.from(hash.slice(0, 10), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Signs the digest with a private key; the signature as base64url (IEEE P1363 r||s). */
export async function signDigest(privateKey: CryptoKey, digest: string): Promise<string> {
  return bytesToBase64url(new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, new TextEncoder().encode(digest))));
}

/** Whether `value` is a signature of `digest` by the holder of `key`. */
export async function verifyDigest(key: PublicKey, digest: string, value: string): Promise<boolean> {
  const publicKey = await crypto.subtle.importKey('jwk', { ...key, ext: true }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  const bytes = base64urlToBytes(value);
  return bytes !== null && bytes.length === 64 && crypto.subtle.verify(ECDSA, publicKey, bytes, new TextEncoder().encode(digest));
}

// ---- The account's registered key (GET/PUT /api/me/signature-key) --------------------------------

/** PUT /api/me/signature-key: the key, proved by signing the server's challenge (base64url signature). */
export const KeyRegistrationSchema = v.object({
  challenge: v.pipe(v.string(), v.minLength(16), v.maxLength(128)),
  publicKey: PublicKeySchema,
  signature: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{86}$/)),
});
export type KeyRegistration = v.InferOutput<typeof KeyRegistrationSchema>;

/** The account's signature key as the citizen sees it; null before one is registered. */
export const SignatureKeyViewSchema = v.object({
  key: v.nullable(v.object({ fingerprint: FingerprintSchema, registeredAt: v.number() })),
});
export type SignatureKeyView = v.InferOutput<typeof SignatureKeyViewSchema>;
