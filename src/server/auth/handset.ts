// The simulated handset: the secret of a person's simulated phone and mailbox, given once to the device
// that registers the account. Codes sent to an existing account before sign-in (reset, second factor) are
// readable only where it is held, as a real SMS is only on the owner's phone.
import type { AccountRow } from '../rows';
import { randomId } from './codes';

export const HANDSET_HEADER = 'X-Okno-Handset';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new handset secret and the hash the account row keeps (the secret is high-entropy: a plain hash will do). */
export async function newHandset(): Promise<{ secret: string; hash: string }> {
  const secret = randomId() + randomId();
  return { secret, hash: await sha256Hex(secret) };
}

/** True when one of the comma-separated secrets in the header is this account's handset. */
export async function handsetMatches(account: AccountRow, header: string | null): Promise<boolean> {
  if (!account.handset || !header) return false;
  for (const secret of header.split(',').slice(0, 20)) {
    if ((await sha256Hex(secret.trim())) === account.handset) return true;
  }
  return false;
}
