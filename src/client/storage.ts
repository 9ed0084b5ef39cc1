// Persistent storage: asked for once at start so the browser does not evict drafts and receipts.
export interface StorageState {
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function requestPersistence(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function readStorageState(): Promise<StorageState> {
  if (!navigator.storage?.estimate) return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([navigator.storage.persisted(), navigator.storage.estimate()]);
  return { supported: true, persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}
