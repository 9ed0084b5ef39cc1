// What one person left on the device, read raw in the page: rows of every object store of «okno»
// (owned by the account, keyed by it, or carrying their data), Cache Storage entries that are API answers
// or carry their data, and localStorage / sessionStorage values. Empty when the wipe did its work.
import type { Page } from '@playwright/test';

export function deviceLeftovers(page: Page, accountId: string, marks: string): Promise<string[]> {
  return page.evaluate(
    async ({ accountId, marks }) => {
      const mark = new RegExp(marks);
      const found: string[] = [];
      const names = (text: string) => text.includes(accountId) || mark.test(text);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('okno');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const [rows, keys] = await new Promise<[unknown[], IDBValidKey[]]>((resolve) => {
          const tx = db.transaction(store);
          const all = tx.objectStore(store).getAll();
          const allKeys = tx.objectStore(store).getAllKeys();
          tx.oncomplete = () => resolve([all.result, allKeys.result]);
        });
        rows.forEach((row, i) => {
          // CryptoKeys and Blobs do not stringify: the key and the owner fields still say whose a row is.
          const text = `${JSON.stringify(keys[i])} ${JSON.stringify(row)}`;
          if (names(text)) found.push(`okno.${store}: ${text.slice(0, 120)}`);
        });
      }
      db.close();
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
          if (new URL(request.url).pathname.startsWith('/api/')) found.push(`cache ${name}: ${request.url}`);
          const type = (await cache.match(request))?.headers.get('Content-Type') ?? '';
          if (/json|html/.test(type) && names((await (await cache.match(request))?.text()) ?? ''))
            found.push(`cache ${name}: ${request.url} names A`);
        }
      }
      for (const [label, storage] of [
        ['localStorage', localStorage],
        ['sessionStorage', sessionStorage],
      ] as const) {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i) ?? '';
          if (names(`${key} ${storage.getItem(key) ?? ''}`)) found.push(`${label}: ${key}`);
        }
      }
      return found;
    },
    { accountId, marks },
  );
}
