// Contracts of the account API: registration, sign-in, password reset, the account as the page sees it.
// The page validates with these schemas before sending; the server validates again with the same ones.
import * as v from 'valibot';
import { IdentityAttemptSchema } from './identityRefusal';
import { EmailSchema, PersonNameSchema, PhoneSchema, RuDateSchema } from './identifiers';
import { NotificationPrefsSchema } from './notifications';
import { PasswordSchema } from './password';

/** A one-time code lives 5 minutes; a new one can be asked for after 60 seconds; 3 wrong tries burn it. */
export const CODE_TTL_MS = 5 * 60_000;
export const CODE_RESEND_COOLDOWN_MS = 60_000;
export const CODE_MAX_ATTEMPTS = 3;
export const CODE_LENGTH = 6;

export const IDENTITY_LEVELS = ['unconfirmed', 'standard', 'confirmed'] as const;
export const IdentityLevelSchema = v.picklist(IDENTITY_LEVELS);
export type IdentityLevel = v.InferOutput<typeof IdentityLevelSchema>;

export const INACTIVITY_CHOICES_MIN = [5, 15, 30, 60, 240] as const;
export const DEFAULT_INACTIVITY_MIN = 30;

export const CodeSchema = v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, 'code_format'));
export const FlowIdSchema = v.pipe(v.string(), v.minLength(8), v.maxLength(64));

/** What a started flow (registration, second factor, reset) tells the page about its code. */
export const CodeTicketSchema = v.object({
  flowId: FlowIdSchema,
  /** Where the code went, masked: «+7 912 ***-**-89». */
  sentTo: v.string(),
  channel: v.picklist(['sms', 'email']),
  expiresAt: v.number(),
  resendAt: v.number(),
  /** Simulated time when the ticket was written, so the page can count down without the clock. */
  now: v.number(),
});
export type CodeTicket = v.InferOutput<typeof CodeTicketSchema>;

export const RegisterStartSchema = v.object({ phone: PhoneSchema });
export const FlowCodeSchema = v.object({ flowId: FlowIdSchema, code: CodeSchema });
export const FlowOnlySchema = v.object({ flowId: FlowIdSchema });

export const PersonSchema = v.object({
  surname: PersonNameSchema,
  name: PersonNameSchema,
  patronymic: v.optional(v.union([v.literal(''), PersonNameSchema]), ''),
  birthDate: RuDateSchema,
  gender: v.picklist(['male', 'female'], 'required'),
});
export type Person = v.InferOutput<typeof PersonSchema>;

export const RegisterCompleteSchema = v.object({
  flowId: FlowIdSchema,
  person: PersonSchema,
  email: EmailSchema,
  password: PasswordSchema,
  consent: v.literal(true, 'consent_required'),
});

export const LoginSchema = v.object({
  login: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(120, 'too_long')),
  password: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
  remember: v.optional(v.boolean(), false),
});

/** POST /api/me/password/check: the signed-in person proves the password (before it wraps the data key). */
export const PasswordCheckSchema = v.object({
  password: v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(200, 'too_long')),
});

export const PasswordCheckResultSchema = v.object({ ok: v.literal(true) });

/** Where «Забыли пароль?» may send its code: the account's phone and e-mail, and the backup ones (issue 19.12). */
export const RESET_DESTINATIONS = ['phone', 'backup_phone', 'email', 'backup_email'] as const;
export type ResetDestination = (typeof RESET_DESTINATIONS)[number];

export const ResetStartSchema = v.object({
  login: v.pipe(v.string(), v.trim(), v.minLength(1, 'required')),
  /** The older way to choose: SMS to the phone or a letter to the e-mail; `destination` wins when given. */
  channel: v.optional(v.picklist(['sms', 'email']), 'sms'),
  destination: v.optional(v.picklist(RESET_DESTINATIONS, 'required')),
});
export const ResetCompleteSchema = v.object({ flowId: FlowIdSchema, password: PasswordSchema });

export const AccountViewSchema = v.object({
  id: v.string(),
  phone: v.string(),
  email: v.string(),
  /** Confirmed by a code sent to it: only then it signs in and recovers the password. */
  emailConfirmed: v.boolean(),
  snils: v.optional(v.string()),
  /** Confirmed backup contacts for password recovery (issue 19.12). */
  backupPhone: v.optional(v.string()),
  backupEmail: v.optional(v.string()),
  person: PersonSchema,
  identityLevel: IdentityLevelSchema,
  twoFactor: v.boolean(),
  /** The authenticator app is the second factor (instead of the SMS code). */
  authenticator: v.boolean(),
  inactivityMinutes: v.number(),
  notifications: NotificationPrefsSchema,
  createdAt: v.number(),
});
export type AccountView = v.InferOutput<typeof AccountViewSchema>;

