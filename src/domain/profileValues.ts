// Between the stored profile and the form: flat values by field path, dates as ДД.ММ.ГГГГ.
import { formatRuDate } from './identifiers';
import { PROFILE_FIELD_ORDER } from './profile';
import type { AccountView } from './account';

export type FormValues = Record<string, string | boolean>;
const DATE_FIELDS = new Set(['birthDate', 'passport.issueDate']);
export const SAME_ADDRESS = 'sameAddress';

function pick(source: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), source);
}

/** Form values from the server's profile, or from the account alone for a new profile. */
export function toFormValues(profile: Record<string, unknown> | null, account: AccountView): FormValues {
  const source: Record<string, unknown> = profile ?? { ...account.person, phone: account.phone, email: account.email };
  const values: FormValues = {};
  for (const path of PROFILE_FIELD_ORDER) {
    const raw = pick(source, path);
    const text = typeof raw === 'string' ? raw : '';
    values[path] = DATE_FIELDS.has(path) && text ? (formatRuDate(text) ?? text) : text;
  }
  values['registrationAddress.country'] ||= 'Россия';
  values['actualAddress.country'] ||= 'Россия';
  values[SAME_ADDRESS] = !profile?.actualAddress;
  return values;
}

/** The form's nested values as the profile schema takes them; a same-as-registration address is left out. */
export function toProfileInput(nested: Record<string, unknown>): Record<string, unknown> {
  const { sameAddress, ...rest } = nested;
  if (sameAddress) delete rest.actualAddress;
  return rest;
}

export function sameValues(a: FormValues, b: FormValues): boolean {
  return Object.keys({ ...a, ...b }).every((key) => (a[key] ?? '') === (b[key] ?? ''));
}
