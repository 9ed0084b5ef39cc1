// Which fields of which table are personal, and how a row is sealed for storage and opened after a read.
// Keys and indexes (ids, accountId, owner, timestamps, status, the service and slot ids) stay in clear so
// queries work; everything the person typed or attached goes into `sealed`. Seal BEFORE a transaction and
// open AFTER the read: an await on crypto.subtle inside a Dexie transaction lets IndexedDB commit it.
import { isSealed, seal, unseal } from './sealing';
import { aheadCipher, openingKey, sealingKey } from './vaultKey';

export const PERSONAL_FIELDS = {
  profile: ['data'],
  drafts: ['answers', 'fixes'],
  attachments: ['name', 'type', 'size', 'sha256', 'blob'],
  documents: ['title', 'type', 'size', 'sha256', 'blob'],
  outbox: ['body'],
  supportChats: ['data'],
  // Mirrors of server records: the server's view (names, addresses, amounts' purposes, texts) is `data`.
  applications: ['data'],
  notifications: ['data'],
  receipts: ['data'],
  payments: ['data'],
  refunds: ['data'],
  appeals: ['data'],
  bookings: ['data'],
  // The journal's details name files and choices («Добавить документ: passport.pdf»).
  audit: ['detail'],
} as const satisfies Record<string, readonly string[]>;

export type SealedTable = keyof typeof PERSONAL_FIELDS;

/** The account a row belongs to: profile rows are keyed by it, support chats name an owner. */
export function ownerOf(table: SealedTable, row: object): string {
  const fields = row as { id?: string; owner?: string; accountId?: string };
  return String((table === 'profile' ? fields.id : table === 'supportChats' ? fields.owner : fields.accountId) ?? '');
}

function split(table: SealedTable, row: object): { rest: Record<string, unknown>; personal: Record<string, unknown> } {
  const rest: Record<string, unknown> = { ...row };
  const personal: Record<string, unknown> = {};
  for (const field of PERSONAL_FIELDS[table]) {
    if (field in rest) personal[field] = rest[field];
    delete rest[field];
  }
  return { rest, personal };
}

/** The row as it is stored: sealed when its owner encrypts (typed as the row, as Dexie's tables are). */
export async function sealRow<T extends object>(table: SealedTable, row: T, key = sealingKey(ownerOf(table, row))): Promise<T> {
  if (!key || isSealed(row)) return row;
  const { rest, personal } = split(table, row);
  return { ...rest, sealed: await seal(key, personal) } as T;
}

/** The row sealed at once, in this task, with the write-ahead key (aheadKey.ts); null when that cannot be done yet. */
export function sealRowNow<T extends object>(table: SealedTable, row: T): T | null {
  const { rest, personal } = split(table, row);
  const sealed = aheadCipher()?.sealNow(ownerOf(table, row), personal) ?? null;
  return sealed && ({ ...rest, sealed } as T);
}

/**
 * A change for Dexie's update(): the personal fields sealed, their clear copies removed (undefined deletes
 * a property in an update). Every personal field of the row must be in the patch, or it would be lost.
 */
export async function sealPatch<T extends object>(table: SealedTable, owner: string, patch: T): Promise<T> {
  const key = sealingKey(owner);
  if (!key) return patch;
  const { rest, personal } = split(table, patch);
  const cleared = Object.fromEntries(Object.keys(personal).map((field) => [field, undefined]));
  return { ...rest, ...cleared, sealed: await seal(key, personal) } as T;
}

/** The row with its personal fields back; rows stored in clear pass as they are. */
export async function openRow<T>(row: T): Promise<T> {
  if (!isSealed(row)) return row;
  const { sealed, ...rest } = row;
  return { ...rest, ...(await unseal(openingKey(), sealed)) } as T;
}

export const openRows = <T>(rows: readonly T[]): Promise<T[]> => Promise.all(rows.map(openRow));
