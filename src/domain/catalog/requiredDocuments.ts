// Which documents an application must carry, given its answers: the always-required ones, and the
// conditional ones an answer makes required (a non-owner must attach the owner's consent, issue 19.6).
// The wizard's documents step, its review and the server's check all ask this one function.
import type { Service } from './serviceSchema';

export function requiredDocumentIds(service: Service, answers: Record<string, unknown>): string[] {
  return service.documents
    .filter((doc) => doc.required === 'yes' || (doc.requiredIf !== undefined && answers[doc.requiredIf.field] === doc.requiredIf.equals))
    .map((doc) => doc.id);
}

/** True when `doc` is required now only because of an answer (the page says why). */
export function requiredByAnswer(doc: Service['documents'][number], answers: Record<string, unknown>): boolean {
  return doc.required !== 'yes' && doc.requiredIf !== undefined && answers[doc.requiredIf.field] === doc.requiredIf.equals;
}
