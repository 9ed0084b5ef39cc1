import { describe, expect, it } from 'vitest';
import { keyFingerprint, signDigest, signedText, submissionDigest, verifyDigest, type SignedContent } from './submissionSignature';

const base: SignedContent = {
  draftId: '0b7c3e4a-1111-4222-8333-944455556666',
  serviceId: 'residence-certificate',
  answers: { surname: 'Иванова', isOwner: 'yes', consent: true },
  resultWay: 'post',
  deliveryAddress: { city: 'Тверь', region: 'Тверская область' },
  attachments: [
    { slot: 'snils', sha256: 'b'.repeat(64) },
    { slot: 'passport', sha256: 'a'.repeat(64) },
  ],
};

describe('the signed content of a submission (issue 19.5)', () => {
  it('is one byte string whatever the order of answers and files, without file names', async () => {
    const reordered: SignedContent = {
      ...base,
      answers: { consent: true, isOwner: 'yes', surname: 'Иванова' },
      attachments: [...base.attachments!].reverse().map((f) => ({ ...f, name: 'renamed.pdf' })),
    };
    expect(signedText(reordered)).toBe(signedText(base));
    expect(signedText(base)).toMatch(/^[\x20-\x7e]+$/); // Cyrillic escaped: the same bytes everywhere
    expect(await submissionDigest(reordered)).toBe(await submissionDigest(base));
  });

  it('changes with any answer, the way of receiving, the address or a file', async () => {
    const digest = await submissionDigest(base);
    const changes: SignedContent[] = [
      { ...base, answers: { ...base.answers, surname: 'Петрова' } },
      { ...base, resultWay: 'office' },
      { ...base, deliveryAddress: { ...base.deliveryAddress, city: 'Тула' } },
      { ...base, attachments: [{ slot: 'passport', sha256: 'c'.repeat(64) }, base.attachments![0]!] },
    ];
    for (const changed of changes) expect(await submissionDigest(changed)).not.toBe(digest);
  });

  it('verifies with the signing key only', async () => {
    const make = () => crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
    const [mine, theirs] = [await make(), await make()];
    const jwk = async (pair: CryptoKeyPair) => {
      const { x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
      return { kty: 'EC' as const, crv: 'P-256' as const, x: x!, y: y! };
    };
    const digest = await submissionDigest(base);
    const value = await signDigest(mine.privateKey, digest);
    expect(await verifyDigest(await jwk(mine), digest, value)).toBe(true);
    expect(await verifyDigest(await jwk(theirs), digest, value)).toBe(false);
    expect(await verifyDigest(await jwk(mine), await submissionDigest({ ...base, resultWay: 'office' }), value)).toBe(false);
    expect(await keyFingerprint(await jwk(mine))).not.toBe(await keyFingerprint(await jwk(theirs)));
  });
});
