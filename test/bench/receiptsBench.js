// Bench of «Мои платежи» with 5,000 receipts and of the receipt PDF, run in Node through Vite with the
// real modules. First render is what the page does before painting: filter, sum, format the visible rows
// (the list is virtualized, so only about a screenful is formatted); filter time is a median over filter
// changes after that. PDF: cold is the first render after the modules load, warm the median after it.
// Prints numbers only; run alone: node test/bench/receiptsBench.js
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const RECEIPT_COUNT = 5_000;
/** Rows a virtualized list formats for one screen, overscan included. */
const VISIBLE_ROWS = 16;
const WARM_RUNS = 20;
const FILTERS = [
  { kind: 'fee' },
  { kind: 'fine', min: 1000 },
  { from: '2025-06-01', to: '2025-12-31' },
  { service: 'driving-licence', archive: true },
  { min: 200, max: 3000 },
  {},
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** {firstRenderMs, filterMedianMs, filterMaxMs, pdfColdMs, pdfWarmMedianMs, pdfSizeKB} with 5,000 receipts. */
export async function measureReceipts(root) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { filterReceipts, periodSum } = await vite.ssrLoadModule('/src/features/receipts/receiptsQuery.ts');
    const { sampleReceipts } = await vite.ssrLoadModule('/test/fixtures/receiptSamples.ts');
    const { formatMoney } = await vite.ssrLoadModule('/src/domain/money.ts');
    const { renderReceipt } = await vite.ssrLoadModule('/workers/pdf/receipt.ts');
    const { receiptsRu } = await vite.ssrLoadModule('/src/i18n/receipts.ru.ts');
    const receipts = sampleReceipts(RECEIPT_COUNT);
    const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Moscow' });
    const renderList = (search) => {
      const shown = filterReceipts(receipts, search);
      const total = formatMoney(periodSum(shown));
      const visible = shown.slice(0, VISIBLE_ROWS).map((r) => `${r.purpose.ru} ${formatMoney(r.amountKopecks)} ${dateTime.format(r.paidAt)}`);
      return { count: shown.length, total, visible };
    };

    const f0 = performance.now();
    renderList({});
    const firstRenderMs = performance.now() - f0;
    const filterTimes = [];
    for (let round = 0; round < 10; round++) {
      for (const search of FILTERS) {
        const t0 = performance.now();
        renderList(search);
        filterTimes.push(performance.now() - t0);
      }
    }

    const input = { receipt: { ...receipts[1], uins: ['18810177230000123456'], kind: 'fine' }, labels: receiptsRu.receipts.pdf, language: 'ru' };
    const c0 = performance.now();
    const bytes = await renderReceipt(input);
    const pdfColdMs = performance.now() - c0;
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const w0 = performance.now();
      await renderReceipt(input);
      warm.push(performance.now() - w0);
    }
    return {
      firstRenderMs,
      filterMedianMs: median(filterTimes),
      filterMaxMs: Math.max(...filterTimes),
      pdfColdMs,
      pdfWarmMedianMs: median(warm),
      pdfSizeKB: bytes.length / 1024,
    };
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const result = await measureReceipts(root);
  for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(16)} ${value.toFixed(1)}`);
}
