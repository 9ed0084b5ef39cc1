import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { ADDRESS_FIELDS } from './address';
import { createProfileSchema, PROFILE_FIELD_ORDER } from './profile';
import { fieldCodes } from './validationCodes';

const TODAY = '2026-03-01';
const schema = createProfileSchema(TODAY);

const passport = {
  series: '45 08',
  number: '123456',
  issueDate: '20.05.2004',
  issuedBy: 'ОВД района Хамовники г. Москвы',
  divisionCode: '772001',
};
const form = {
  surname: 'Иванова',
  name: 'Мария',
  patronymic: 'Сергеевна',
  birthDate: '17.05.1990',
  gender: 'female',
  passport,
  snils: '112 233 445 95',
  inn: '500100732259',
  phone: '8 (912) 345-67-89',
  email: 'Maria.Ivanova@Mail.RU',
  registrationAddress: {
    region: 'Москва',
    city: 'г. Москва',
    street: 'ул.Тверская',
    house: 'д. 7',
    apartment: 'кв 12',
    postalIndex: '125009',
  },
};

const codes = (input: unknown) => {
  const result = v.safeParse(schema, input);
  return result.success ? {} : fieldCodes(result.issues);
};

describe('profile', () => {
  it('normalises a filled-in form into the stored shape', () => {
    const profile = v.parse(schema, form);
    expect(profile).toMatchObject({
      birthDate: '1990-05-17',
      passport: { series: '4508', issueDate: '2004-05-20', divisionCode: '772-001' },
      snils: '112-233-445 95',
      phone: '+79123456789',
      email: 'maria.ivanova@mail.ru',
      registrationAddress: { country: 'Россия', city: 'город Москва', street: 'улица Тверская', house: '7', apartment: '12' },
    });
    expect(profile.actualAddress).toBeUndefined();
  });

  it('validates its own output again unchanged, so a stored profile can travel to the server', () => {
    const once = v.parse(schema, form);
    expect(v.parse(schema, once)).toEqual(once);
  });

  it('optional parts left blank are absent, not errors', () => {
    const blank = { ...form, patronymic: '', snils: '  ', inn: null, passport: { series: '', number: '' } };
    const profile = v.parse(schema, { ...blank, actualAddress: { country: 'Россия', city: '' } });
    expect(profile.patronymic).toBeUndefined();
    expect(profile.snils).toBeUndefined();
    expect(profile.inn).toBeUndefined();
    expect(profile.passport).toBeUndefined();
    expect(profile.actualAddress).toBeUndefined();
  });

  it('a half-filled passport is checked part by part, with dotted paths', () => {
    expect(codes({ ...form, passport: { series: '4508', number: '12' } })).toEqual({
      'passport.number': 'passport_number_format',
      'passport.issueDate': 'required',
      'passport.issuedBy': 'required',
      'passport.divisionCode': 'required',
    });
  });

  it('reports every wrong field at once, each by its code', () => {
    expect(codes({ ...form, surname: '', birthDate: '31.02.1990', gender: '', snils: '112-233-445 96', phone: '123', email: 'x@' })).toEqual({
      surname: 'required',
      birthDate: 'date_format',
      gender: 'required',
      snils: 'snils_checksum',
      phone: 'phone_format',
      email: 'email_format',
    });
    expect(codes({ name: 'Мария' })).toMatchObject({ surname: 'required', birthDate: 'required', phone: 'required' });
    expect(codes('not a profile')).toEqual({ '': 'invalid_value' });
  });

  it('a birth date may not be in the future or more than 120 years back', () => {
    expect(codes({ ...form, passport: undefined, birthDate: '02.03.2026' })).toEqual({ birthDate: 'date_in_future' });
    expect(codes({ ...form, passport: undefined, birthDate: '01.03.2026' })).toEqual({});
    expect(codes({ ...form, passport: undefined, birthDate: '28.02.1906' })).toEqual({ birthDate: 'date_too_old' });
    expect(codes({ ...form, passport: undefined, birthDate: '01.03.1906' })).toEqual({});
  });

  it('a passport may not be issued before the 14th birthday or in the future', () => {
    const issued = (issueDate: string) => codes({ ...form, passport: { ...passport, issueDate } });
    expect(issued('16.05.2004')).toEqual({ 'passport.issueDate': 'passport_issued_before_14' });
    expect(issued('17.05.2004')).toEqual({});
    expect(issued('02.03.2026')).toEqual({ 'passport.issueDate': 'date_in_future' });
  });

  it('counts the 14th birthday of someone born on 29 February from 28 February', () => {
    const leap = { ...form, birthDate: '29.02.2008' };
    expect(codes({ ...leap, passport: { ...passport, issueDate: '27.02.2022' } })).toEqual({
      'passport.issueDate': 'passport_issued_before_14',
    });
    expect(codes({ ...leap, passport: { ...passport, issueDate: '28.02.2022' } })).toEqual({});
  });

  it('the date checks wait until the dates themselves are valid', () => {
    expect(codes({ ...form, birthDate: 'вчера', passport: { ...passport, issueDate: '01.01.1900' } })).toEqual({
      birthDate: 'date_format',
    });
  });

  it('lists every field path in form order, covering every path the schema can report', () => {
    expect(PROFILE_FIELD_ORDER.slice(0, 5)).toEqual(['surname', 'name', 'patronymic', 'birthDate', 'gender']);
    expect(PROFILE_FIELD_ORDER).toContain('passport.issueDate');
    for (const field of ADDRESS_FIELDS) expect(PROFILE_FIELD_ORDER).toContain(`actualAddress.${field}`);
    expect(new Set(PROFILE_FIELD_ORDER).size).toBe(PROFILE_FIELD_ORDER.length);
    const reported = Object.keys(codes({ passport: { series: 'x' }, registrationAddress: { region: 'x' }, actualAddress: { city: 'x' } }));
    for (const path of reported) expect(PROFILE_FIELD_ORDER as readonly string[]).toContain(path);
  });

  it('never throws, whatever the form holds', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', '01.01.2000', '4508'));
    const anyForm = fc.record(
      {
        surname: text,
        name: text,
        birthDate: text,
        gender: fc.oneof(text, fc.constant('male')),
        passport: fc.oneof(fc.constant(null), fc.dictionary(fc.constantFrom('series', 'number', 'issueDate', 'issuedBy', 'divisionCode'), text)),
        snils: text,
        phone: text,
        email: text,
        registrationAddress: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom(...ADDRESS_FIELDS), text)),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(anyForm, fc.anything()), (input) => void fieldCodes(v.safeParse(schema, input).issues ?? [])));
  });
});
