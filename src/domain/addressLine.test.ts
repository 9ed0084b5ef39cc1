import { describe, expect, it } from 'vitest';
import { addressLine, addressPartsOf, splitAddressLine } from './addressLine';

describe('addressLine', () => {
  it('writes every part once, in full words, the city unrepeated when the region names it', () => {
    expect(
      addressLine({
        postalIndex: '125009',
        country: 'Россия',
        region: 'город Москва',
        city: 'Москва',
        street: 'улица Тверская',
        house: '7',
        building: '2',
        apartment: '12',
      }),
    ).toBe('125009, город Москва, улица Тверская, дом 7, корпус 2, квартира 12');
    expect(
      addressLine({
        postalIndex: '142100',
        region: 'Московская область',
        district: 'Подольский район',
        city: 'Подольск',
        street: 'улица Ленина',
        house: '7',
      }),
    ).toBe('142100, Московская область, Подольский район, город Подольск, улица Ленина, дом 7');
    expect(addressLine({ city: 'село Ивановка', region: 'Тульская область', country: 'Беларусь' })).toBe('Беларусь, Тульская область, село Ивановка');
  });

  it('is undefined without a city', () => {
    expect(addressLine({ street: 'улица Ленина', house: '7' })).toBeUndefined();
  });

  it('reads the parts of a prefixed group from answers', () => {
    expect(addressPartsOf({ prevCity: 'Тула', prevHouse: '3', city: 'Москва' }, 'prev')).toEqual({ city: 'Тула', house: '3' });
  });
});

describe('splitAddressLine', () => {
  it('splits an abbreviated one-line address into spelled-out parts', () => {
    expect(splitAddressLine('125009, г. Москва, ул. Тверская, д. 7, кв. 12')).toEqual({
      postalIndex: '125009',
      region: 'город Москва',
      city: 'Москва',
      street: 'улица Тверская',
      house: '7',
      apartment: '12',
    });
    expect(splitAddressLine('142100, Московская обл., Подольский р-н, г. Подольск, ул. Ленина, д. 7, корп. 2')).toEqual({
      postalIndex: '142100',
      region: 'Московская область',
      district: 'Подольский район',
      city: 'город Подольск',
      street: 'улица Ленина',
      house: '7',
      building: 'корпус 2',
    });
  });

  it('round-trips what addressLine writes', () => {
    const parts = {
      postalIndex: '142100',
      region: 'Московская область',
      city: 'город Подольск',
      street: 'улица Ленина',
      house: '7',
      apartment: '12',
    };
    expect(splitAddressLine(addressLine(parts)!)).toEqual(parts);
  });
});
