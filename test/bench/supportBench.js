// Knowledge-base search timing (issue 13): the recall set's queries against the real articles, through
// the same module the help page and the chat use, loaded with Vite's SSR loader like the catalog bench.
import { createServer } from 'vite';

export async function measureKbSearch(root, percentile) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { buildKbIndex } = await vite.ssrLoadModule('/src/domain/support/kbSearch.ts');
    const { ARTICLES } = await vite.ssrLoadModule('/src/domain/support/articles/index.ts');
    const { RECALL_SET } = await vite.ssrLoadModule('/src/domain/support/recallSet.ts');
    const t0 = performance.now();
    const index = buildKbIndex(ARTICLES);
    const buildMs = performance.now() - t0;
    for (const { query } of RECALL_SET) index.search(query, 3);
    const times = [];
    for (let round = 0; round < 20; round++) {
      for (const { query } of RECALL_SET) {
        const start = performance.now();
        index.search(query, 3);
        times.push(performance.now() - start);
      }
    }
    return { buildMs, median: percentile(times, 50), p95: percentile(times, 95), articles: ARTICLES.length };
  } finally {
    await vite.close();
  }
}
