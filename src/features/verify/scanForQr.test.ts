import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTexts } from '../../i18n/i18n';
import type { VerifyRequest } from '../../domain/certificate';
import { scanForQr, type ScanDeps } from './scanForQr';
import { verifyQrText } from './verifyDocument';

// The verification page loads its Russian texts before it renders; so does this test.
beforeAll(() => loadTexts('verify'));

const PAYLOAD = `OKNO1.RC-2026-ABCDEF.${'A'.repeat(43)}.${'B'.repeat(86)}`;
const frame = { width: 1, height: 1, data: new Uint8ClampedArray(4) } as unknown as ImageData;

/** A camera whose decoder sees `texts` in turn, and then nothing. */
function fakeCamera(texts: (string | null)[], extra: Partial<ScanDeps> = {}) {
  const decode = vi.fn(async () => texts.shift() ?? null);
  const deps: ScanDeps = { grab: () => frame, decode, wait: async () => undefined, stopped: () => false, ...extra };
  return { deps, decode };
}

describe('scanForQr', () => {
  it('goes on past empty frames and foreign QR codes and returns the first Okno document QR', async () => {
    const onForeign = vi.fn();
    const { deps, decode } = fakeCamera([null, 'https://example.com/', null, PAYLOAD, 'never read'], { onForeign });
    await expect(scanForQr({ ...deps, onForeign })).resolves.toBe(PAYLOAD);
    expect(onForeign).toHaveBeenCalledWith('https://example.com/');
    expect(decode).toHaveBeenCalledTimes(4);
  });

  it('does not decode while the camera has no frame yet', async () => {
    const frames = [null, null, frame];
    const { deps, decode } = fakeCamera([PAYLOAD], { grab: () => frames.shift() ?? frame });
    await expect(scanForQr(deps)).resolves.toBe(PAYLOAD);
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('returns null once stopped, even if the frame in flight held a code', async () => {
    let stopped = false;
    const { deps } = fakeCamera([], {
      decode: async () => {
        stopped = true; // «Остановить» pressed while the worker was decoding
        return PAYLOAD;
      },
      stopped: () => stopped,
    });
    await expect(scanForQr(deps)).resolves.toBeNull();
  });

  it('passes a decoder failure on to the page', async () => {
    const { deps } = fakeCamera([], { decode: () => Promise.reject(new Error('worker died')) });
    await expect(scanForQr(deps)).rejects.toThrow('worker died');
  });
});

describe('frame to verdict', () => {
  it('sends the scanned QR text to the verifier and hands back its verdict', async () => {
    const post = vi.fn(async (_body: VerifyRequest) => ({ verdict: 'unknown' as const }));
    const qr = await scanForQr(fakeCamera([null, PAYLOAD]).deps);
    await expect(verifyQrText(qr!, post)).resolves.toEqual({ kind: 'verdict', result: { verdict: 'unknown' } });
    expect(post).toHaveBeenCalledWith({ qr: PAYLOAD });
  });

  it('never sends pasted garbage and says why', async () => {
    const post = vi.fn();
    const outcome = await verifyQrText('hello', post);
    expect(outcome).toEqual({ kind: 'message', text: expect.stringContaining('Это не QR-код документа Окна') });
    expect(await verifyQrText('', post)).toEqual({ kind: 'message', text: 'Вставьте текст QR-кода.' });
    expect(post).not.toHaveBeenCalled();
  });

  it('turns a failed request into a sentence rather than a verdict', async () => {
    const outcome = await verifyQrText(PAYLOAD, () => Promise.reject(new Error('offline')));
    expect(outcome.kind).toBe('message');
  });
});
