// The page's one connection to «okno», and what happens when another tab upgrades its schema:
// pending writes are flushed, the connection closes, and the user is asked to reload.
import { createSignal } from 'solid-js';
import { OknoDb } from './db';

type Flush = () => void | Promise<void>;

const FLUSH_TIMEOUT_MS = 1500;
const flushers = new Set<Flush>();
const [reloadRequired, setReloadRequired] = createSignal(false);
let instance: OknoDb | undefined;

export { reloadRequired };

/** Registers work to finish before the connection closes (e.g. a pending autosave). Returns an unregister. */
export function registerFlush(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export async function flushPendingWrites(): Promise<void> {
  const all = Promise.allSettled([...flushers].map((flush) => flush()));
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS))]);
}

export function getDb(): OknoDb {
  if (instance) return instance;
  const db = new OknoDb();
  db.on('versionchange', () => {
    void flushPendingWrites().finally(() => {
      db.close();
      setReloadRequired(true);
    });
    return false; // keep the connection until our own writes are flushed
  });
  instance = db;
  return db;
}
