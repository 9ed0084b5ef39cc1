import { beforeAll, describe, expect, it } from 'vitest';
import { loadTexts, setLocale } from '../../i18n/i18n';
import { payErrorKind, payErrorText } from './payErrors';

// The pay pages load their Russian texts before they render; so does this test.
beforeAll(() => loadTexts('pay'));

describe('payment error → what the page does', () => {
  it('declines can be retried; a timeout waits for the bank; a paid invoice shows its receipt', () => {
    expect(payErrorKind('insufficient_funds')).toBe('retry');
    expect(payErrorKind('declined_by_bank')).toBe('retry');
    expect(payErrorKind('bank_cancelled')).toBe('retry');
    expect(payErrorKind('gateway_timeout')).toBe('processing');
    expect(payErrorKind('payment_processing')).toBe('processing');
    expect(payErrorKind('already_paid')).toBe('paid');
    expect(payErrorKind('invoice_expired')).toBe('stale');
    expect(payErrorKind('code_wrong')).toBe('code');
    expect(payErrorKind('validation')).toBe('fields');
    expect(payErrorKind('network')).toBe('retry');
  });
});

describe('payment error → message', () => {
  it('explains each failure in Russian, promising no double charge on a timeout', () => {
    expect(payErrorText('insufficient_funds')).toMatch(/^Недостаточно средств/);
    expect(payErrorText('declined_by_bank')).toMatch(/отклонил платёж/);
    expect(payErrorText('gateway_timeout')).toMatch(/платёж проверяется — деньги не спишутся дважды/i);
  });

  it('falls back to the common messages for codes that are not about paying', () => {
    expect(payErrorText('network')).toMatch(/Нет связи/);
    expect(payErrorText('something_new')).toMatch(/Неизвестная ошибка/);
  });

  it('speaks English when English is chosen', async () => {
    await setLocale('en').catch(() => undefined);
    expect(payErrorText('insufficient_funds')).toMatch(/^Insufficient funds/);
  });
});
