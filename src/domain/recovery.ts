// Getting back into an account (issue 19.12): backup contacts confirmed by a code, where «Забыли пароль?»
// may send its code, the request to support when every contact is lost, and the temporary password the
// clerk issues. The page and the server check with these schemas.
import * as v from 'valibot';
import { CodeSchema, FlowIdSchema, maskPhone, RESET_DESTINATIONS, type ResetDestination } from './account';
import { EmailSchema, normalizeEmail, normalizePhone, PhoneSchema, SnilsSchema } from './identifiers';
import { PassportNumberSchema, PassportSeriesSchema, PersonNameSchema, RuDateSchema } from './identifiersPerson';
import { PasswordSchema } from './password';

/** A temporary password from support lasts a day of simulated time; then the person asks again. */
export const TEMPORARY_PASSWORD_TTL_MS = 24 * 60 * 60_000;

export const BackupPhoneSchema = v.object({ phone: PhoneSchema });
export const BackupEmailSchema = v.object({ email: EmailSchema });
export const BACKUP_KINDS = ['phone', 'email'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export { RESET_DESTINATIONS, type ResetDestination };
export const ResetDestinationSchema = v.picklist(RESET_DESTINATIONS);

export const ResetOptionsRequestSchema = v.object({ login: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(120, 'too_long')) });
/** The choices, masked («+7 9** ***-**-12», «iv***@mail.ru»); an unknown login gets choices that look the same. */
export const ResetOptionsSchema = v.object({ options: v.array(v.object({ destination: ResetDestinationSchema, sentTo: v.string() })) });
export type ResetOption = v.InferOutput<typeof ResetOptionsSchema>['options'][number];

/** Masks a phone for a person not signed in: only the first digit of the code and the last two. */
export function maskPhoneForReset(phone: string): string {
  return `+7 ${phone.slice(2, 3)}** ***-**-${phone.slice(-2)}`;
}
export { maskPhone };

/** A phone or an e-mail, as the person types it: «Как с вами связаться». */
export const ContactSchema = v.pipe(
  v.string('required'),
  v.trim(),
  v.nonEmpty('required'),
  v.transform((text): { channel: 'sms' | 'email'; to: string } | null => {
    if (text.includes('@')) {
      const email = normalizeEmail(text);
      return email ? { channel: 'email', to: email } : null;
    }
    const phone = normalizePhone(text);
    return phone ? { channel: 'sms', to: phone } : null;
  }),
  v.custom<{ channel: 'sms' | 'email'; to: string }>((value) => value !== null, 'contact_format'),
);

const optional = <S extends v.GenericSchema>(schema: S) => v.optional(v.union([v.literal(''), schema]), '');

/** «Восстановить через поддержку»: who the person is, a document the clerk checks, how to reach them. */
export const SupportRecoverySchema = v.pipe(
  v.object({
    surname: PersonNameSchema,
    name: PersonNameSchema,
    patronymic: optional(PersonNameSchema),
    birthDate: RuDateSchema,
    snils: optional(SnilsSchema),
    passportSeries: optional(PassportSeriesSchema),
    passportNumber: optional(PassportNumberSchema),
    contact: ContactSchema,
  }),
  // A partial check: it is said together with the other fields' errors, not only once they are right.
  v.forward(
    v.partialCheck(
      [['snils'], ['passportSeries'], ['passportNumber']],
      (input) => input.snils !== '' || (input.passportSeries !== '' && input.passportNumber !== ''),
      'identity_document_required',
    ),
    ['snils'],
  ),
);
export type SupportRecoveryInput = v.InferOutput<typeof SupportRecoverySchema>;

export const RecoveryRequestStatusSchema = v.picklist(['new', 'approved', 'refused']);
/** What the person is told when the request is taken: its number and where the answer will go. */
export const RecoveryReceiptSchema = v.object({ number: v.string(), sentTo: v.string(), inbox: FlowIdSchema });

/** A request in the console: what the person wrote and what the registry of accounts found for it. */
export const ConsoleRecoverySchema = v.object({
  id: v.string(),
  number: v.string(),
  createdAt: v.number(),
  status: RecoveryRequestStatusSchema,
  name: v.string(),
  birthDate: v.string(),
  document: v.string(),
  contact: v.string(),
  /** The account whose profile matches name, birth date and document, if exactly one does. */
  match: v.nullable(v.object({ name: v.string(), phone: v.string() })),
});
export const ConsoleRecoveriesSchema = v.object({ requests: v.array(ConsoleRecoverySchema) });
export type ConsoleRecovery = v.InferOutput<typeof ConsoleRecoverySchema>;
export const RecoveryDecisionSchema = v.object({ decision: v.picklist(['approve', 'refuse']) });

/** Sign-in with a temporary password: the new one, typed twice on the page, checked here once. */
export const TemporaryChangeSchema = v.object({ flowId: FlowIdSchema, password: PasswordSchema });
export const BackupVerifySchema = v.object({ flowId: FlowIdSchema, code: CodeSchema });
