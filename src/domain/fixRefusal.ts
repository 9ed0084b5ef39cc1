// «Исправить и подать заново»: what a refused application's answers become in a new draft, and which
// fields and documents the refusal reason concerns, so the wizard can point at them.
import type { FieldDef } from './catalog/formSchema';
import type { Service } from './catalog/serviceSchema';
import { formatRuDate } from './identifiersPerson';
import type { RejectionReason } from './scenario';

/** The refused application a draft corrects: kept on the draft, shown in the wizard, sent with it. */
export interface FixOf {
  caseId: string;
  number: string;
  reason: string;
  comment?: string;
  /** The answers the refusal names (a registry mismatch), when it names any. */
  fields?: string[];
}

const PERSON_RULES = new Set<FieldDef['rule']>(['personName', 'snils', 'inn', 'passportSeries', 'passportNumber', 'divisionCode']);
const PERSON_PREFILLS = /^(birthDate|passport\.)/;
const ADDRESS_PART = /(?:^|[a-z])(country|region|district|city|street|house|building|apartment|postalIndex)$/i;

const isPersonal = (field: FieldDef) => PERSON_RULES.has(field.rule) || PERSON_PREFILLS.test(field.prefill ?? '');
const isAddress = (field: FieldDef) => ADDRESS_PART.test(field.id);

/** The fields (ids) and whether the documents a refusal reason points at; other reasons concern the whole application. */
export function fixFocus(service: Service, reason: string, named?: readonly string[]): { fields: string[]; documents: boolean } {
  const fields = service.steps.flatMap((step) => step.fields);
  // The registry named the answers that differ: exactly those.
  if (named?.length) return { fields: fields.filter((field) => named.includes(field.id)).map((field) => field.id), documents: false };
  const pick = (test: (field: FieldDef) => boolean) => fields.filter(test).map((field) => field.id);
  switch (reason as RejectionReason) {
    case 'data_mismatch':
      return { fields: pick(isPersonal), documents: false };
    case 'address_not_in_registry':
      return { fields: pick(isAddress), documents: false };
    case 'documents_missing':
      return { fields: [], documents: service.documents.length > 0 };
    default:
      return { fields: [], documents: false };
  }
}

/**
 * The answers of a sent application as the wizard takes them: the server keeps dates as ISO
 * (2026-03-05), the form is typed as 05.03.2026; every other value is what the citizen sent.
 */
export function answersForFix(service: Service, answers: Record<string, string | boolean>): Record<string, string | boolean> {
  const dates = new Set(
    service.steps
      .flatMap((step) => step.fields)
      .filter((field) => field.rule === 'date')
      .map((field) => field.id),
  );
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, dates.has(id) && typeof value === 'string' ? (formatRuDate(value) ?? value) : value]),
  );
}
