// What a sign-in or a registration does once the server has said yes: open the device's encrypted data
// with the password (in kiosk mode, start it), then keep the session. Pages import this when the grant
// arrives, not with their form: it brings the session code, the database and the ciphers (~60 KB
// gzip, ~20 ms of set-up), which a visitor who only opens «Войти» does not need (issue 15).
import type { SessionGrant } from '../domain/account';
import { kioskMinutes } from './kiosk';
import { acceptGrant } from './session';
import { vaultAtSignIn } from './vault/vault';

export async function enterAccount(grant: SessionGrant, password: string, remember: boolean): Promise<void> {
  await vaultAtSignIn(grant.account.id, password, kioskMinutes() > 0);
  acceptGrant(grant, remember);
}
