import { describe, expect, it } from 'vitest';
import { findService } from './catalog/services';
import { answersForFix, fixFocus } from './fixRefusal';

const residence = findService('residence-certificate')!;

describe('fixFocus', () => {
  it('a data mismatch points at the name, birth date and passport, not at the address', () => {
    const { fields, documents } = fixFocus(residence, 'data_mismatch');
    expect(fields).toEqual(expect.arrayContaining(['surname', 'name', 'patronymic', 'birthDate', 'passportSeries', 'passportNumber']));
    expect(fields).not.toContain('city');
    expect(fields).not.toContain('purpose');
    expect(documents).toBe(false);
  });

  it('an address not in the registry points at every part of the address', () => {
    const { fields } = fixFocus(residence, 'address_not_in_registry');
    expect(fields).toEqual(expect.arrayContaining(['region', 'city', 'street', 'house', 'postalIndex']));
    expect(fields).not.toContain('surname');
  });

  it('missing documents point at the documents step; the other reasons at nothing in particular', () => {
    expect(fixFocus(residence, 'documents_missing')).toEqual({ fields: [], documents: residence.documents.length > 0 });
    expect(fixFocus(residence, 'rules_broken')).toEqual({ fields: [], documents: false });
    expect(fixFocus(residence, 'technical_failure')).toEqual({ fields: [], documents: false });
  });
});

describe('answersForFix', () => {
  it('turns the stored ISO dates back into what the form is typed as, and keeps everything else', () => {
    const copied = answersForFix(residence, { birthDate: '1990-03-05', surname: 'Иванова', consent: true, purpose: '2026-01-01' });
    expect(copied).toEqual({ birthDate: '05.03.1990', surname: 'Иванова', consent: true, purpose: '2026-01-01' });
  });
});

describe('a refusal that names its fields', () => {
  it('focuses exactly those', () => {
    const service = findService('residence-certificate')!;
    expect(fixFocus(service, 'data_mismatch', ['surname', 'house', 'gone'])).toEqual({ fields: ['surname', 'house'], documents: false });
  });
});
