import { describe, expect, it } from 'vitest';
import { findService } from '../../domain/catalog/services';
import type { AccountRow } from '../rows';
import { registryStory } from './registryStory';

const service = findService('residence-certificate')!;
const account = {
  id: 'a1',
  phone: '+79123456789',
  email: 'ivanova@example.ru',
  identityLevel: 'confirmed',
  person: { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '1990-03-05', gender: 'female' },
  profile: {
    surname: 'Иванова',
    name: 'Мария',
    patronymic: 'Петровна',
    birthDate: '1990-03-05',
    passport: { series: '4508', number: '123456' },
    registrationAddress: {
      country: 'Россия',
      region: 'город Москва',
      city: 'Москва',
      street: 'улица Тверская',
      house: '7',
      apartment: '12',
      postalIndex: '125009',
    },
  },
} as unknown as AccountRow;
const answers = {
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Петровна',
  birthDate: '1990-03-05',
  passportSeries: '4508',
  passportNumber: '123456',
  region: 'город Москва',
  city: 'Москва',
  street: 'улица Тверская',
  house: '7',
  apartment: '12',
  postalIndex: '125009',
};

describe('registryStory', () => {
  it('the natural department: all match → happy and prompt for an electronic result, days for paper', () => {
    expect(registryStory(service, answers, account, 'random', 's', 'electronic')).toEqual({
      story: { scenario: 'happy' },
      registry: { fast: true, mismatch: [] },
    });
    expect(registryStory(service, answers, account, 'random', 's', 'office').registry).toEqual({ fast: false, mismatch: [] });
  });

  it('a difference is refused as data_mismatch, promptly, naming the answers', () => {
    expect(registryStory(service, { ...answers, surname: 'Петрова', house: '9' }, account, 'happy', 's', 'electronic')).toEqual({
      story: { scenario: 'rejected', rejectReason: 'data_mismatch' },
      registry: { fast: true, mismatch: ['surname', 'house'] },
    });
  });

  it('QA scripts and services the registry does not check play as asked', () => {
    expect(registryStory(service, { ...answers, surname: 'Петрова' }, account, 'manual', 's', 'electronic')).toEqual({
      story: { scenario: 'manual' },
    });
    expect(registryStory(findService('criminal-record-certificate')!, {}, account, 'happy', 's', 'electronic')).toEqual({
      story: { scenario: 'happy' },
    });
  });
});