export const SessionGrantSchema = v.object({
  token: v.string(),
  account: AccountViewSchema,
  /** Simulated time after which an idle session ends. */
  idleExpiresAt: v.number(),
  /** Given once, at registration: the secret of this person's simulated phone and mailbox (see src/server/auth/handset.ts). */
  handset: v.optional(v.string()),
});
export type SessionGrant = v.InferOutput<typeof SessionGrantSchema>;

/** Login either finishes at once or needs the SMS second factor. */
export const LoginResultSchema = v.variant('step', [
  v.object({ step: v.literal('done'), grant: SessionGrantSchema }),
  v.object({ step: v.literal('second_factor'), ticket: CodeTicketSchema }),
  /** The account has the authenticator app: its code (or a recovery code) finishes the sign-in. */
  v.object({ step: v.literal('authenticator'), flowId: FlowIdSchema }),
  /** Signed in with support's temporary password: nothing opens until a new password is set (issue 19.12). */
  v.object({ step: v.literal('change_password'), flowId: FlowIdSchema, expiresAt: v.number() }),
]);
export type LoginResult = v.InferOutput<typeof LoginResultSchema>;

export const SecuritySettingsSchema = v.object({
  twoFactor: v.optional(v.boolean()),
  inactivityMinutes: v.optional(v.picklist(INACTIVITY_CHOICES_MIN)),
});

/** The four ways the one «Логин» field is read: phone, e-mail, SNILS, personal INN. */
export const SIGN_IN_METHODS = ['phone', 'email', 'snils', 'inn'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

export const SignInRecordSchema = v.object({
  at: v.number(),
  device: v.string(),
  method: v.picklist(SIGN_IN_METHODS),
  ok: v.boolean(),
});
export type SignInRecord = v.InferOutput<typeof SignInRecordSchema>;

export const InboxMessageSchema = v.object({
  id: v.number(),
  channel: v.picklist(['sms', 'email']),
  to: v.string(),
  at: v.number(),
  subject: v.optional(v.string()),
  body: v.string(),
});
export type InboxMessage = v.InferOutput<typeof InboxMessageSchema>;

/** The device named by a sign-in that did not name its own (a call made straight to the API). */
export const UNKNOWN_DEVICE = 'unknown device';

/** Masks a phone for display: +79123456789 → «+7 912 ***-**-89». */
export function maskPhone(phone: string): string {
  return `+7 ${phone.slice(2, 5)} ***-**-${phone.slice(-2)}`;
}

/** Masks an e-mail for display: ivanova@mail.ru → «iv***@mail.ru». */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}

/** What GET/PUT /api/me/profile answer: the saved profile, the simulated day, and any level change. */
export const ProfileEnvelopeSchema = v.object({
  account: AccountViewSchema,
  profile: v.nullable(v.record(v.string(), v.unknown())),
  /** Simulated date (YYYY-MM-DD) the server checks dates against. */
  today: v.string(),
  levelChange: v.nullable(v.object({ from: IdentityLevelSchema, to: IdentityLevelSchema })),
});
export type ProfileEnvelope = v.InferOutput<typeof ProfileEnvelopeSchema>;

/** How long the simulated department takes to check a passport scan and selfie. */
export const IDENTITY_SCAN_CHECK_MS = 60 * 60_000;

export const IdentityStateSchema = v.object({
  level: IdentityLevelSchema,
  /** A scan + selfie waiting for the department, with when the answer is due (simulated time). */
  pendingScan: v.nullable(v.object({ submittedAt: v.number(), dueAt: v.number() })),
  method: v.nullable(v.picklist(['scan', 'signature'])),
  confirmedAt: v.nullable(v.number()),
  /** Every scan sent, newest first, with the department's answer (issue 19.15: a refusal names its reason). */
  attempts: v.array(IdentityAttemptSchema),
});
export type IdentityState = v.InferOutput<typeof IdentityStateSchema>;

export const ScanRequestSchema = v.object({
  scanSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  selfieSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

export const SignatureProofSchema = v.object({
  challenge: v.pipe(v.string(), v.minLength(16), v.maxLength(128)),
  /** Public key of the (simulated) signature token, as a JWK for ECDSA P-256. */
  publicKey: v.object({ kty: v.literal('EC'), crv: v.literal('P-256'), x: v.string(), y: v.string() }),
  /** Base64 ECDSA-SHA256 signature of the challenge text. */
  signature: v.pipe(v.string(), v.minLength(8), v.maxLength(512)),
  certificate: v.object({ subject: v.pipe(v.string(), v.maxLength(200)), snils: v.pipe(v.string(), v.maxLength(20)) }),
});
