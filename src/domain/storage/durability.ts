// How both databases («okno» on the page, «okno-server» in the service worker) write what must not be
// lost, and how they get over a lost connection (issue 11, point 6).
//
// Strict durability: Chromium now commits IndexedDB writes «relaxed» (the complete event fires before the
// data reaches the disk). A write transaction that touches a table holding money or a submission is
// opened «strict» instead, so «Оплачено» or «Заявление отправлено» is said only once it is on disk. The
// rule goes by table because a Dexie transaction declares its tables up front: no caller can forget it.
// Schema migrations run in the browser's upgrade transaction, which takes no durability option.
//
// Lost connection: when the browser's storage process goes away, the page's connection is dead and every
// transaction on it fails («UnknownError», or «InvalidStateError» on a closing connection). Dexie would
// keep failing on the dead handle; this closes it with auto-open kept, so the next write (the autosave's
// next change, the outbox's next attempt) opens a fresh connection. A close of our own (another tab's
// schema upgrade) disables auto-open and never reaches this code.
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const LOST_CONNECTION = new Set(['UnknownError', 'InvalidStateError']);

const isLostConnection = (error: unknown): boolean => LOST_CONNECTION.has((error as { name?: string } | null)?.name ?? '');

/**
 * `strictTables`: a read-write transaction over any of them is opened with strict durability.
 * `reconnect`: closes the dead connection so that the next operation opens a new one.
 */
export function storageMiddleware(strictTables: readonly string[], reconnect: () => void): Middleware<DBCore> {
  const strict = new Set(strictTables);
  return {
    stack: 'dbcore',
    name: 'okno-storage',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const durability = mode === 'readwrite' && stores.some((name) => strict.has(name)) ? 'strict' : options?.durability;
        let tx: DBCoreTransaction;
        try {
          tx = down.transaction(stores, mode, durability ? { durability } : options);
        } catch (error) {
          if (isLostConnection(error)) reconnect();
          throw error;
        }
        watchForLostConnection(tx, reconnect);
        return tx;
      },
    }),
  };
}

function watchForLostConnection(tx: DBCoreTransaction, reconnect: () => void): void {
  const idbTx = tx as Partial<IDBTransaction>;
  idbTx.addEventListener?.('abort', () => {
    if (isLostConnection(idbTx.error)) reconnect();
  });
}
