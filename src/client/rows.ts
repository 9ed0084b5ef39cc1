// Row shapes of the client database. Each is a valibot schema so exports can be checked on import;
// feature issues widen the payload schemas, never the keys.
import * as v from 'valibot';

/** Owner of rows created before accounts existed, and of the signed-out visitor's data. */
export const LOCAL_ACCOUNT = 'local';

const Owned = { id: v.string(), accountId: v.string() };
const Stamp = v.number(); // ms since epoch

/**
 * A secret one account keeps on this device; `value` is a string, a CryptoKeyPair (stored as is), or for
 * 'vault' the data key of encryption at rest, wrapped by the password (src/client/vault/keyWrap.ts).
 */
export const KeyRowSchema = v.object({ accountId: v.string(), kind: v.picklist(['handset', 'signature', 'vault']), value: v.unknown() });
export type KeyRow = v.InferOutput<typeof KeyRowSchema>;

export const SettingRowSchema = v.object({ key: v.string(), value: v.unknown() });
export type SettingRow = v.InferOutput<typeof SettingRowSchema>;

export const ProfileRowSchema = v.object({ id: v.string(), updatedAt: Stamp, data: v.record(v.string(), v.unknown()) });
export type ProfileRow = v.InferOutput<typeof ProfileRowSchema>;

export const DraftRowSchema = v.object({
  ...Owned,
  serviceId: v.string(),
  step: v.number(),
  answers: v.record(v.string(), v.unknown()),
  updatedAt: Stamp,
  /** Fingerprint of the service form the answers were given to (see formFingerprint). */
  form: v.optional(v.string()),
  /** «Исправить и подать заново»: the refused application this draft corrects (src/domain/fixRefusal.ts). */
  fixes: v.optional(
    v.object({
      caseId: v.string(),
      number: v.string(),
      reason: v.string(),
      comment: v.optional(v.string()),
      fields: v.optional(v.array(v.string())),
    }),
  ),
});
export type DraftRow = v.InferOutput<typeof DraftRowSchema>;

export const AttachmentRowSchema = v.object({
  ...Owned,
  draftId: v.string(),
  /** Which document of the service this file is for (its id in the service definition). */
  slot: v.optional(v.string()),
  name: v.string(),
  type: v.string(),
  size: v.number(),
  sha256: v.string(),
  blob: v.blob(),
});
export type AttachmentRow = v.InferOutput<typeof AttachmentRowSchema>;

export const DocumentRowSchema = v.object({
  ...Owned,
  title: v.string(),
  type: v.string(),
  size: v.number(),
  addedAt: Stamp,
  /** Hex SHA-256 of the file, computed in the validation worker. */
  sha256: v.optional(v.string()),
  blob: v.blob(),
});
export type DocumentRow = v.InferOutput<typeof DocumentRowSchema>;

/** Mirrors of server-side records (cases, payments, appeals, bookings): the server's JSON plus keys. */
const Mirror = { ...Owned, status: v.string(), updatedAt: Stamp, data: v.record(v.string(), v.unknown()) };

export const ApplicationRowSchema = v.object({ ...Mirror, number: v.string() });
export type ApplicationRow = v.InferOutput<typeof ApplicationRowSchema>;

export const PaymentRowSchema = v.object({ ...Mirror, invoiceId: v.string() });
export type PaymentRow = v.InferOutput<typeof PaymentRowSchema>;

export const ReceiptRowSchema = v.object({
  ...Owned,
  paidAt: Stamp,
  amountKopecks: v.number(),
  data: v.record(v.string(), v.unknown()),
  /** Kept from before the server started over (or from an import): the server may not have it now. */
  stale: v.optional(v.boolean()),
});
export type ReceiptRow = v.InferOutput<typeof ReceiptRowSchema>;

export const RefundRowSchema = v.object({ ...Owned, data: v.record(v.string(), v.unknown()) });
export type RefundRow = v.InferOutput<typeof RefundRowSchema>;

export const AppealRowSchema = v.object(Mirror);
export type AppealRow = v.InferOutput<typeof AppealRowSchema>;

export const BookingRowSchema = v.object({ ...Mirror, startsAt: Stamp });
export type BookingRow = v.InferOutput<typeof BookingRowSchema>;

export const NotificationRowSchema = v.object({
  ...Owned,
  kind: v.string(),
  createdAt: Stamp,
  readAt: v.optional(v.number()),
  data: v.record(v.string(), v.unknown()),
});
export type NotificationRow = v.InferOutput<typeof NotificationRowSchema>;

export const AuditRowSchema = v.object({
  id: v.optional(v.number()),
  accountId: v.string(),
  at: Stamp,
  kind: v.string(),
  detail: v.optional(v.string()),
});
export type AuditRow = v.InferOutput<typeof AuditRowSchema>;

/** A request waiting to be sent; the id doubles as its idempotency key. */
export const OutboxRowSchema = v.object({
  id: v.string(),
  /** Whose request it is (rows queued before v4 have none and are shown to nobody). */
  accountId: v.optional(v.string()),
  createdAt: Stamp,
  method: v.string(),
  path: v.string(),
  body: v.unknown(),
  attempts: v.number(),
  lastError: v.optional(v.string()),
  /** The server refused it for good (a 4xx): it waits for the user, not for the network. */
  failed: v.optional(v.boolean()),
});
export type OutboxRow = v.InferOutput<typeof OutboxRowSchema>;
