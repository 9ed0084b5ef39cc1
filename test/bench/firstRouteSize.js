// The size part of the bench alone (`node test/bench/firstRouteSize.js`, after `npm run build`): the JS
// and CSS / fetches before the first interaction, in KB gzip, per file. Why: `npm run bench` takes many
// minutes on the shared machine; checking a change of what the first route loads should not.
// OKNO_BENCH_PORT and OKNO_OUT_DIR as in run.js. Prints the figures; exits non-zero only if it cannot run.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import * as m from './measure.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, process.env.OKNO_OUT_DIR ?? 'dist');
const PORT = Number(process.env.OKNO_BENCH_PORT ?? 4199);
const budgets = JSON.parse(readFileSync(join(ROOT, 'test/bench/budgets.json'), 'utf8'));

function gzipOf(urls) {
  const files = urls
    .map((url) => m.distFileForUrl(DIST, url))
    .filter(Boolean)
    .map((file) => ({ file: relative(DIST, file), gzip: m.gzipBytes(file) }));
  return { kb: Math.round((files.reduce((sum, f) => sum + f.gzip, 0) / m.KB) * 10) / 10, files: files.sort((a, b) => b.gzip - a.gzip) };
}

const server = await preview({ root: ROOT, logLevel: 'warn', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
try {
  const assets = await m.firstRouteAssets(browser, `http://127.0.0.1:${PORT}/`);
  const js = gzipOf(assets.scripts);
  const css = gzipOf(assets.styles);
  for (const f of js.files) console.log(`  ${(f.gzip / m.KB).toFixed(1).padStart(6)} KB  ${f.file}`);
  console.log(`JS before first interaction on / (gzip): ${js.kb} KB (budget ${budgets.firstRouteJsGzipKB})`);
  const inline = m.inlineStyleGzipBytes(join(DIST, 'index.html')) / m.KB;
  console.log(`CSS on / (gzip): ${(css.kb + inline).toFixed(1)} KB, ${inline.toFixed(1)} of it inline (budget ${budgets.cssGzipKB})`);
} finally {
  await browser.close();
  await server.close();
}
