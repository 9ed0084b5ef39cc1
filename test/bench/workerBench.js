// Bench of the validation worker as the page really uses it: 20 files of 5 MB each picked one after
// another in the demo page's «Файл для проверки» (ToolsPanel → checkFileInWorker), timing each verdict and
// recording the main thread's long tasks meanwhile. Drives the built UI only: no test hooks in the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FILE_COUNT = 20;
/** Rounds of the 20 checks; the figure is the median round (this 2-core machine's single rounds swing by ±20%). */
export const ROUNDS = 3;
/** The per-file limit itself (MAX_FILE_BYTES): the largest file the check still accepts. */
const FILE_BYTES = 5 * 1024 * 1024;
const KINDS = ['pdf', 'jpg', 'png'];

/**
 * Opens nothing itself: `page` must show /demo. Returns the wall time of the 20 checks (the median of
 * ROUNDS rounds, each with fresh files), each file's time in that round,
 * the longest 'longtask' entry (0 when no task reached Chromium's 50 ms threshold) and, as a cross-check
 * below that threshold, the longest gap between animation frames.
 */
export async function measureWorkerCheck(page, root) {
  const fixtures = Object.fromEntries(
    KINDS.map((kind) => [kind, readFileSync(join(root, 'test/fixtures/files', `sample.${kind}`)).toString('base64')]),
  );
  await page.locator('#check-file').waitFor({ state: 'attached' });
  // After the first visit's download of the rest of the app (the footer says it is saved), not beside it.
  await page.locator('.offline-state[data-state="ready"]').waitFor({ timeout: 60_000 });
  return page.evaluate(
    async ({ fixtures, count, roundCount, bytes, kinds }) => {
      const input = document.getElementById('check-file');
      const status = input.closest('.field').nextElementSibling; // the panel's verdict line
      const decode = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const base = Object.fromEntries(Object.entries(fixtures).map(([kind, b64]) => [kind, decode(b64)]));

      // Photos and scans are incompressible: random filler, made once and shared by every file's Blob.
      const noise = new Uint8Array(bytes);
      for (let at = 0; at < bytes; at += 65536) crypto.getRandomValues(noise.subarray(at, at + 65536));
      const filler = new Blob([noise]);

      /** A real fixture grown to exactly `bytes`: images get trailing data, a PDF a big stream object. */
      const makeFile = (kind, name) => {
        const head = base[kind];
        if (kind !== 'pdf') return new File([head, filler.slice(0, bytes - head.length)], name);
        const text = new TextDecoder('latin1').decode(head);
        const cut = text.indexOf('6 0 obj'); // after the header, before the first object
        // /Length has a fixed width, so the stream's length is known before it is written.
        const open = (length) => new TextEncoder().encode(`9 0 obj\n<< /Length ${String(length).padStart(7, '0')} >>\nstream\n`);
        const close = new TextEncoder().encode('\nendstream\nendobj\n\n');
        const length = bytes - head.length - open(0).length - close.length;
        return new File([head.subarray(0, cut), open(length), filler.slice(0, length), close, head.subarray(cut)], name);
      };

      /** Picks `file` in the input as a person would and resolves with the verdict line once it names it. */
      const check = (file) =>
        new Promise((resolve, reject) => {
          const done = () => {
            if (!status.textContent.includes(`«${file.name}»`)) return false;
            observer.disconnect();
            if (status.classList.contains('success')) resolve();
            else reject(new Error(`${file.name}: ${status.textContent}`));
            return true;
          };
          const observer = new MutationObserver(done);
          observer.observe(status, { childList: true, subtree: true, characterData: true, attributes: true });
          const picked = new DataTransfer();
          picked.items.add(file);
          input.files = picked.files;
          input.dispatchEvent(new Event('change', { bubbles: true }));
        });

      // Warm-up: the worker starts and compiles its PDF reader on its first PDF; that start is not the check.
      await check(new File([base.png], 'warm-up.png'));
      await check(new File([base.pdf], 'warm-up.pdf'));
      const rounds = Array.from({ length: roundCount }, (_, round) =>
        Array.from({ length: count }, (_, i) => makeFile(kinds[i % kinds.length], `bench-${round + 1}-${i + 1}.${kinds[i % kinds.length]}`)),
      );
      // Start watching in a task of its own, so the bench's own set-up is never counted as the app's.
      await new Promise((r) => setTimeout(r, 100));

      // Without the API the figure would read 0 («no long task»): say so instead.
      if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) throw new Error('this browser reports no longtask entries');
      const longTasks = [];
      const tasks = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      tasks.observe({ type: 'longtask' });
      let frameGap = 0;
      let probing = true;
      let last = performance.now();
      const frame = (now) => {
        frameGap = Math.max(frameGap, now - last);
        last = now;
        if (probing) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);

      const results = [];
      for (const files of rounds) {
        const perFile = [];
        const t0 = performance.now();
        for (const file of files) {
          const start = performance.now();
          await check(file);
          perFile.push(performance.now() - start);
        }
        results.push({ totalMs: performance.now() - t0, perFile });
      }
      const { totalMs, perFile } = results.sort((a, b) => a.totalMs - b.totalMs)[Math.floor(results.length / 2)];
      // Long-task entries arrive after their task ends: give the last ones a moment to be delivered.
      await new Promise((r) => setTimeout(r, 200));
      probing = false;
      longTasks.push(...tasks.takeRecords().map((e) => e.duration));
      tasks.disconnect();
      return {
        totalMs,
        perFile,
        roundsMs: results.map((r) => r.totalMs),
        longestTaskMs: Math.max(0, ...longTasks),
        longTasks: longTasks.length,
        frameGapMs: frameGap,
      };
    },
    { fixtures, count: FILE_COUNT, roundCount: ROUNDS, bytes: FILE_BYTES, kinds: KINDS },
  );
}
