// Password storage: PBKDF2-HMAC-SHA256 through WebCrypto, so the same code runs in Node, the page, a
// worker and the service worker. A password itself is never stored or logged, only this record.
import * as v from 'valibot';
import { objectMessage } from './validationCodes';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const PASSWORD_SALT_BYTES = 16;
export const PASSWORD_HASH_BYTES = 32;
export const PASSWORD_ALGORITHM = 'PBKDF2-HMAC-SHA256';

/** Bytes of a base64 string, or null if it is not base64 (the decoder's error is not needed). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A stored record. Records made with fewer iterations (tests only) fail this schema on purpose. */
export const PasswordHashSchema = v.object(
  {
    algorithm: v.literal(PASSWORD_ALGORITHM, 'invalid_value'),
    iterations: v.pipe(v.number('invalid_value'), v.integer('invalid_value'), v.minValue(PBKDF2_ITERATIONS, 'invalid_value')),
    salt: v.pipe(
      v.string('invalid_value'),
      v.check((s) => (fromBase64(s)?.length ?? 0) >= PASSWORD_SALT_BYTES, 'invalid_value'),
    ),
    hash: v.pipe(
      v.string('invalid_value'),
      v.check((s) => fromBase64(s)?.length === PASSWORD_HASH_BYTES, 'invalid_value'),
    ),
  },
  objectMessage,
);
export type PasswordHash = v.InferOutput<typeof PasswordHashSchema>;

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  // NFC, so «ё» typed as one character or as е + combining diaeresis is the same password.
  const secret = new TextEncoder().encode(password.normalize('NFC'));
  const key = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, PASSWORD_HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing tells nothing about the hash. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** A fresh random salt unless one is given. Fewer iterations are for tests only (see the schema). */
export async function hashPassword(password: string, options: { iterations?: number; salt?: Uint8Array } = {}): Promise<PasswordHash> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError('iterations must be a positive integer');
  const salt = options.salt ? new Uint8Array(options.salt) : crypto.getRandomValues(new Uint8Array(PASSWORD_SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return { algorithm: PASSWORD_ALGORITHM, iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/**
 * True only if `password` produces the stored hash. A malformed record throws instead of answering
 * false, so a broken account row is noticed rather than mistaken for a wrong password.
 */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const salt = fromBase64(stored.salt);
  const expected = fromBase64(stored.hash);
  if (stored.algorithm !== PASSWORD_ALGORITHM || !salt || expected?.length !== PASSWORD_HASH_BYTES) {
    throw new Error('Malformed password record');
  }
  if (!Number.isInteger(stored.iterations) || stored.iterations < 1) throw new Error('Malformed password record');
  return constantTimeEqual(await derive(password, salt, stored.iterations), expected);
}
