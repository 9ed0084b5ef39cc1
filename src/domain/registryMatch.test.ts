import { describe, expect, it } from 'vitest';
import { findService } from './catalog/services';
import { registryMismatches } from './registryMatch';

const service = findService('residence-certificate')!;
const registry = {
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '05.03.1990',
  'passport.series': '4508',
  'passport.number': '123456',
  'registrationAddress.country': 'Россия',
  'registrationAddress.region': 'город Москва',
  'registrationAddress.city': 'Москва',
  'registrationAddress.street': 'улица Тверская',
  'registrationAddress.house': '7',
  'registrationAddress.apartment': '12',
  'registrationAddress.postalIndex': '125009',
};
const answers = {
  surname: 'иванова ',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '1990-03-05',
  passportSeries: '4508',
  passportNumber: '123456',
  region: 'г. Москва',
  city: 'Москва',
  street: 'ул. Тверская',
  house: 'д. 7',
  apartment: 'кв. 12',
  postalIndex: '125009',
};

describe('registryMismatches', () => {
  it('finds none when the answers say the same in other words (case, ISO date, abbreviations)', () => {
    expect(registryMismatches(service, answers, registry)).toEqual([]);
  });

  it('names each differing field with both values and its group', () => {
    const found = registryMismatches(service, { ...answers, surname: 'Петрова', passportNumber: '654321', house: '9' }, registry);
    expect(found.map(({ field, group, answer, registry: known }) => ({ field, group, answer, known }))).toEqual([
      { field: 'surname', group: 'person', answer: 'Петрова', known: 'Иванова' },
      { field: 'passportNumber', group: 'passport', answer: '654321', known: '123456' },
      { field: 'house', group: 'address', answer: '9', known: '7' },
    ]);
  });

  it('does not compare what the registry does not hold, nor services it does not check', () => {
    const { 'passport.series': _s, 'passport.number': _n, ...noPassport } = registry;
    expect(registryMismatches(service, { ...answers, passportNumber: '000000' }, noPassport)).toEqual([]);
    expect(registryMismatches(findService('criminal-record-certificate')!, { surname: 'Петрова' }, registry)).toEqual([]);
  });

  it('an apartment the registry does not have is a difference', () => {
    expect(registryMismatches(service, { ...answers, apartment: '' }, registry).map((m) => m.field)).toEqual(['apartment']);
  });
});
