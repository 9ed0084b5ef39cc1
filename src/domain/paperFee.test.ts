import { describe, expect, it } from 'vitest';
import { findService } from './catalog/services';
import { feeFor, paperFeeOf } from './paperFee';

const residence = findService('residence-certificate')!;
const passport = findService('internal-passport')!;

describe('the fee an application pays before sending (issue 19.4)', () => {
  it('a paper certificate pays the fee of a region that charges one, by post or at an office', () => {
    for (const resultWay of ['post', 'office'] as const) {
      expect(feeFor(residence, { resultWay, region: 'Московская область' })?.amountKopecks).toBe(20_000);
    }
    expect(feeFor(residence, { resultWay: 'office', region: 'г. Санкт-Петербург' })?.purpose.ru).toContain('Санкт-Петербург');
  });

  it('the electronic certificate and a region that does not charge are free', () => {
    expect(feeFor(residence, { resultWay: 'electronic', region: 'Московская область' })).toBeNull();
    expect(feeFor(residence, { resultWay: 'post', region: 'город Москва' })).toBeNull();
    expect(feeFor(residence, { resultWay: 'post' })).toBeNull();
  });

  it('a service with its own fee pays it whatever the way and region', () => {
    expect(feeFor(passport, { resultWay: 'electronic' })).toBe(passport.fee);
  });

  it('names a region however it is written', () => {
    expect(paperFeeOf('  свердловская   область ')?.region).toBe('Свердловская область');
    expect(paperFeeOf('Татарстан')).toBeNull();
  });
});
