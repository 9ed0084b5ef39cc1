// Row shapes of «okno-server» beyond settings and changes: accounts, sessions, one-time codes, inbox.
import type { CodePurpose } from './auth/codePurposes';
import type { RatingView } from '../domain/ratings/rating';
import type { IdentityLevel, Person } from '../domain/account';
import type { LockoutState } from '../domain/lockout';
import type { NotificationPrefs } from '../domain/notifications';
import type { PasswordHash } from '../domain/password';
import type { Profile } from '../domain/profile';
import type { Address } from '../domain/address';
import type { PublicKey } from '../domain/submissionSignature';
import type { ApplicationStatus } from '../domain/application';
import type { ResultWay } from '../domain/catalog/kinds';
import type { CaseEvent, CaseScenario, CaseState, NoticeKind, TimelineEntry } from '../domain/lifecycle/types';
import type { RejectionReason } from '../domain/scenario';
import type { AppealNoticeKind } from '../domain/appeals/types';
import type { BookingNoticeKind } from '../domain/offices/booking';
import type { AccountAlertKind } from '../domain/accountAlerts';
import type { SignInMethod } from '../domain/account';
import type { IdentityAttempt, IdentityScenario } from '../domain/identityRefusal';

export interface AccountRow {
  id: string;
  phone: string;
  email: string;
  snils?: string;
  /** The personal INN from «Мои данные», kept beside the profile as a fourth way to sign in. */
  inn?: string;
  person: Person;
  passwordHash: PasswordHash;
  identityLevel: IdentityLevel;
  twoFactor: boolean;
  inactivityMinutes: number;
  lockout: LockoutState;
  createdAt: number;
  /**
   * SHA-256 (hex) of the secret of this person's simulated phone and mailbox, held by the device that
   * registered: only that device reads codes sent to the account before sign-in (reset, second factor).
   */
  handset?: string;
  /** When the e-mail was confirmed by a code sent to it; absent (a new or changed address) it serves neither sign-in nor recovery. */
  emailConfirmedAt?: number;
  /**
   * The authenticator app (TOTP): its base32 secret (the server must compute the same codes), set on
   * when the first code confirmed it; SHA-256 hashes of the unused recovery codes; the last time step
   * used, so a code works once.
   */
  authenticator?: { secret: string; enabledAt?: number; recoveryHashes: string[]; usedStep: number };
  /** Backup contacts for «Забыли пароль?» (issue 19.12), stored only once confirmed by a code sent to them. */
  recovery?: { phone?: string; phoneConfirmedAt?: number; email?: string; emailConfirmedAt?: number };
  /**
   * A temporary password issued by support (its hash is `passwordHash`): until it is changed, sign-in leads
   * only to «Смените временный пароль»; after `expiresAt` it opens nothing.
   */
  temporaryPassword?: { issuedAt: number; expiresAt: number; requestNumber: string };
  /** «Мои данные» as last saved; person, phone and e-mail are kept in step with it. */
  profile?: Profile;
  notifications?: NotificationPrefs;
  identity?: {
    /** The scan waiting for the department, and the story it was sent under (approve, refuse, wait for the console). */
    pendingScan?: { submittedAt: number; dueAt: number; scenario?: IdentityScenario };
    /** Every scan sent and its answer, oldest first (a refused one is kept when the next is sent). */
    attempts?: IdentityAttempt[];
    challenge?: { value: string; expiresAt: number };
    method?: 'scan' | 'signature';
    confirmedAt?: number;
  };
  /** The account's own electronic signature key (issue 19.5): its public half, proved when registered. */
  signatureKey?: { jwk: PublicKey; fingerprint: string; registeredAt: number };
  /** The one-time challenge a key registration must sign. */
  keyChallenge?: { value: string; expiresAt: number };
}

export interface SessionRow {
  /** The bearer token itself: random, never derived from the account. */
  id: string;
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  remember: boolean;
  device: string;
  /** Set when the session ended by inactivity; the token is kept only to say so. */
  endedAt?: number;
}

export type { CodePurpose };

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
  method?: SignInMethod;
  /** Values the message names besides the code (a payment's amount and card). */
  values?: Record<string, string>;
  issuedAt: number;
  expiresAt: number;
  attempts: number;
  verified: boolean;
}

