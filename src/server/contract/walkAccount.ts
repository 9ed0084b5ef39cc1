// The walk's account steps: a newcomer registers with codes from the inbox, the walking citizen turns
// on the second factor, signs in with it, saves her profile and confirms her identity by signing a
// challenge with a key of her own; and, last, the simulator's routes and a password reset. Test-only.
import { signDigest } from '../../domain/submissionSignature';
import { authenticatorFor } from '../../domain/authenticator';
import { toBase64 } from '../../domain/password';
import { demoProfileInput } from '../demoData';
import { CONTRACT } from './contract';
import { PHONE, type PlannedStep, type WalkKit } from './walkTypes';

const NEWCOMER = '+79120000055';
const OTHER_PHONE = '+79120000077';
const appCode = (secret: string, at: number) => authenticatorFor(secret, '').generate({ timestamp: at });

async function signedChallenge(kit: WalkKit) {
  const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const challenge = kit.ids.challenge!;
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, new TextEncoder().encode(challenge));
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
  // The certificate names the person the profile holds, as a real signature's certificate would.
  const { profile } = (await kit.get<{ profile: { surname: string; name: string; patronymic?: string; snils: string } }>('/me/profile')).body;
  const subject = [profile.surname, profile.name, profile.patronymic].filter(Boolean).join(' ');
  return { challenge, publicKey: { kty, crv, x, y }, signature: toBase64(new Uint8Array(signature)), certificate: { subject, snils: profile.snils } };
}

/** A new key for the account, proved by signing the key challenge (issue 19.5). */
async function keyRegistration(kit: WalkKit) {
  const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const challenge = kit.ids.keyChallenge!;
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
  return { challenge, publicKey: { kty, crv, x, y }, signature: await signDigest(keys.privateKey, challenge) };
}

