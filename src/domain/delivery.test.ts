import { describe, expect, it } from 'vitest';
import { DELIVERY_FIELD_IDS, DELIVERY_STEP, deliveryAddressOf, parseDelivery } from './delivery';

describe('the delivery address of a paper result by post (issue 19.4)', () => {
  it('has the parts of the registration address, prefilled from it', () => {
    expect(DELIVERY_STEP.fields.map((f) => f.id)).toEqual(DELIVERY_FIELD_IDS);
    expect(DELIVERY_STEP.fields.find((f) => f.id === 'deliveryCity')?.prefill).toBe('registrationAddress.city');
  });

  it('takes the wizard values apart and back, blank parts left out', () => {
    expect(deliveryAddressOf({ deliveryCity: 'Тверь', deliveryBuilding: '  ', region: 'Москва' })).toEqual({ city: 'Тверь' });
  });

  it('names each wrong part under its field, and normalises a good one', () => {
    const bad = parseDelivery({ city: 'Тверь', postalIndex: '12' });
    expect(bad).toEqual({
      ok: false,
      fields: { deliveryRegion: 'required', deliveryStreet: 'required', deliveryHouse: 'required', deliveryPostalIndex: 'postal_index_format' },
    });
    const good = parseDelivery({ region: 'Тверская обл.', city: 'Тверь', street: 'ул. Советская', house: 'д. 3', postalIndex: '170 000' });
    expect(good.ok && good.address).toMatchObject({ region: 'Тверская область', street: 'улица Советская', house: '3', postalIndex: '170000' });
    expect(parseDelivery(undefined).ok).toBe(false);
  });
});
