// The API's one error shape ({error: {code, message, fields?, fieldMessages?, data?}}) and every code the
// mock backend answers with, with its HTTP status. The contract check refuses an error whose code is not here.
import { VALIDATION_CODES } from '../../domain/validationCodes';

/** code → status (a code used with two statuses lists its main one; the document lists both below). */
export const ERROR_CODES: Record<string, number> = {
  bad_json: 400, bad_path: 400, bad_request: 400, bad_scenario: 400,
  bad_credentials: 401, session_expired: 401, unauthorized: 401,
  bank_cancelled: 402, payment_not_found: 402, payment_required: 402, payment_unpaid: 402, insufficient_funds: 402, declined_by_bank: 402,
  forbidden: 403, handset_elsewhere: 403, identity_level_low: 403, operator_pin_current_required: 403, operator_pin_unset: 403,
  operator_pin_wrong: 403, operator_session_required: 403, wrong_password: 403, email_unconfirmed: 403,
  attempt_not_found: 404, fine_not_found: 404, flow_not_found: 404, no_answer: 404, not_found: 404, order_not_found: 404,
  queue_empty: 404, unknown_world: 404, unknown_office: 404,
  method_not_allowed: 405,
  already_fixed: 409, withdraw_too_late: 409, questions_closed: 409, questions_limit: 409, already_paid: 409, already_rated: 409, appeal_locked: 409, challenge_invalid: 409, chat_closed: 409, conflict: 409, email_taken: 409, email_confirmed: 409, authenticator_on: 409, authenticator_off: 409, authenticator_not_started: 409,
  fine_already_paid: 409, identity_needs_standard: 409, invoice_expired: 409, not_active: 409, not_awaiting: 409, not_taken: 409,
  nothing_to_rate: 409, payment_mismatch: 409, payment_processing: 409, phone_taken: 409, refund_exists: 409, repeat_too_early: 409,
  snils_taken: 409, too_early: 409, not_free: 409, overlap: 409, same_service: 409, too_late: 409,
  attempt_closed: 410, code_expired: 410,
  file_too_large: 413, too_large: 413,
  file_type: 415, unsupported_media_type: 415,
  validation: 422, certificate_mismatch: 422, code_wrong: 422, no_fee: 422, not_okno_document: 422, refund_not_allowed: 422,
  signature_invalid: 422, not_offered: 422, no_online_booking: 422, unknown_doctor: 422, too_soon: 422, too_far: 422,
  locked: 423,
  code_attempts_exceeded: 429, operator_locked: 429, resend_too_soon: 429,
  internal: 500, simulated_failure: 500, world_failed: 500,
  worlds_unavailable: 501,
  outage: 503,
  gateway_timeout: 504, simulated_hang: 504,
  storage_full: 507,
};

/** Codes any route may answer: the router's own, the simulated faults and the device running out of space. */
export const ANY_ROUTE_CODES = ['bad_path', 'method_not_allowed', 'unsupported_media_type', 'bad_scenario', 'outage', 'simulated_failure', 'simulated_hang', 'internal', 'storage_full'] as const;
export const BODY_CODES = ['bad_json', 'validation'] as const;
export const CITIZEN_CODES = ['unauthorized', 'session_expired', 'handset_elsewhere'] as const;
export const OPERATOR_CODES = ['operator_session_required', 'operator_pin_unset', 'forbidden'] as const;

/** A refused attached file names what is wrong with it: `file_<check>` (also as a field code). */
export const FILE_CODE = /^file_[a-z_]+$/;

export function isDocumentedError(code: string): boolean {
  return code in ERROR_CODES || FILE_CODE.test(code);
}

/** The field codes of a `validation` error. */
export const FIELD_CODES = VALIDATION_CODES;
