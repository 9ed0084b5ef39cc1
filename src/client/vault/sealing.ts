// AES-GCM sealing of a row's personal fields: the fields (and at most one Blob among them, a file) become
// one encrypted blob `{ iv, data }`, so nothing personal stays readable in IndexedDB. Pure WebCrypto: no
// database here, and never call it inside a Dexie transaction (an await on crypto.subtle commits it).

/** What a sealed row stores in place of its personal fields. */
export interface Sealed {
  /** 12 random bytes, new for every seal (AES-GCM must never reuse one under a key). */
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const text = new TextEncoder();
const untext = new TextDecoder();

/** Packs the fields as [JSON length: 4 bytes][JSON][the Blob's bytes, if one]. */
async function pack(fields: Record<string, unknown>): Promise<Uint8Array<ArrayBuffer>> {
  const plain: Record<string, unknown> = {};
  let file: { field: string; type: string } | null = null;
  let bytes: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) {
      file = { field: name, type: value.type };
      bytes = new Uint8Array(await value.arrayBuffer());
    } else if (value !== undefined) plain[name] = value;
  }
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
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
  return unpack(new Uint8Array(plain));
}

export const isSealed = (row: unknown): row is { sealed: Sealed } =>
  typeof row === 'object' && row !== null && 'sealed' in row && typeof (row as { sealed: unknown }).sealed === 'object';
