// One-time recovery codes of the authenticator: ten random codes shown once, kept only as SHA-256
// hashes (50 random bits each: a plain hash will do, as for the handset secret).
import { RECOVERY_CODE_COUNT } from '../../domain/authenticator';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export async function hashRecoveryCode(normalized: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`okno-recovery:${normalized}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Ten codes as shown («7KQ2M-XW9TD») and the hashes of their normalized form. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const letters = Array.from(crypto.getRandomValues(new Uint8Array(10)), (n) => ALPHABET[n % 32]!).join('');
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
  return { codes, hashes: await Promise.all(codes.map((code) => hashRecoveryCode(code.replace('-', '')))) };
}
