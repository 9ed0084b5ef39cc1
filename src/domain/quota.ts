// Recognising a full disk: IndexedDB reports QuotaExceededError, Dexie wraps it (in `inner`, sometimes
// twice). Page and server both turn it into «no space left», never «unknown error».

/** True when the error (or an error it wraps) is a storage quota exhaustion. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
