// zlib inflate of one PDF stream with the platform's DecompressionStream (browsers, workers, Node), with
// a ceiling: a hostile file can pack gigabytes into a few kilobytes, so output beyond `maxBytes` stops
// the read and counts as unreadable.

/**
 * Inflated bytes, or null when the data is not zlib or inflates past `maxBytes`. Junk after the end of
 * the compressed data (a line break before «endstream») is tolerated: what came out before it is kept.
 */
export async function inflate(data: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; the writer's own promises would only be unhandled rejections.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch {
    if (total === 0) return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
