// The walk's steps for issue 19.12 and 19.15: the console refuses the walking citizen's waiting scan
// (sent by accountSteps) and the QA scenario is read and set; she adds and confirms a backup phone and
// e-mail and removes one; a stranger asks where a reset code may go; she asks support to restore access,
// the console approves, she signs in with the temporary password and sets her own again (the later steps
// go on with her new session). Test-only.
import { demoProfileInput } from '../demoData';
import { PHONE, type PlannedStep, type WalkKit } from './walkTypes';

const BACKUP_PHONE = '+79120000088';
const BACKUP_EMAIL = 'reserve@example.ru';
const CONTACT = '+79120000099';
const PASSWORD = 'Zelenyj#Sad7';

export function recoverySteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep, world } = kit;
  const profile = demoProfileInput();
  return [
    { route: 'GET /api/operator/identity', keep: (a) => (ids.scanAccount = (a.scans as { accountId: string }[])[0]?.accountId ?? '') },
    () => ({ route: 'POST /api/operator/identity/:accountId', params: { accountId: ids.scanAccount! } }),
    { route: 'GET /api/_sim/identity-scenario' },
    { route: 'POST /api/_sim/identity-scenario' },
    { route: 'POST /api/me/recovery/phone', body: { phone: BACKUP_PHONE }, keep: keep('backupPhoneFlow', 'flowId') },
    async () => ({ route: 'POST /api/me/recovery/phone/verify', body: { flowId: ids.backupPhoneFlow, code: await kit.code(BACKUP_PHONE) } }),
    { route: 'POST /api/me/recovery/email', body: { email: BACKUP_EMAIL }, keep: keep('backupEmailFlow', 'flowId') },
    async () => ({ route: 'POST /api/me/recovery/email/verify', body: { flowId: ids.backupEmailFlow, code: await kit.code(BACKUP_EMAIL) } }),
    { route: 'DELETE /api/me/recovery/:kind', params: { kind: 'email' } },
    { route: 'POST /api/auth/reset/options', as: 'nobody', body: { login: PHONE } },
    {
      route: 'POST /api/auth/recovery-requests',
      as: 'nobody',
      body: { surname: profile.surname, name: profile.name, birthDate: profile.birthDate, snils: profile.snils, contact: CONTACT },
    },
    { route: 'GET /api/operator/recovery-requests', keep: (a) => (ids.recoveryRequest = (a.requests as { id: string }[])[0]?.id ?? '') },
    () => ({ route: 'POST /api/operator/recovery-requests/:id', params: { id: ids.recoveryRequest! } }),
    async () => {
      const letter = (await world.server.db.inbox.where('to').equals(CONTACT).sortBy('id')).at(-1)?.body ?? '';
      const temporary = /Временный пароль: (\S+)\./.exec(letter)?.[1] ?? '';
      const login = await world.server.post<{ flowId: string }>('/auth/login', { login: PHONE, password: temporary });
      return {
        route: 'POST /api/auth/login/new-password',
        as: 'nobody',
        body: { flowId: login.body.flowId, password: PASSWORD },
        // The approval ended her sessions: the walk goes on with the new one.
        keep: (a) => void (world.auth.Authorization = `Bearer ${(a.grant as { token: string }).token}`),
      };
    },
  ];
}
