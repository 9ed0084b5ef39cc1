import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findService } from '../../domain/catalog/services';
import { missingDocuments, pageFields, pageOfField, pageSchema, RESULT_KEY, RESULT_OFFICE_KEY, VISIT_KEY, wizardPages } from './wizardSteps';

const licence = findService('driving-licence')!;
const messages = (schema: v.GenericSchema, value: unknown) => {
  const result = v.safeParse(schema, value);
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe('the wizard pages of a service that books a visit', () => {
  const pages = wizardPages(licence);
  const visit = pages.findIndex((p) => p.kind === 'visit');

  it('books the visit after the form and before the documents', () => {
    expect(visit).toBe(licence.steps.length);
    expect(pages[visit + 1]!.kind).toBe('documents');
    expect(wizardPages(findService('residence-certificate')!).some((p) => p.kind === 'visit')).toBe(false);
    expect(pageOfField(pages, VISIT_KEY)).toBe(visit);
  });

  it('needs a booking, with a message that says how to make one', () => {
    expect(messages(pageSchema(licence, pages[visit]!, {}), {})).toEqual(['visit_required']);
    expect(messages(pageSchema(licence, pages[visit]!, {}), { [VISIT_KEY]: '' })).toEqual(['visit_required']);
    expect(messages(pageSchema(licence, pages[visit]!, {}), { [VISIT_KEY]: 'b-1' })).toEqual([]);
    expect(pageFields(pages[visit]!, {})).toEqual([VISIT_KEY]);
  });

  it('asks for a real pickup office only for a paper result', () => {
    const result = pages.find((p) => p.kind === 'result')!;
    const office = { [RESULT_KEY]: 'office' };
    expect(pageFields(result, office)).toEqual([RESULT_KEY, RESULT_OFFICE_KEY]);
    expect(messages(pageSchema(licence, result, office), office)).toEqual(['required']);
    expect(messages(pageSchema(licence, result, office), { ...office, [RESULT_OFFICE_KEY]: 'mos-mfc-1' })).toEqual([]);
    expect(messages(pageSchema(licence, result, office), { ...office, [RESULT_OFFICE_KEY]: 'nowhere' })).toEqual(['required']);
  });
});

describe('missingDocuments with the answers', () => {
  it("asks a non-owner for the owner's consent, not an owner", () => {
    const service = findService('residence-certificate')!;
    const attached = ['passport', 'snils', 'registration_proof'];
    expect(missingDocuments(service, attached, { isOwner: 'yes' })).toEqual({});
    expect(missingDocuments(service, attached, { isOwner: 'no' })).toEqual({ 'documents.owner_consent': 'document_missing' });
  });
});

describe('the fee page of a paper certificate (issue 19.4)', () => {
  const residence = findService('residence-certificate')!;
  const kinds = (answers: Record<string, string>) => wizardPages(residence, answers).map((p) => p.kind);
  it('appears between the review and the confirmation only for a paper result in a charging region', () => {
    expect(kinds({ region: 'Московская область', [RESULT_KEY]: 'post' }).slice(-3)).toEqual(['review', 'fee', 'confirm']);
    expect(kinds({ region: 'Московская область', [RESULT_KEY]: 'electronic' })).not.toContain('fee');
    expect(kinds({ region: 'Москва', [RESULT_KEY]: 'office' })).not.toContain('fee');
  });
});

describe('the consent on the confirm page', () => {
  const residence = findService('residence-certificate')!;
  const schema = pageSchema(residence, { kind: 'confirm' }, {});
  it('an untouched box is refused with the consent message, a ticked one passes', () => {
    expect(messages(schema, {})).toEqual(['consent_required']);
    expect(messages(schema, { $consent: false })).toEqual(['consent_required']);
    expect(messages(schema, { $consent: true, $confirmWay: 'signature' })).toEqual([]);
  });
});
