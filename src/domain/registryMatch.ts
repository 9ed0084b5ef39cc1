// The simulated registry check (issue 19.3): the department compares what an application states about
// the applicant with its registers — here, «Мои данные» (name, birth date, passport, registration
// address). The wizard names the differences on the review page; the server refuses a sent application
// that differs with «data_mismatch» and, when everything matches, issues the electronic result in minutes.
import { ADDRESS_NORMALIZERS, DEFAULT_COUNTRY, type AddressField } from './address';
import type { Service } from './catalog/serviceSchema';
import { parseRuDate } from './identifiersPerson';

/** Services whose answers the registry checks. */
export const REGISTRY_SERVICES: ReadonlySet<string> = new Set(['residence-certificate']);

export type RegistryGroup = 'person' | 'birthDate' | 'passport' | 'address';

export interface RegistryMismatch {
  /** The application's field id. */
  field: string;
  /** The profile path it is compared with («Мои данные»). */
  path: string;
  group: RegistryGroup;
  answer: string;
  registry: string;
}

const PERSON = new Set(['surname', 'name', 'patronymic']);

function groupOf(path: string): RegistryGroup | undefined {
  if (PERSON.has(path)) return 'person';
  if (path === 'birthDate') return 'birthDate';
  if (path === 'passport.series' || path === 'passport.number') return 'passport';
  if (path.startsWith('registrationAddress.')) return 'address';
  return undefined;
}

/** One comparable form per kind of value: case, «ё», spaces, date format and abbreviations aside. */
function comparable(path: string, raw: string): string {
  const text = raw.trim();
  const group = groupOf(path);
  if (group === 'birthDate') return parseRuDate(text) ?? text;
  if (group === 'passport') return text.replace(/\D/g, '');
  if (group === 'address') {
    const part = path.slice('registrationAddress.'.length) as AddressField;
    const normal = ADDRESS_NORMALIZERS[part](text);
    return (part === 'country' && normal === '' ? DEFAULT_COUNTRY : normal).toLowerCase().replace(/ё/g, 'е');
  }
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

/**
 * The answers that differ from the registry. `registry` holds the profile as flat values by path
 * (toFormValues); a part the registry does not know (no passport saved) is not compared.
 */
export function registryMismatches(service: Service, answers: Record<string, unknown>, registry: Record<string, unknown>): RegistryMismatch[] {
  if (!REGISTRY_SERVICES.has(service.id)) return [];
  const out: RegistryMismatch[] = [];
  for (const field of service.steps.flatMap((step) => step.fields)) {
    const path = field.prefill;
    const group = path ? groupOf(path) : undefined;
    if (!path || !group) continue;
    const known = typeof registry[path] === 'string' ? (registry[path] as string) : '';
    const answer = typeof answers[field.id] === 'string' ? (answers[field.id] as string) : '';
    // Only whole groups the registry holds are compared: no passport in the profile, no passport check.
    if (group === 'passport' && !known) continue;
    if (group === 'address' && !registry['registrationAddress.city']) continue;
    if (comparable(path, answer) !== comparable(path, known))
      out.push({ field: field.id, path, group, answer: answer.trim(), registry: known.trim() });
  }
  return out;
}
