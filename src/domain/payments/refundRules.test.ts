import { describe, expect, it } from 'vitest';
import { refundChoice, refundRefusal, type RefundFacts, type RefundPayment } from './refundRules';

const passport = (id: string): RefundPayment => ({ id, kind: 'fee', serviceId: 'internal-passport' });
const fine = (id: string, uins: string[]): RefundPayment => ({ id, kind: 'fine', uins });
const facts = (payment: RefundPayment, extra: Partial<RefundFacts> = {}): RefundFacts => ({ payment, otherPaid: [], ...extra });

describe('refund rules', () => {
  it('offers «Оплатил дважды» for a fee paid twice for the same service, not for a fee of another service', () => {
    expect(refundChoice(facts(passport('a'), { otherPaid: [passport('b')] }))).toEqual({ reasons: ['duplicate'] });
    expect(refundChoice(facts(passport('a'), { otherPaid: [{ id: 'b', kind: 'fee', serviceId: 'driving-licence' }] }))).toEqual({
      why: 'no_duplicate',
    });
  });

  it('never refunds the payment an application was sent with while that application stands', () => {
    const sent = facts(passport('a'), { otherPaid: [passport('b')], application: { status: 'accepted', reached: ['sent', 'accepted'] } });
    expect(refundRefusal(sent, 'duplicate')).toBe('payment_in_use');
    expect(refundRefusal(sent, 'refused_before_processing')).toBe('not_rejected');
    expect(refundChoice(sent)).toEqual({ why: 'payment_in_use' });
  });

  it('refunds a fee refused before processing, and says why not once processing had started', () => {
    const early = facts(passport('a'), { application: { status: 'rejected', reached: ['sent', 'accepted', 'rejected'] } });
    expect(refundChoice(early)).toEqual({ reasons: ['refused_before_processing'] });
    const late = facts(passport('a'), { application: { status: 'rejected', reached: ['sent', 'accepted', 'in_processing', 'rejected'] } });
    expect(refundChoice(late)).toEqual({ why: 'processing_started' });
  });

  it('a fine paid once has nothing to refund; a fine paid twice for the same resolution does', () => {
    const once = facts(fine('f', ['18810177230000123456']));
    expect(refundRefusal(once, 'refused_before_processing')).toBe('no_application');
    expect(refundChoice(once)).toEqual({ why: 'no_duplicate' });
    expect(refundChoice(facts(fine('f', ['18810177230000123456']), { otherPaid: [fine('g', ['18810177230000123456'])] }))).toEqual({
      reasons: ['duplicate'],
    });
  });

  it('does not count the payment itself as its own twin', () => {
    expect(refundChoice(facts(passport('a'), { otherPaid: [passport('a')] }))).toEqual({ why: 'no_duplicate' });
  });
});
