// The wizard's pages for a service: its own form steps, then how to receive the result, a review and
// the signed confirmation. Keys starting with «$» belong to the wizard, never to the form's fields.
import * as v from 'valibot';
import { objectMessage } from '../../domain/validationCodes';
import { isShown, stepSchema, type Answers, type StepDef } from '../../domain/catalog/formSchema';
import type { Service } from '../../domain/catalog/serviceSchema';
import { OFFICES } from '../../domain/offices/offices';
import { requiredDocumentIds } from '../../domain/catalog/requiredDocuments';
import { wizardVisit } from '../../domain/offices/visitLinks';
import { feeFor, type Fee } from '../../domain/paperFee';
import { DELIVERY_FIELD_IDS, DELIVERY_STEP } from '../../domain/delivery';

export const RESULT_KEY = '$resultWay';
export const CONSENT_KEY = '$consent';
/** The id of the real booking the visit page made (services in WIZARD_VISITS). */
export const VISIT_KEY = '$visitBooking';
/** How the citizen confirms sending: 'sms' (the code, the default) or 'signature' (the account's key). */
export const CONFIRM_WAY_KEY = '$confirmWay';
/** The office that hands out a paper result «в МФЦ». */
export const RESULT_OFFICE_KEY = '$resultOffice';

export type WizardPage =
  | { kind: 'form'; step: StepDef }
  | { kind: 'documents' }
  | { kind: 'visit' }
  | { kind: 'result' }
  | { kind: 'review' }
  | { kind: 'fee' }
  | { kind: 'confirm' };

/** The fee the draft must pay before sending: the service's own, or its region's for a paper result. */
export function draftFee(service: Service, answers: Answers): Fee | null {
  const region = answers['region'];
  return feeFor(service, { resultWay: String(answers[RESULT_KEY] ?? ''), region: typeof region === 'string' ? region : undefined });
}

/** The pages follow the answers: the fee page appears once a charged region and a paper result are chosen. */
export function wizardPages(service: Service, answers: Answers = {}): WizardPage[] {
  const documents: WizardPage[] = service.documents.length ? [{ kind: 'documents' }] : [];
  const fee: WizardPage[] = draftFee(service, answers) ? [{ kind: 'fee' }] : [];
  const visit: WizardPage[] = wizardVisit(service.id) ? [{ kind: 'visit' }] : [];
  return [
    ...service.steps.map((step) => ({ kind: 'form', step }) as const),
    ...visit,
    ...documents,
    { kind: 'result' },
    { kind: 'review' },
    ...fee,
    { kind: 'confirm' },
  ];
}

export function pageSchema(service: Service, page: WizardPage, answers: Answers): v.GenericSchema {
  switch (page.kind) {
    case 'form':
      return stepSchema(page.step, answers);
    case 'visit':
      return v.object({ [VISIT_KEY]: v.pipe(v.string('visit_required'), v.minLength(1, 'visit_required')) }, 'visit_required');
    case 'result':
      if (answers[RESULT_KEY] === 'post') {
        // Post: where to deliver, checked part by part like the registration address.
        return v.object({ [RESULT_KEY]: v.picklist(service.results, 'required'), ...stepSchema(DELIVERY_STEP, answers).entries }, objectMessage);
      }
      return answers[RESULT_KEY] === 'office'
        ? v.object(
            {
              [RESULT_KEY]: v.picklist(service.results, 'required'),
              [RESULT_OFFICE_KEY]: v.picklist(
                OFFICES.map((o) => o.id),
                'required',
              ),
            },
            objectMessage,
          )
        : v.object({ [RESULT_KEY]: v.picklist(service.results, 'required') });
    case 'confirm':
      // The object's message is the one a missing key gets: an untouched box reads like an unticked one.
      return v.object({ [CONSENT_KEY]: v.literal(true, 'consent_required') }, 'consent_required');
    case 'review':
    case 'documents':
    case 'fee':
      return v.object({});
  }
}

export const documentKey = (id: string) => `documents.${id}`;

/** Required documents without a file, as field errors for the documents page. */
export function missingDocuments(service: Service, slots: readonly (string | undefined)[], answers: Answers = {}): Record<string, string> {
  const missing = requiredDocumentIds(service, answers).filter((id) => !slots.includes(id));
  return Object.fromEntries(missing.map((id) => [documentKey(id), 'document_missing']));
}

export function pageFields(page: WizardPage, answers: Answers, service?: Service): string[] {
  if (page.kind === 'documents') return (service?.documents ?? []).map((doc) => documentKey(doc.id));
  if (page.kind === 'form') return page.step.fields.filter((field) => isShown(field, answers)).map((field) => field.id);
  if (page.kind === 'result') {
    if (answers[RESULT_KEY] === 'post') return [RESULT_KEY, ...DELIVERY_FIELD_IDS];
    return answers[RESULT_KEY] === 'office' ? [RESULT_KEY, RESULT_OFFICE_KEY] : [RESULT_KEY];
  }
  if (page.kind === 'visit') return [VISIT_KEY];
  return page.kind === 'confirm' ? [CONSENT_KEY] : [];
}

/** The answers the department receives: the shown fields only, without the wizard's own keys. */
export function formAnswers(service: Service, answers: Answers): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const step of service.steps) {
    for (const field of step.fields) {
      const value = answers[field.id];
      if (isShown(field, answers) && value !== undefined && value !== '') out[field.id] = value;
    }
  }
  return out;
}

/** Which page holds a field, for showing a server's field error in place. */
export function pageOfField(pages: WizardPage[], field: string): number {
  const index =
    field === VISIT_KEY
      ? pages.findIndex((page) => page.kind === 'visit')
      : field === RESULT_OFFICE_KEY || DELIVERY_FIELD_IDS.includes(field)
        ? pages.findIndex((page) => page.kind === 'result')
        : field.startsWith('documents')
          ? pages.findIndex((page) => page.kind === 'documents')
          : pages.findIndex((page) => page.kind === 'form' && page.step.fields.some((f) => f.id === field));
  return index >= 0 ? index : pages.findIndex((page) => page.kind === 'review');
}