export function accountSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep, world } = kit;
  const notifications: { value?: unknown } = {};
  return [
    { route: 'GET /api/health' },
    { route: 'GET /api/openapi.json' },
    { route: 'GET /api/changes' },
    { route: 'GET /api/inbox' },
    { route: 'POST /api/auth/register', body: { phone: NEWCOMER }, keep: keep('flowId', 'flowId') },
    () => ({ route: 'GET /api/auth/flows/:flowId/inbox', params: { flowId: ids.flowId! }, query: { channel: 'sms' } }),
    () => {
      world.server.wait(61_000); // a new code only after the resend pause
      return { route: 'POST /api/auth/code/resend', body: { flowId: ids.flowId } };
    },
    async () => ({ route: 'POST /api/auth/register/verify', body: { flowId: ids.flowId, code: await kit.code(NEWCOMER) } }),
    () => ({
      route: 'POST /api/auth/register/complete',
      body: { ...(CONTRACT['POST /api/auth/register/complete']!.example!.body as object), flowId: ids.flowId, email: 'newcomer@example.ru' },
    }),
    { route: 'GET /api/me', keep: (a) => (notifications.value = a.notifications) },
    // Issue 19: confirm the e-mail; change the phone there and back (later steps read codes sent to
    // PHONE); connect the authenticator, sign in with it, turn it off.
    { route: 'POST /api/me/email/confirm', keep: keep('emailFlow', 'flowId') },
    async () => ({ route: 'POST /api/me/email/confirm/verify', body: { flowId: ids.emailFlow, code: await kit.code('ivanova@example.ru') } }),
    ...[OTHER_PHONE, PHONE].flatMap((target, index): PlannedStep[] => [
      {
        route: 'POST /api/me/phone',
        body: { phone: target },
        keep: (a) => ((ids.phoneOld = (a.current as { flowId: string }).flowId), (ids.phoneNew = (a.next as { flowId: string }).flowId)),
      },
      async () => ({
        route: 'POST /api/me/phone/verify',
        body: {
          currentFlowId: ids.phoneOld,
          nextFlowId: ids.phoneNew,
          currentCode: await kit.code(index === 0 ? PHONE : OTHER_PHONE),
          nextCode: await kit.code(target),
        },
      }),
    ]),
    { route: 'POST /api/me/authenticator', keep: keep('totpSecret', 'secret') },
    async () => ({ route: 'POST /api/me/authenticator/confirm', body: { code: appCode(ids.totpSecret!, await kit.now()) } }),
    async () => {
      world.server.wait(30_000); // each code works once: the next one is a step later
      const login = await world.server.post<{ flowId: string }>('/auth/login', { login: PHONE, password: 'Zelenyj#Sad7' });
      return {
        route: 'POST /api/auth/login/authenticator',
        as: 'nobody',
        body: { flowId: login.body.flowId, code: appCode(ids.totpSecret!, await kit.now()) },
      };
    },
    async () => {
      world.server.wait(30_000);
      return { route: 'POST /api/me/authenticator/off', body: { code: appCode(ids.totpSecret!, await kit.now()) } };
    },
    { route: 'PATCH /api/me/security', body: { twoFactor: true } },
    { route: 'POST /api/auth/login', as: 'nobody', keep: (a) => (ids.loginFlow = String((a.ticket as { flowId: string }).flowId)) },
    async () => ({ route: 'POST /api/auth/login/verify', as: 'nobody', body: { flowId: ids.loginFlow, code: await kit.code(PHONE) } }),
    { route: 'POST /api/me/password/check' },
    { route: 'GET /api/me/signins' },
    { route: 'GET /api/me/profile' },
    () => ({ route: 'PUT /api/me/notifications', body: notifications.value }),
    { route: 'PUT /api/me/profile', body: { ...demoProfileInput(), phone: PHONE, email: 'ivanova@example.ru' } },
    { route: 'GET /api/me/identity' },
    { route: 'POST /api/me/identity/challenge', keep: keep('challenge', 'challenge') },
    async () => ({ route: 'POST /api/me/identity/signature', body: await signedChallenge(kit) }),
    { route: 'GET /api/me/signature-key' },
    { route: 'POST /api/me/signature-key/challenge', keep: keep('keyChallenge', 'challenge') },
    async () => ({ route: 'PUT /api/me/signature-key', body: await keyRegistration(kit) }),
    { route: 'POST /api/me/identity/scan' },
    { route: 'GET /api/notifications' },
    { route: 'POST /api/notifications/read' },
  ];
}

export function closingSteps(kit: WalkKit): PlannedStep[] {
  const { ids, keep } = kit;
  return [
    { route: 'DELETE /api/me/profile' },
    { route: 'POST /api/auth/logout' },
    { route: 'GET /api/_sim/clock' },
    { route: 'POST /api/_sim/clock' },
    { route: 'GET /api/_sim/faults' },
    { route: 'POST /api/_sim/faults' },
    { route: 'GET /api/_sim/faults/matrix' },
    { route: 'PUT /api/_sim/faults/matrix' },
    { route: 'GET /api/_sim/journal' },
    { route: 'GET /api/_sim/scenario' },
    { route: 'POST /api/_sim/scenario' },
    { route: 'GET /api/_sim/inbox' },
    { route: 'POST /api/_sim/worlds/:name' },
    { route: 'POST /api/_sim/seed' },
    { route: 'GET /api/_sim/operator' },
    { route: 'POST /api/_sim/operator', body: { pin: '1357', currentPin: '2468' } },
    { route: 'POST /api/operator/check', body: { pin: '1357' } },
    { route: 'POST /api/auth/reset', as: 'nobody', body: { login: PHONE, channel: 'sms' }, keep: keep('resetFlow', 'flowId') },
    async () => ({ route: 'POST /api/auth/reset/verify', body: { flowId: ids.resetFlow, code: await kit.code(PHONE) } }),
    () => ({ route: 'POST /api/auth/reset/complete', body: { flowId: ids.resetFlow, password: 'Novyj#Sad8' } }),
    { route: 'POST /api/_sim/reset' },
  ];
}
