import { describe, expect, it } from 'vitest';
import { checkQrText } from './qrText';

const HASH = 'A'.repeat(43);
const SIGNATURE = 'b_-'.repeat(28) + 'xy';
const PAYLOAD = `OKNO1.RC-2026-ABCDEF.${HASH}.${SIGNATURE}`;

describe('checkQrText', () => {
  it('accepts an Okno document QR, even wrapped over lines by the app it was copied from', () => {
    expect(checkQrText(PAYLOAD)).toEqual({ ok: true, qr: PAYLOAD });
    expect(checkQrText(`  ${PAYLOAD.slice(0, 60)}\n${PAYLOAD.slice(60)} `)).toEqual({ ok: true, qr: PAYLOAD });
  });

  it('tells an empty field from text that is not an Okno QR', () => {
    expect(checkQrText(' \n ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkQrText('https://example.com/')).toEqual({ ok: false, problem: 'not_okno' });
    expect(checkQrText(PAYLOAD.slice(0, -1))).toEqual({ ok: false, problem: 'not_okno' });
  });
});
