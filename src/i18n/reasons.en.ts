// Why a department refuses, in English; see reasons.ru.ts.
import type { RejectionReason } from '../domain/scenario';

export const rejectionReasonsEn: Record<RejectionReason, string> = {
  documents_missing: 'required documents were not provided',
  data_mismatch: 'the application’s data does not match the department registers',
  address_not_in_registry: 'the address is not in the registry',
  rules_broken: 'the application breaks the rules',
  technical_failure: 'a technical failure at the department',
};
