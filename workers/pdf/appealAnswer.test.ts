// The answer PDF rendered and sealed with a key of the test's own: the seal covers every byte, so a
// genuine file passes, one flipped byte fails, and another key's seal fails; a long answer flows onto
// more pages and keeps its seal block whole.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appealsRu } from '../../src/i18n/appeals.ru';
import { renderAppealAnswer, type AppealAnswerPdfInput } from './appealAnswer';
import { readSeal, sealPdf } from './seal';

const input = (explanation = 'Справка выдана и направлена в личный кабинет.'): AppealAnswerPdfInput => ({
  data: '{"kind":"okno-appeal-answer","number":"40713826"}',
  view: {
    authority: appealsRu.appeals.answerPdf.authorityName,
    number: '40713826',
    sentAt: Date.parse('2026-03-02T09:00:00.000Z'),
    type: 'Жалоба',
    topic: 'Проблемы с услугами',
    subject: 'Справка не пришла',
    outcome: 'Выполнено',
    code: 210,
    explanation,
    nextSteps: 'Скачайте справку.',
    executor: { name: 'Петрова Ольга Ивановна', position: 'Ведущий специалист', phone: '+7 495 555-01-17' },
    answeredAt: Date.parse('2026-03-05T12:30:00.000Z'),
  },
  qr: `OKNO1.40713826.${'H'.repeat(43)}.${'S'.repeat(86)}`,
  labels: appealsRu.appeals.answerPdf,
  language: 'ru',
  seal: { keyId: 'test-key', signedAt: new Date('2026-03-05T12:30:00.000Z') },
});

const ECDSA = { name: 'ECDSA', hash: 'SHA-256' } as const;
const newKey = () => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);

async function sealed(key: CryptoKeyPair, explanation?: string) {
  const unsealed = await renderAppealAnswer(input(explanation));
  return sealPdf(unsealed, async (covered) => new Uint8Array(await crypto.subtle.sign(ECDSA, key.privateKey, covered as Uint8Array<ArrayBuffer>)));
}
async function genuine(file: Uint8Array, key: CryptoKeyPair): Promise<boolean | string> {
  const seal = readSeal(file);
  if (seal.kind !== 'sealed') return seal.kind;
  return crypto.subtle.verify(ECDSA, key.publicKey, seal.signature as Uint8Array<ArrayBuffer>, seal.covered as Uint8Array<ArrayBuffer>);
}

describe('the sealed answer PDF', () => {
  it('passes with its own key, carries the signed data, and is one small page', async () => {
    const key = await newKey();
    const file = await sealed(key);
    expect(await genuine(file, key)).toBe(true);
    const seal = readSeal(file);
    expect(seal.kind === 'sealed' && seal.data).toBe(input().data);
    expect(seal.kind === 'sealed' && seal.keyId).toBe('test-key');
    const parsed = await PDFDocument.load(file);
    expect(parsed.getPageCount()).toBe(1);
    expect(parsed.getTitle()).toBe('Ответ на обращение № 40713826');
    expect(file.length).toBeLessThan(60_000);
  });

  it('fails with one flipped byte at any of ten places, and under another key', async () => {
    const key = await newKey();
    const file = await sealed(key);
    for (let tenth = 0; tenth < 10; tenth++) {
      const at = Math.floor(((tenth + 0.5) / 10) * file.length);
      const tampered = file.slice();
      tampered[at] = tampered[at]! ^ 0x01;
      // Either the signature fails or the seal's own structure can no longer be read.
      expect([false, 'unreadable'], `byte ${at} of ${file.length}`).toContain(await genuine(tampered, key));
    }
    expect(await genuine(file, await newKey())).toBe(false);
  });

  it('a 5000-character explanation flows onto further pages, every page numbered', async () => {
    const long = Array.from({ length: 50 }, (_, i) => `Абзац ${i + 1}: ведомство проверило сведения и даёт подробное разъяснение.`).join('\n');
    const file = await sealed(await newKey(), long.slice(0, 5000));
    const parsed = await PDFDocument.load(file);
    expect(parsed.getPageCount()).toBeGreaterThan(1);
  });
});
