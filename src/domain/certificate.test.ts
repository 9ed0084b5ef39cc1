import { describe, expect, it } from 'vitest';
import { addMonths } from './calendar';
import {
  base64urlToBytes,
  bytesToBase64url,
  canonicalJson,
  certificateValidity,
  formatQrPayload,
  judgeCertificate,
  parseCertificateData,
  parseQrPayload,
  sha256Base64url,
  validUntilEnd,
  type CertificateData,
} from './certificate';

const DATA: CertificateData = {
  v: 1,
  number: 'RC-2026-7K3M9Q',
  caseNumber: '2026-ABCD-EFGH',
  serviceId: 'residence-certificate',
  title: 'Справка о месте жительства',
  authority: 'Управление по вопросам миграции',
  applicant: { fullName: 'Иванова Мария Петровна', birthDate: '1990-03-14' },
  address: '142100, Московская область, Подольск',
  kind: 'registration_fact',
  issuedAt: '2026-03-02T09:00:00.000Z',
  validUntil: '2026-04-02',
};
const ISSUED = Date.parse(DATA.issuedAt);

async function keyPair() {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}
async function sign(key: CryptoKey, text: string) {
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(text));
  return bytesToBase64url(new Uint8Array(signature));
}

describe('canonical JSON', () => {
  it('sorts keys at every level, has no whitespace and is pure ASCII', () => {
    const text = canonicalJson({ b: 1, a: { d: 'ё', c: [2, 1] }, skipped: undefined });
    expect(text).toBe('{"a":{"c":[2,1],"d":"\\u0451"},"b":1}');
    expect(JSON.parse(text)).toEqual({ a: { c: [2, 1], d: 'ё' }, b: 1 });
  });

  it('gives the same text whatever the key order', () => {
    const reversed = Object.fromEntries(Object.entries(DATA).reverse());
    expect(canonicalJson(reversed)).toBe(canonicalJson(DATA));
    expect(canonicalJson(DATA)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('reads back only canonical, well-formed data', () => {
    expect(parseCertificateData(canonicalJson(DATA))).toEqual(DATA);
    expect(parseCertificateData(JSON.stringify(DATA))).toBeNull();
    expect(parseCertificateData(canonicalJson({ ...DATA, validUntil: '2026-02-30' }))).toBeNull();
    expect(parseCertificateData('{')).toBeNull();
  });
});

describe('encodings and QR payload', () => {
  it('round-trips base64url and refuses other text', () => {
    const bytes = Uint8Array.from({ length: 65 }, (_, i) => (i * 37) % 256);
    const text = bytesToBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64urlToBytes(text)).toEqual(bytes);
    expect(base64urlToBytes('a+b/')).toBeNull();
  });

  it('formats and parses the QR payload', async () => {
    const payload = { number: DATA.number, hash: await sha256Base64url('x'), signature: 'A'.repeat(86) };
    const text = formatQrPayload(payload);
    expect(text.startsWith('OKNO1.RC-2026-7K3M9Q.')).toBe(true);
    expect(parseQrPayload(text)).toEqual(payload);
    expect(parseQrPayload('OKNO2.' + text.slice(6))).toBeNull();
    expect(parseQrPayload(text.slice(0, -1))).toBeNull();
  });
});

describe('validity', () => {
  it('is one month by default and three in the listed regions', () => {
    expect(certificateValidity({ region: 'Московская область' })).toBe(1);
    expect(certificateValidity(undefined)).toBe(1);
    expect(certificateValidity({ region: ' республика  татарстан ' })).toBe(3);
  });

  it('adds months and clamps to the last day of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('ends at midnight Moscow time after the last day', () => {
    expect(new Date(validUntilEnd('2026-04-02')).toISOString()).toBe('2026-04-02T21:00:00.000Z');
  });
});

describe('judging a document', () => {
  it('valid, expired, revoked, and each failure by its reason', async () => {
    const { privateKey, publicKey } = await keyPair();
    const data = canonicalJson(DATA);
    const signature = await sign(privateKey, data);
    const registryRow = { data };
    const judge = (over: Partial<Parameters<typeof judgeCertificate>[0]>) =>
      judgeCertificate({ data, signature, registryRow, publicKey, now: ISSUED, ...over });

    expect(await judge({})).toBe('valid');
    expect(await judge({ now: validUntilEnd(DATA.validUntil) })).toBe('expired');
    expect(await judge({ registryRow: { data, revokedAt: ISSUED + 1 }, now: ISSUED + 1 })).toBe('revoked');
    expect(await judge({ registryRow: { data, revokedAt: ISSUED + 1 } })).toBe('valid');
    // One changed byte of the data: the Cyrillic escape of a letter of the name.
    const tampered = data.replace('\\u0418', '\\u0419');
    expect(tampered).not.toBe(data);
    expect(await judge({ data: tampered })).toBe('changed');
    const other = await keyPair();
    expect(await judge({ signature: await sign(other.privateKey, data) })).toBe('other_key');
    expect(await judge({ signature: 'not-a-signature' })).toBe('other_key');
    expect(await judge({ data: tampered, signature: await sign(other.privateKey, tampered) })).toBe('changed');
    expect(await judge({ data: 'not okno data' })).toBe('unreadable');
    expect(await judge({ registryRow: undefined })).toBe('unknown');
    expect(await judge({ registryRow: { data: canonicalJson({ ...DATA, address: 'Другой' }) } })).toBe('changed');
  });
});
