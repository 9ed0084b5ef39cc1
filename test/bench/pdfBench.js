// Bench of the signed certificate PDF: the real renderer (workers/pdf/certificate.ts) run in Node through
// Vite, with the build-time subset font the worker ships. Cold is the first render after the modules load
// (the JIT is cold), as when the PDF worker makes its first document; warm is the median
// of the renders after it. Prints numbers only; budgets are for run.js to compare.
// Run alone: node test/bench/pdfBench.js
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const WARM_RUNS = 20;

const SAMPLE = {
  v: 1,
  number: 'RC-2026-7K3M9Q',
  caseNumber: '2026-ABCD-EFGH',
  serviceId: 'residence-certificate',
  title: 'Справка о месте жительства',
  authority: 'Управление по вопросам миграции МВД России (учебная симуляция «Окно»)',
  applicant: { fullName: 'Константинопольская Анна-Мария Владимировна', birthDate: '1990-03-14' },
  address: '142100, Московская область, Подольск, улица Ленина, д. 7, корп. 2, кв. 112',
  kind: 'residence_period',
  purpose: 'В банк или страховую компанию',
  period: { from: '2015-06-01', to: '2026-03-01' },
  issuedAt: '2026-03-02T09:00:00.000Z',
  validUntil: '2026-04-02',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** {importMs, coldMs, warmMedianMs, warmMaxMs, sizeKB} of certificate PDF generation. */
export async function measureCertificatePdf(root) {
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const t0 = performance.now();
    const { renderCertificate } = await vite.ssrLoadModule('/workers/pdf/certificate.ts');
    const importMs = performance.now() - t0;
    const { canonicalJson, bytesToBase64url, sha256Base64url, formatQrPayload } = await vite.ssrLoadModule('/src/domain/certificate.ts');
    const { certificateRu } = await vite.ssrLoadModule('/src/i18n/certificate.ru.ts');

    // A real signature, so the QR code has the size it has in the app.
    const { privateKey } = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const data = canonicalJson(SAMPLE);
    const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new TextEncoder().encode(data));
    const signature = bytesToBase64url(new Uint8Array(raw));
    const qr = formatQrPayload({ number: SAMPLE.number, hash: await sha256Base64url(data), signature });
    const input = { data, signature, keyId: 'Ab3dEf6hIj9kLm2n', qr, labels: certificateRu.certificatePdf };

    const c0 = performance.now();
    const bytes = await renderCertificate(input);
    const coldMs = performance.now() - c0;
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const w0 = performance.now();
      await renderCertificate(input);
      warm.push(performance.now() - w0);
    }
    return { importMs, coldMs, warmMedianMs: median(warm), warmMaxMs: Math.max(...warm), sizeKB: bytes.length / 1024 };
  } finally {
    await vite.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const result = await measureCertificatePdf(root);
  for (const [key, value] of Object.entries(result)) console.log(`${key.padEnd(14)} ${value.toFixed(1)}`);
}
