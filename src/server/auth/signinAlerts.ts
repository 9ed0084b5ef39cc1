// Alerts about sign-in (issue 19.14): after repeated wrong passwords, and on a sign-in from a device
// the account has not signed in from before. In the app, by SMS and by e-mail (alerts.ts).
import type { RequestContext } from '../router';
import type { AccountRow } from '../rows';
import { alertOwner } from './alerts';

/** Wrong passwords in a row that alert the owner (the lock-out comes later, at LOCKOUT_THRESHOLD). */
export const FAILURE_ALERT_AFTER = 3;

export async function alertFailures(ctx: RequestContext, account: AccountRow, failures: number, device: string): Promise<void> {
  if (failures !== FAILURE_ALERT_AFTER) return;
  await alertOwner(ctx, account, {
    kind: 'account_signin_failures',
    params: { count: failures, device },
    subject: 'Неудачные попытки входа',
    body: `В вашу учётную запись в Окне ${failures} раза подряд пытались войти с неверным паролем (${device}). Если это были не вы, смените пароль.`,
  });
}

/** Call before the new sign-in is recorded. The very first sign-in (registration) is not «new». */
export async function alertNewDevice(ctx: RequestContext, account: AccountRow, device: string): Promise<void> {
  const earlier = await ctx.db.signins
    .where('[accountId+at]')
    .between([account.id, -Infinity], [account.id, Infinity])
    .filter((row) => row.ok)
    .toArray();
  if (earlier.length === 0 || earlier.some((row) => row.device === device)) return;
  await alertOwner(ctx, account, {
    kind: 'account_new_device',
    params: { device },
    subject: 'Вход с нового устройства',
    body: `Выполнен вход в Окно с нового устройства: ${device}. Если это были не вы, смените пароль — все сеансы завершатся.`,
  });
}
