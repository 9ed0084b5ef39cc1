// The registration steps as data: what each step asks and the shared schema that checks it.
import * as v from 'valibot';
import { PersonSchema } from '../../domain/account';
import { EmailSchema, PhoneSchema } from '../../domain/identifiers';
import { PasswordSchema } from '../../domain/password';

export const REGISTER_STEPS = ['phone', 'code', 'person', 'password', 'consent'] as const;
export type RegisterStep = (typeof REGISTER_STEPS)[number];

export const PasswordPairSchema = v.pipe(
  v.object({ password: PasswordSchema, passwordRepeat: v.string('required') }),
  v.forward(
    v.check((pair) => pair.password === pair.passwordRepeat, 'password_mismatch'),
    ['passwordRepeat'],
  ),
);

/** Schemas per step; the code step has its own form (CodeStep). */
export const STEP_SCHEMAS = {
  phone: v.object({ phone: PhoneSchema }),
  code: v.object({}),
  person: v.object({ person: PersonSchema, email: EmailSchema }),
  password: PasswordPairSchema,
  consent: v.object({ consent: v.literal(true, 'consent_required') }),
} satisfies Record<RegisterStep, v.GenericSchema>;

export const STEP_FIELDS: Record<RegisterStep, string[]> = {
  phone: ['phone'],
  code: [],
  person: ['person.surname', 'person.name', 'person.patronymic', 'person.birthDate', 'person.gender', 'email'],
  password: ['password', 'passwordRepeat'],
  consent: ['consent'],
};
