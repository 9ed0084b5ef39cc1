import { describe, expect, it } from 'vitest';
import { bytesToBase64url, canonicalJson, judgeCertificate, type CertificateData } from '../../src/domain/certificate';
import { certificateRu } from '../../src/i18n/certificate.ru';
import { renderCertificate } from './certificate';
import { readCertificate } from './readCertificate';
import { renderTestDocument } from './testDocument';

const DATA: CertificateData = {
  v: 1,
  number: 'RC-2026-7K3M9Q',
  caseNumber: '2026-ABCD-EFGH',
  serviceId: 'residence-certificate',
  title: 'Справка о месте жительства',
  authority: 'Управление по вопросам миграции (симуляция)',
  applicant: { fullName: 'Иванова Мария', birthDate: '1990-03-14' },
  issuedAt: '2026-03-02T09:00:00.000Z',
  validUntil: '2026-04-02',
};

async function signedPdf() {
  const { privateKey, publicKey } = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  const data = canonicalJson(DATA);
  const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new TextEncoder().encode(data));
  const signature = bytesToBase64url(new Uint8Array(raw));
  const bytes = await renderCertificate({ data, signature, keyId: 'k', qr: `OKNO1.${DATA.number}.x.y`, labels: certificateRu.certificatePdf });
  return { bytes, data, signature, publicKey };
}

describe('reading a certificate PDF', () => {
  it('gives back exactly the signed text and signature', async () => {
    const { bytes, data, signature, publicKey } = await signedPdf();
    const read = await readCertificate(bytes);
    expect(read).toEqual({ data, signature });
    const now = Date.parse(DATA.issuedAt);
    expect(await judgeCertificate({ ...read!, registryRow: { data }, publicKey, now })).toBe('valid');
  });

  it('one changed byte of /OknoData in the file reads back changed and is judged forged', async () => {
    const { bytes, data, publicKey } = await signedPdf();
    const file = Buffer.from(bytes).toString('latin1');
    // The '6' of validUntil 2026-04-02 inside the /OknoData string, as an e2e test would change it.
    const at = file.indexOf('2026-04-02', file.indexOf('/OknoData (')) + 3;
    expect(String.fromCharCode(bytes[at]!)).toBe('6');
    const tampered = bytes.slice();
    tampered[at] = '7'.charCodeAt(0);
    const read = await readCertificate(tampered);
    expect(read?.data).toBe(data.replace('2026-04-02', '2027-04-02'));
    expect(await judgeCertificate({ ...read!, registryRow: { data }, publicKey, now: Date.parse(DATA.issuedAt) })).toBe('forged');
  });

  it('null for a PDF without a certificate and for a file that is no PDF', async () => {
    const plain = await renderTestDocument({ title: 'Тест', lines: [], language: 'ru' });
    expect(await readCertificate(plain)).toBeNull();
    expect(await readCertificate(new TextEncoder().encode('not a pdf at all'))).toBeNull();
  });
});
