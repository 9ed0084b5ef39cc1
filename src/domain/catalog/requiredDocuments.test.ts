import { describe, expect, it } from 'vitest';
import { requiredByAnswer, requiredDocumentIds } from './requiredDocuments';
import { findService } from './services';

const service = findService('residence-certificate')!;

describe('requiredDocumentIds', () => {
  it('an owner needs the always-required documents only', () => {
    expect(requiredDocumentIds(service, { isOwner: 'yes' })).toEqual(['passport', 'snils', 'registration_proof']);
  });

  it("a non-owner must also attach the owner's consent", () => {
    expect(requiredDocumentIds(service, { isOwner: 'no' })).toEqual(['passport', 'snils', 'registration_proof', 'owner_consent']);
    const consent = service.documents.find((doc) => doc.id === 'owner_consent')!;
    expect(requiredByAnswer(consent, { isOwner: 'no' })).toBe(true);
    expect(requiredByAnswer(consent, { isOwner: 'yes' })).toBe(false);
  });
});
