import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { ADDRESS_FIELDS, AddressSchema, checkAddress, expandAbbreviations } from './address';

describe('expandAbbreviations', () => {
  it.each([
    ['ул. Ленина', 'улица Ленина'],
    ['ул Ленина', 'улица Ленина'],
    ['д. 7', 'дом 7'],
    ['д 7', 'дом 7'],
    ['кв. 12', 'квартира 12'],
    ['кв 12', 'квартира 12'],
    ['Ленинский пр-т', 'Ленинский проспект'],
    ['Ленинский пр-кт', 'Ленинский проспект'],
    ['просп. Мира', 'проспект Мира'],
    ['пер. Сивцев Вражек', 'переулок Сивцев Вражек'],
    ['г. Тула', 'город Тула'],
    ['г.о. Балашиха', 'городской округ Балашиха'],
    ['Тульская обл.', 'Тульская область'],
    ['Ленинский р-н', 'Ленинский район'],
    ['корп. 2', 'корпус 2'],
    ['к. 2', 'корпус 2'],
    ['к 2', 'корпус 2'],
    ['стр. 1', 'строение 1'],
    ['наб. Фонтанки', 'набережная Фонтанки'],
    ['Варшавское ш.', 'Варшавское шоссе'],
    ['пл. Восстания', 'площадь Восстания'],
    ['Тверской б-р', 'Тверской бульвар'],
    ['Тверской бул.', 'Тверской бульвар'],
    ['пос. Ильинский', 'посёлок Ильинский'],
    ['п. Ильинский', 'посёлок Ильинский'],
    ['пгт Шерегеш', 'посёлок городского типа Шерегеш'],
    ['с. Никольское', 'село Никольское'],
    ['х. Весёлый', 'хутор Весёлый'],
    ['ст-ца Ленинградская', 'станица Ленинградская'],
    ['д. Ивановка', 'деревня Ивановка'],
    ['дер. Ивановка', 'деревня Ивановка'],
    ['респ. Татарстан', 'республика Татарстан'],
    ['Краснодарский кр.', 'Краснодарский край'],
    ['мкр. Северный', 'микрорайон Северный'],
    ['мкрн Северный', 'микрорайон Северный'],
    ['мкр-н Северный', 'микрорайон Северный'],
    ['пр. Серебрякова', 'проезд Серебрякова'],
    ['Нагатинский пр-д', 'Нагатинский проезд'],
    ['туп. Садовый', 'тупик Садовый'],
    ['ал. Липовая', 'аллея Липовая'],
    ['тер. СНТ Рассвет', 'территория СНТ Рассвет'],
    ['влд. 3', 'владение 3'],
    ['вл. 3', 'владение 3'],
    ['зд. 5', 'здание 5'],
    ['лит. А', 'литера А'],
    ['пом. 4', 'помещение 4'],
    ['ком. 2', 'комната 2'],
    ['оф. 301', 'офис 301'],
    ['эт. 3', 'этаж 3'],
  ])('%j → %j', (input, expected) => expect(expandAbbreviations(input)).toBe(expected));

  it('adds the space a missing-space abbreviation needs, and none before punctuation', () => {
    expect(expandAbbreviations('ул.Тверская')).toBe('улица Тверская');
    expect(expandAbbreviations('г.Москва,ул.Тверская,д.7,кв.12')).toBe('город Москва,улица Тверская,дом 7,квартира 12');
    expect(expandAbbreviations('Тверская ул., д. 7')).toBe('Тверская улица, дом 7');
    expect(expandAbbreviations('Тверская ул.')).toBe('Тверская улица');
  });

  it('keeps the case of the abbreviation and of everything else', () => {
    expect(expandAbbreviations('Ул. ЛЕНИНА')).toBe('Улица ЛЕНИНА');
    expect(expandAbbreviations('МОСКОВСКАЯ ОБЛ')).toBe('МОСКОВСКАЯ ОБЛАСТЬ');
    expect(expandAbbreviations('Г. Москва')).toBe('Город Москва');
  });

  it('leaves letters inside words, hyphenated names and initials alone', () => {
    for (const text of ['Дмитров', 'Дубна', 'Гагарина', 'Пушкинская', 'Санкт-Петербург', 'Комсомольск-на-Амуре', 'Кулибина']) {
      expect(expandAbbreviations(text)).toBe(text);
    }
    expect(expandAbbreviations('ул. Д. Бедного')).toBe('улица Д. Бедного');
    expect(expandAbbreviations('ул. А.С. Пушкина')).toBe('улица А.С. Пушкина');
    expect(expandAbbreviations('с Иваном')).toBe('с Иваном'); // a bare «с» is a preposition
    expect(expandAbbreviations('г Москва')).toBe('г Москва'); // one bare letter: not sure enough
  });
});

