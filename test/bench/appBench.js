// Bench measurements of the application engine: catalog search latency (the real search module, run in
// Node through Vite) and the draft autosave transaction time in Chromium with 10,000 drafts and
// 10,000 applications already stored.
import { createServer } from 'vite';

const QUERIES = [
  'справка о месте жительства',
  'справк',
  'загран',
  'паспорт',
  'прописка',
  'водительское',
  'права',
  'штраф',
  'справак',
  'ребенка',
  'ребёнка',
  'судимости',
  'налог',
  'врач',
  'регистрация брака',
  'школа',
  '10000027561',
  'пенсия',
  'пособие',
  'xyz',
];

/** Median and p95 of a search over the whole catalog, per query, after a warm-up. */
export async function measureSearch(root, percentile) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { buildIndex, search } = await vite.ssrLoadModule('/src/domain/catalog/search.ts');
    const { SERVICES } = await vite.ssrLoadModule('/src/domain/catalog/services/index.ts');
    const index = buildIndex(SERVICES, 'ru');
    for (const q of QUERIES) search(index, q);
    const times = [];
    for (let round = 0; round < 50; round++) {
      for (const q of QUERIES) {
        const t0 = performance.now();
        search(index, q);
        times.push(performance.now() - t0);
      }
    }
    return { median: percentile(times, 50), p95: percentile(times, 95), services: SERVICES.length };
  } finally {
    await vite.close();
  }
}

/** p95 of one draft write until its transaction completes, with 10,000 drafts and applications stored. */
export function measureAutosave(page) {
  return page.evaluate(async () => {
    const open = () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('okno');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const done = (tx) => new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    const db = await open();
    if (!db.objectStoreNames.contains('drafts')) throw new Error('the okno database has no drafts table yet');
    const answers = { surname: 'Иванова', name: 'Мария', birthDate: '05.03.1990', passportSeries: '4508', passportNumber: '123456' };
    for (let batch = 0; batch < 10; batch++) {
      const tx = db.transaction(['drafts', 'applications'], 'readwrite');
      for (let i = 0; i < 1000; i++) {
        const n = batch * 1000 + i;
        tx.objectStore('drafts').put({ id: `bench-${n}`, accountId: 'bench', serviceId: 'residence-certificate', step: 2, answers, updatedAt: n });
        tx.objectStore('applications').put({
          id: `bench-${n}`,
          accountId: 'bench',
          number: `2026-BNCH-${n}`,
          status: 'sent',
          updatedAt: n,
          data: {},
        });
      }
      await done(tx);
    }
    const times = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put({
        id: 'bench-live',
        accountId: 'bench',
        serviceId: 'residence-certificate',
        step: 3,
        answers: { ...answers, i },
        updatedAt: Date.now(),
      });
      await done(tx);
      times.push(performance.now() - t0);
    }
    db.close();
    times.sort((a, b) => a - b);
    return { p95: times[Math.ceil(0.95 * times.length) - 1], median: times[49] };
  });
}
