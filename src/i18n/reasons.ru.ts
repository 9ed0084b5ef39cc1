// Why a department refuses, one text per reason of the domain's list (a new reason without a text does
// not compile). Written to read inside a sentence («Отказ: {reason}»); lists and labels capitalise it
// (reasonText in reasons.ts). The server's SMS and letters use these Russian texts too.
import type { RejectionReason } from '../domain/scenario';

export const rejectionReasonsRu: Record<RejectionReason, string> = {
  documents_missing: 'не представлены нужные документы',
  data_mismatch: 'данные заявления не совпадают с ведомственными реестрами',
  address_not_in_registry: 'адреса нет в реестре',
  rules_broken: 'заявление оформлено с нарушением правил',
  technical_failure: 'технический сбой в ведомстве',
};
