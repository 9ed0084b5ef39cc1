// Rows of the operator console's staff side: who is signed in with the PIN, and what they read or did.
import type { LockoutState } from '../../domain/lockout';
import type { PasswordHash } from '../../domain/password';

/** A console tab opened with the PIN; the token is the id, never derived from the PIN. */
export interface StaffSessionRow {
  id: string;
  createdAt: number;
  /** Real ms: the simulated clock can be moved by anyone on the stand, so it cannot end a staff session. */
  expiresAt: number;
}

export type OperatorAuditAction =
  | 'sign_in'
  | 'sign_in_refused'
  | 'pin_set'
  | 'pin_changed'
  | 'pin_change_refused'
  | 'queue_read'
  | 'case_read'
  | 'case_action'
  | 'document_revoked'
  | 'terminal_paid'
  | 'inbox_read'
  | 'identity_decided'
  | 'recovery_decided';

/** One operator read or action; `accountId` names the citizen it concerned, for their own view of it. */
export interface OperatorAuditRow {
  id?: number;
  /** Simulated ms. */
  at: number;
  /** Real ms, which nobody on the stand can move. */
  realAt: number;
  action: OperatorAuditAction;
  accountId?: string;
  caseId?: string;
  caseNumber?: string;
  /** What was done (the operator action, a queue filter, an inbox query), never personal data. */
  detail?: string;
}

/** The stored PIN: a salted PBKDF2 hash, as passwords are, and the failures that lock the console. */
export interface OperatorPinRow {
  hash: PasswordHash;
  lockout: LockoutState & { realUntil: number | null };
}
