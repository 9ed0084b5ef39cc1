// The page's one connection to «okno», and what happens when another tab upgrades its schema:
// pending writes are flushed, the connection closes, and the user is asked to reload.
import { OknoDb } from './db';
import { flushPendingWrites, setReloadRequired } from './lifecycle';

let instance: OknoDb | undefined;

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
