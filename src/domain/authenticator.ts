// The authenticator app as a second factor (issue 19.13): TOTP per RFC 6238 (30-second steps, 6 digits,
// SHA-1, as every common authenticator app reads an otpauth:// QR code), and ten one-time recovery codes.
// The page and the server check with these schemas; the code itself is computed by the otpauth library.
import * as v from 'valibot';
import { Secret, TOTP } from 'otpauth';
import { AccountViewSchema, CodeSchema, FlowIdSchema } from './account';

export const TOTP_ISSUER = 'Окно';
export const RECOVERY_CODE_COUNT = 10;
/** A recovery code: two groups of five letters or digits, as it is shown («7KQ2M-XW9TD»); typed in any case, dashes optional. */
export const RecoveryCodeSchema = v.pipe(
  v.string(),
  v.transform((text) => text.toUpperCase().replace(/[\s-]/g, '')),
  v.regex(/^[A-Z2-7]{10}$/, 'recovery_code_format'),
);

/** The authenticator for `label` (the account's phone) over a base32 secret. */
export function authenticatorFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** A fresh 160-bit secret (RFC 4226 recommends the HMAC's own length), as base32. */
export const newAuthenticatorSecret = (): string => new Secret({ size: 20 }).base32;

/**
 * The time step a code belongs to when it is right at `at` (one step either side is accepted, for a
 * phone clock a little off), or null. A step at or before `usedStep` is refused: each code works once.
 */
export function matchingStep(secret: string, code: string, at: number, usedStep = -1): number | null {
  const totp = authenticatorFor(secret, '');
  const delta = totp.validate({ token: code, timestamp: at, window: 1 });
  if (delta === null) return null;
  const step = TOTP.counter({ period: 30, timestamp: at }) + delta;
  return step > usedStep ? step : null;
}

export const AuthenticatorEnrolmentSchema = v.object({
  /** The secret as base32 text, for typing into the app by hand. */
  secret: v.string(),
  /** The otpauth:// address the QR code carries. */
  uri: v.string(),
});

export const AuthenticatorCodeSchema = v.object({ code: CodeSchema });

export const AuthenticatorEnabledSchema = v.object({
  /** Shown once: only their hashes are kept. */
  recoveryCodes: v.array(v.string()),
  account: AccountViewSchema,
});

/** Turning it off: a code from the app, or one of the recovery codes. */
export const AuthenticatorOffSchema = v.union([v.object({ code: CodeSchema }), v.object({ recoveryCode: RecoveryCodeSchema })]);

/** Sign-in's second step with the app: its code, or a recovery code. */
export const AuthenticatorSignInSchema = v.union([
  v.object({ flowId: FlowIdSchema, code: CodeSchema }),
  v.object({ flowId: FlowIdSchema, recoveryCode: RecoveryCodeSchema }),
]);
