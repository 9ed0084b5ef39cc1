// «Скачать мои данные»: one self-checking file with everything an account owns, that Okno can import
// back. Files travel as data URLs; a SHA-256 over the payload catches damage.
import * as v from 'valibot';

export const EXPORT_FORMAT = 'okno-export';
/**
 * 2: the receipts table is refreshed from the server at export time (archived receipts included) and
 * `receiptsAsOf` says when. Version 1 archives stay importable: their tables have the same shape.
 */
export const EXPORT_VERSION = 2;
export const IMPORTABLE_VERSIONS = [1, 2] as const;

/** A Blob inside the archive. */
export const ArchivedFileSchema = v.object({ dataUrl: v.pipe(v.string(), v.startsWith('data:')) });

export const ExportPayloadSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.picklist(IMPORTABLE_VERSIONS),
  exportedAt: v.number(),
  account: v.object({ id: v.string(), phone: v.string(), email: v.string() }),
  /** The profile as the server keeps it, or null when none was saved. */
  profile: v.nullable(v.record(v.string(), v.unknown())),
  /** Rows of the device's tables for this account, by table name; Blob fields become ArchivedFile. */
  tables: v.record(v.string(), v.array(v.record(v.string(), v.unknown()))),
  /** Server time of the receipts in `tables.receipts`; absent in version 1, or when the server was unreachable. */
  receiptsAsOf: v.optional(v.number()),
});
export type ExportPayload = v.InferOutput<typeof ExportPayloadSchema>;

export const ExportArchiveSchema = v.object({
  payload: ExportPayloadSchema,
  /** Hex SHA-256 of JSON.stringify(payload). */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
export type ExportArchive = v.InferOutput<typeof ExportArchiveSchema>;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function sealArchive(payload: ExportPayload): Promise<ExportArchive> {
  return { payload, sha256: await sha256Hex(JSON.stringify(payload)) };
}

export type ArchiveProblem = 'not_json' | 'not_archive' | 'damaged' | 'foreign';

/** Checks a file's text; the account must be the one importing it. Never throws. */
export async function openArchive(
  text: string,
  accountId: string,
): Promise<{ ok: true; payload: ExportPayload } | { ok: false; problem: ArchiveProblem }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not_json' };
  }
  const archive = v.safeParse(ExportArchiveSchema, parsed);
  if (!archive.success) return { ok: false, problem: 'not_archive' };
  if ((await sha256Hex(JSON.stringify(archive.output.payload))) !== archive.output.sha256) return { ok: false, problem: 'damaged' };
  if (archive.output.payload.account.id !== accountId) return { ok: false, problem: 'foreign' };
  return { ok: true, payload: archive.output.payload };
}
