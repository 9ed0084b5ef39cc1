// Bench of encryption at rest (issue 17.5), in Chromium on the app's origin with the same WebCrypto calls
// as src/client/vault (keyWrap.ts, sealing.ts): unlock = PBKDF2-SHA256 at 600,000 iterations to the
// wrapping key + AES-GCM unwrap of the data key (what the lock screen and sign-in wait for); the encrypted
// autosave = seal the draft's answers (AES-GCM) + put the row + wait for its transaction, with 10,000
// sealed drafts stored. The seal runs before the transaction opens, as in draftsRepo.

/** Unlock ms (median and worst of 5) and encrypted autosave ms (p95 and median of 100). */
export function measureVault(page) {
  return page.evaluate(async () => {
    const AES = { name: 'AES-GCM', length: 256 };
    const ITERATIONS = 600_000;
    const text = new TextEncoder();
    const password = 'Zelenyj#Sad7';
    const wrappingKey = async (salt) => {
      const material = await crypto.subtle.importKey('raw', text.encode(password), 'PBKDF2', false, ['deriveKey']);
      return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, material, AES, false, [
        'wrapKey',
        'unwrapKey',
      ]);
    };
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const fresh = await crypto.subtle.generateKey(AES, true, ['encrypt', 'decrypt']);
    const wrapped = await crypto.subtle.wrapKey('raw', fresh, await wrappingKey(salt), { name: 'AES-GCM', iv });
    const unlocks = [];
    let key;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      key = await crypto.subtle.unwrapKey('raw', wrapped, await wrappingKey(salt), { name: 'AES-GCM', iv }, AES, false, ['encrypt', 'decrypt']);
      unlocks.push(performance.now() - t0);
    }
    const seal = async (fields) => {
      const sealIv = crypto.getRandomValues(new Uint8Array(12));
      const json = text.encode(JSON.stringify({ plain: fields, file: null }));
      const packed = new Uint8Array(4 + json.length);
      new DataView(packed.buffer).setUint32(0, json.length);
      packed.set(json, 4);
      return { iv: sealIv, data: await crypto.subtle.encrypt({ name: 'AES-GCM', iv: sealIv }, key, packed) };
    };

    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('okno');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = (tx) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    const answers = { surname: 'Иванова', name: 'Мария', birthDate: '05.03.1990', passportSeries: '4508', passportNumber: '123456' };
    const sealed = await seal({ answers });
    for (let batch = 0; batch < 10; batch++) {
      const tx = db.transaction('drafts', 'readwrite');
      for (let i = 0; i < 1000; i++) {
        const n = batch * 1000 + i;
        tx.objectStore('drafts').put({ id: `vault-${n}`, accountId: 'bench', serviceId: 'residence-certificate', step: 2, updatedAt: n, sealed });
      }
      await done(tx);
    }
    const times = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      const row = {
        id: 'vault-live',
        accountId: 'bench',
        serviceId: 'residence-certificate',
        step: 3,
        updatedAt: Date.now(),
        sealed: await seal({ answers: { ...answers, i } }),
      };
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(row);
      await done(tx);
      times.push(performance.now() - t0);
    }
    db.close();
    times.sort((a, b) => a - b);
    unlocks.sort((a, b) => a - b);
    return { unlockMedian: unlocks[2], unlockMax: unlocks[4], autosaveP95: times[Math.ceil(0.95 * times.length) - 1], autosaveMedian: times[49] };
  });
}