export interface InboxRow {
  id?: number;
  /** Whose simulated phone or mailbox received it; absent only for a flow with no account yet (registration). */
  accountId?: string;
  /** The code flow that sent it: shown to that flow's page while it lasts. */
  flowId?: string;
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
  method: SignInMethod;
  ok: boolean;
}

/** A case in the simulated department: the submitted application, its event log and its story so far. */
export interface CaseRow {
  id: string;
  accountId: string;
  /** Idempotency key: one draft gives at most one case. */
  draftId: string;
  number: string;
  serviceId: string;
  answers: Record<string, string | boolean>;
  resultWay: ResultWay;
  submittedAt: number;
  /** The story this case plays, fixed at arrival, and the seed that times it. */
  scenario: CaseScenario;
  rejectReason?: RejectionReason;
  /** The registry check (issue 19.3): a prompt answer, and the answers that differed from the registry. */
  registry?: { fast: boolean; mismatch: string[] };
  seed: string;
  validityMonths: number;
  /** What people did: the operator's actions, the citizen's replies. */
  events: CaseEvent[];
  /** The computed state as last settled (status, timeline, request…), kept for lists and queues. */
  status: ApplicationStatus;
  updatedAt: number;
  timeline: TimelineEntry[];
  state?: Omit<CaseState, 'notices' | 'timeline' | 'status' | 'next'>;
  /** When the story changes next by itself; absent while the case waits for a person or is closed. */
  next?: number;
  /** Keys of the notices already delivered. */
  noticed?: string[];
  /** The files as the department received them, then any sent in reply to a request. */
  files?: { slot: string; name: string; type: string; size: number; sha256: string; blob: Blob; at?: number }[];
  /** The visit booked in the wizard (issue 14) and the office chosen for a paper result. */
  bookingId?: string;
  resultOfficeId?: string;
  /** Where the post delivers a paper result (issue 19.4), normalised. */
  deliveryAddress?: Address;
  /** Confirmed by the citizen's electronic signature: which key, over which digest (issue 19.5). */
  signedWith?: { fingerprint: string; digest: string };
  /** «Исправить и подать заново»: the refused case this one corrects, and the case that corrected this one. */
  fixes?: { id: string; number: string };
  fixedBy?: { id: string; number: string };
  /** What the citizen wrote to the department from the case page; the replies are computed (questions.ts). */
  questions?: { at: number; text: string }[];
  /** The citizen's «Оценить услугу» (also in the ratings table, which the statistics read). */
  rating?: RatingView;
}

/** One notice in the citizen's notification centre; `key` makes a delivery happen once. */
export interface NoticeRow {
  id?: number;
  key: string;
  accountId: string;
  caseId?: string;
  appealId?: string;
  kind: NoticeKind | `appeal_${AppealNoticeKind}` | BookingNoticeKind | AccountAlertKind | 'news';
  at: number;
  /** Parameters for the page's dictionary (number, service, deadline…), never finished text. */
  params: Record<string, string | number>;
  readAt?: number;
}

/** A signed electronic document in the authority's registry. */
export interface CertificateRow {
  /** The document's own number (printed on it and carried by its QR code). */
  number: string;
  caseId: string;
  accountId: string;
  /** The canonical JSON of the document's data, exactly as signed. */
  data: string;
  /** SHA-256 of `data` (base64url). */
  hash: string;
  /** ECDSA P-256 / SHA-256 signature of `data` (base64url, IEEE P1363 r||s). */
  signature: string;
  keyId: string;
  issuedAt: number;
  validUntil: number;
  revokedAt?: number;
  /**
   * The sealed PDF (workers/pdf/seal.ts), made on the first download and kept, so every copy of the
   * file is the same bytes. Rows issued before whole-file seals have none until their next download.
   */
  pdf?: Uint8Array;
}

/** A request to restore access through support (issue 19.12): made by someone who lost every contact. */
export interface RecoveryRequestRow {
  id: string;
  /** Told to the person; the console finds the request by it. */
  number: string;
  /** A random token: the messages about the request carry it as their flowId, so the page that sent it can read them. */
  inbox: string;
  createdAt: number;
  status: 'new' | 'approved' | 'refused';
  person: { surname: string; name: string; patronymic: string; birthDate: string };
  snils?: string;
  passport?: { series: string; number: string };
  contact: { channel: 'sms' | 'email'; to: string };
  /** The account the clerk restored, once approved. */
  accountId?: string;
  decidedAt?: number;
}
