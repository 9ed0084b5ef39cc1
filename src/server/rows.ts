// Row shapes of «okno-server» beyond settings and changes: accounts, sessions, one-time codes, inbox.
import type { IdentityLevel, Person } from '../domain/account';
import type { LockoutState } from '../domain/lockout';
import type { NotificationPrefs } from '../domain/notifications';
import type { PasswordHash } from '../domain/password';
import type { Profile } from '../domain/profile';

export interface AccountRow {
  id: string;
  phone: string;
  email: string;
  snils?: string;
  person: Person;
  passwordHash: PasswordHash;
  identityLevel: IdentityLevel;
  twoFactor: boolean;
  inactivityMinutes: number;
  lockout: LockoutState;
  createdAt: number;
  /** «Мои данные» as last saved; person, phone and e-mail are kept in step with it. */
  profile?: Profile;
  notifications?: NotificationPrefs;
  identity?: {
    pendingScan?: { submittedAt: number; dueAt: number };
    challenge?: { value: string; expiresAt: number };
    method?: 'scan' | 'signature';
    confirmedAt?: number;
  };
}

export interface SessionRow {
  /** The bearer token itself: random, never derived from the account. */
  id: string;
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  remember: boolean;
  device: string;
}

export type CodePurpose = 'register' | 'second_factor' | 'reset' | 'submit';

/** A flow waiting for a one-time code; `id` is the flow id the page holds. */
export interface CodeRow {
  id: string;
  purpose: CodePurpose;
  channel: 'sms' | 'email';
  target: string;
  code: string;
  accountId?: string;
  remember?: boolean;
  device?: string;
  method?: 'phone' | 'email' | 'snils';
  issuedAt: number;
  expiresAt: number;
  attempts: number;
  verified: boolean;
}

export interface InboxRow {
  id?: number;
  channel: 'sms' | 'email';
  to: string;
  at: number;
  subject?: string;
  body: string;
}

export interface SignInRow {
  id?: number;
  accountId: string;
  at: number;
  device: string;
  method: 'phone' | 'email' | 'snils';
  ok: boolean;
}

/** A case in the simulated department: the submitted application and its status history. */
export interface CaseRow {
  id: string;
  accountId: string;
  /** Idempotency key: one draft gives at most one case. */
  draftId: string;
  number: string;
  serviceId: string;
  answers: Record<string, string | boolean>;
  resultWay: 'electronic' | 'post' | 'office';
  status: 'sent' | 'accepted' | 'in_processing' | 'documents_requested' | 'ready' | 'issued' | 'rejected';
  submittedAt: number;
  updatedAt: number;
  timeline: { at: number; status: CaseRow['status']; comment?: string }[];
  /** The files as the department received them. */
  files?: { slot: string; name: string; type: string; size: number; sha256: string; blob: Blob }[];
}