describe('AddressSchema', () => {
  const filled = {
    region: 'г. Москва',
    city: 'г. Москва',
    street: 'ул.Тверская',
    house: 'д. 7',
    building: 'стр. 2',
    apartment: 'кв 12',
    postalIndex: '125 009',
  };

  it('normalises every part, fills the default country and leaves blank optional parts out', () => {
    expect(v.parse(AddressSchema, { ...filled, district: '  ' })).toEqual({
      country: 'Россия',
      region: 'город Москва',
      city: 'город Москва',
      street: 'улица Тверская',
      house: '7',
      building: 'строение 2',
      apartment: '12',
      postalIndex: '125009',
    });
  });

  it('reports each required part as required and a bad index as postal_index_format', () => {
    const result = v.safeParse(AddressSchema, { street: '', house: 'дом', postalIndex: '12345' });
    const codes = Object.fromEntries((result.issues ?? []).map((i) => [v.getDotPath(i), i.message]));
    expect(codes).toEqual({
      region: 'required',
      city: 'required',
      street: 'required',
      house: 'required',
      postalIndex: 'postal_index_format',
    });
  });

  it('validates its own output again unchanged', () => {
    const once = v.parse(AddressSchema, filled);
    expect(v.parse(AddressSchema, once)).toEqual(once);
  });
});

describe('checkAddress', () => {
  it("reports what «Проверить» changed for 'г. Москва, ул.Тверская, д. 7, кв 12' typed part by part", () => {
    const check = checkAddress({
      country: '',
      region: 'Москва',
      city: 'г. Москва',
      street: 'ул.Тверская',
      house: 'д. 7',
      apartment: 'кв 12',
      postalIndex: '125009',
    });
    expect(check.changes).toEqual([
      { field: 'country', from: '', to: 'Россия' },
      { field: 'city', from: 'г. Москва', to: 'город Москва' },
      { field: 'street', from: 'ул.Тверская', to: 'улица Тверская' },
      { field: 'house', from: 'д. 7', to: '7' },
      { field: 'apartment', from: 'кв 12', to: '12' },
    ]);
    expect(check.missing).toEqual([]);
    expect(check.invalid).toEqual([]);
    expect(check.normalized.street).toBe('улица Тверская');
    expect(check.normalized.building).toBeUndefined();
  });

  it('flags missing required parts and a postal index that is not six digits', () => {
    const check = checkAddress({ city: 'Тула', street: 'пр. Ленина', postalIndex: '30000' });
    expect(check.missing).toEqual(['region', 'house']);
    expect(check.invalid).toEqual([{ field: 'postalIndex', code: 'postal_index_format' }]);
    expect(check.normalized.region).toBe('');
  });

  it('does not count trimming as a change', () => {
    expect(checkAddress({ country: 'Россия', region: '  Тульская область ' }).changes).toEqual([]);
  });
});

describe('properties', () => {
  const addressText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[а-яА-Я.,\- 0-9]{0,30}$/));

  it('expansion never throws and a second pass changes nothing', () => {
    fc.assert(
      fc.property(addressText, (s) => {
        const once = expandAbbreviations(s);
        expect(expandAbbreviations(once)).toBe(once);
      }),
    );
  });

  it('checkAddress never throws and its normalized address is a fixed point', () => {
    const draft = fc.record(Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, addressText])));
    fc.assert(
      fc.property(draft, (d) => {
        const { normalized } = checkAddress(d);
        expect(checkAddress(normalized).changes).toEqual([]);
      }),
    );
  });
});
