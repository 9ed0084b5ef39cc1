// AES-GCM sealing of a row's personal fields: the fields (and at most one Blob among them, a file) become
// one encrypted blob `{ iv, data }`, so nothing personal stays readable in IndexedDB. Pure WebCrypto: no
// database here, and never call it inside a Dexie transaction (an await on crypto.subtle commits it).

/** What a sealed row stores in place of its personal fields. */
export interface Sealed {
  /** 12 random bytes, new for every seal (AES-GCM must never reuse one under a key). */
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
  /** Sealed in the keystroke's own task (aheadKey.ts): the key it was sealed with, itself sealed by the data key. */
  ahead?: { iv: Uint8Array<ArrayBuffer>; wrapped: ArrayBuffer };
}

const text = new TextEncoder();
const untext = new TextDecoder();

/** Packs the fields as [JSON length: 4 bytes][JSON][the Blob's bytes, if one]. */
async function pack(fields: Record<string, unknown>): Promise<Uint8Array<ArrayBuffer>> {
  const blob = Object.entries(fields).find((entry): entry is [string, Blob] => entry[1] instanceof Blob);
  return packWith(fields, blob ? { field: blob[0], type: blob[1].type, bytes: new Uint8Array(await blob[1].arrayBuffer()) } : null);
}

/** The same packing at once, for fields without a Blob; null when there is one. */
export function packNow(fields: Record<string, unknown>): Uint8Array<ArrayBuffer> | null {
  return Object.values(fields).some((value) => value instanceof Blob) ? null : packWith(fields, null);
}

function packWith(
  fields: Record<string, unknown>,
  blob: { field: string; type: string; bytes: Uint8Array<ArrayBuffer> } | null,
): Uint8Array<ArrayBuffer> {
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) if (!(value instanceof Blob) && value !== undefined) plain[name] = value;
  const file = blob && { field: blob.field, type: blob.type };
  const bytes = blob?.bytes ?? new Uint8Array(0);
  const json = text.encode(JSON.stringify({ plain, file }));
  const out = new Uint8Array(4 + json.length + bytes.length);
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  out.set(bytes, 4 + json.length);
  return out;
}

function unpack(packed: Uint8Array): Record<string, unknown> {
  const length = new DataView(packed.buffer, packed.byteOffset).getUint32(0);
  const { plain, file } = JSON.parse(untext.decode(packed.subarray(4, 4 + length))) as {
    plain: Record<string, unknown>;
    file: { field: string; type: string } | null;
  };
  if (file) plain[file.field] = new Blob([packed.slice(4 + length)], { type: file.type });
  return plain;
}

export async function seal(key: CryptoKey, fields: Record<string, unknown>): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, await pack(fields));
  return { iv, data };
}

/** Throws (an OperationError) when the key is not the one that sealed it or a byte was changed. */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<Record<string, unknown>> {
  const opener = sealed.ahead ? await openAheadKey(key, sealed.ahead) : key;
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, opener, sealed.data);
  return unpack(new Uint8Array(plain));
}

/** The write-ahead key a row was sealed with, opened by the data key (throws when it is not the one). */
async function openAheadKey(key: CryptoKey, ahead: NonNullable<Sealed['ahead']>): Promise<CryptoKey> {
  const raw = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ahead.iv }, key, ahead.wrapped);
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
}

export const isSealed = (row: unknown): row is { sealed: Sealed } =>
  typeof row === 'object' && row !== null && 'sealed' in row && typeof (row as { sealed: unknown }).sealed === 'object';
