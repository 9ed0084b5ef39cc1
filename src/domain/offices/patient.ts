// Who the visit is for: oneself (name and birth date from the account) or a child (name, a birth date
// not in the future and under 18), with an OMS policy of 16 digits whose last is its check digit.
// The form checks with this schema; the server checks the booking's patient with refusePatient.
import * as v from 'valibot';
import type { Person } from '../account';
import { addYears, PersonNameSchema, RuDateSchema } from '../identifiers';
import { isValidOmsPolicy, OmsPolicySchema } from '../omsPolicy';
import { codeCheck } from '../validationCodes';
import type { Patient } from './booking';

/** A child is a patient under this age; older patients book for themselves. */
export const CHILD_MAX_AGE_YEARS = 18;

/** Why a child's birth date (ISO) cannot be, or null. */
export function childBirthDateCode(birthDate: string, today: string): 'date_in_future' | 'child_too_old' | null {
  if (birthDate > today) return 'date_in_future';
  return birthDate <= addYears(today, -CHILD_MAX_AGE_YEARS) ? 'child_too_old' : null;
}

/** The patient form's schema on the simulated day `todayIso`. */
export function createPatientFormSchema(todayIso: string) {
  const today = todayIso.slice(0, 10);
  const ChildBirthDate = v.pipe(
    RuDateSchema,
    codeCheck<string>((d) => childBirthDateCode(d, today)),
  );
  return v.variant(
    'forWhom',
    [
      v.object({ forWhom: v.literal('self'), policy: OmsPolicySchema }),
      v.object({ forWhom: v.literal('child'), childName: PersonNameSchema, childBirthDate: ChildBirthDate, policy: OmsPolicySchema }),
    ],
    'required',
  );
}
export type PatientForm = v.InferOutput<ReturnType<typeof createPatientFormSchema>>;

/** The booking's patient from the form: oneself takes name and birth date from the account. */
export function patientOf(form: PatientForm, person: Pick<Person, 'surname' | 'name' | 'patronymic' | 'birthDate'>): Patient {
  if (form.forWhom === 'child') return { forWhom: 'child', name: form.childName, birthDate: form.childBirthDate, policy: form.policy };
  const name = [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');
  return { forWhom: 'self', name, birthDate: person.birthDate, policy: form.policy };
}

/** The server's check of a booking's patient: a valid policy, and for a child a real child's birth date. */
export function refusePatient(patient: Patient, today: string): string | null {
  if (!isValidOmsPolicy(patient.policy)) return 'oms_checksum';
  return patient.forWhom === 'child' ? childBirthDateCode(patient.birthDate, today) : null;
}

/** «XXXX XXXX XXXX 1234»: only the last four digits of a policy are ever printed. */
export function maskPolicy(policy: string): string {
  return `XXXX XXXX XXXX ${policy.slice(-4)}`;
}
